package dev.stageline;

import org.springframework.context.SmartLifecycle;

/**
 * Work the application does on start-up before the web server takes requests (sample
 * deployment, first users, demo history): so no request sees a half-prepared application or the
 * engine clock the demo seeder moves. Steps run in ascending {@link #getPhase() phase}.
 */
public abstract class FirstStartStep implements SmartLifecycle {

  /** Before Spring Boot's web server, which starts at {@code DEFAULT_PHASE - 1024}. */
  protected static final int FIRST_PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private volatile boolean running;

  /** Does the step's work; called once when the application starts. */
  protected abstract void prepare() throws Exception;

  @Override
  public final void start() {
    try {
      prepare();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(getClass().getSimpleName() + " failed", e);
    }
    running = true;
  }

  @Override
  public final void stop() {
    running = false;
  }

  @Override
  public final boolean isRunning() {
    return running;
  }
}

package dev.stageline.demo;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Holds the job executor while the engine's clock is moved: its background thread would otherwise
 * fire timers at whatever simulated time the clock shows at that moment. Closing it starts the job
 * executor again if it was running before.
 */
final class PausedJobExecutor implements AutoCloseable {

  private final JobExecutor jobExecutor;
  private final boolean wasActive;

  PausedJobExecutor(ProcessEngineConfigurationImpl configuration) {
    this.jobExecutor = configuration.getJobExecutor();
    this.wasActive = jobExecutor != null && jobExecutor.isActive();
    if (wasActive) {
      jobExecutor.shutdown();
    }
  }

  @Override
  public void close() {
    if (wasActive) {
      jobExecutor.start();
    }
  }
}

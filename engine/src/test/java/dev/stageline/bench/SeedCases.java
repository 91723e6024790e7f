package dev.stageline.bench;

import dev.stageline.blueprint.BlueprintService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Real cases of the statistics benchmark's two blueprints, run through the engine's Java API with
 * the engine clock moved before every start, claim and completion: durations spread like a busy
 * service's (most steps within target, a tail that misses it), a few cases are deleted halfway (their
 * open step is cancelled, which statistics must leave out) and a few are left running.
 */
final class SeedCases {

  static final String ORDER = "bench-order";
  static final String OTHER = "bench-other";
  private static final List<String> ORDER_TASKS = List.of("Task_Take", "Task_Cook", "Task_Serve");
  private static final List<String> STAFF = List.of("alice", "bob", "carol", "dave");

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Random random = new Random(42);
  private Instant now;

  SeedCases(BenchEngine engine) {
    this.runtimeService = engine.bean(RuntimeService.class);
    this.taskService = engine.bean(TaskService.class);
  }

  /** Deploys both blueprints through Stageline's validation, as the blueprint API would. */
  static void deploy(BenchEngine engine) {
    BlueprintService blueprints = engine.bean(BlueprintService.class);
    blueprints.deploy(fixture(ORDER), "bench");
    blueprints.deploy(fixture(OTHER), "bench");
  }

  /**
   * Runs {@code orders} cases of bench-order and {@code others} of bench-other, one every few minutes
   * from 30 days ago, then gives the engine its real clock back.
   */
  void run(int orders, int others) {
    now = Instant.now().minus(Duration.ofDays(30));
    try {
      for (int i = 0; i < orders; i++) {
        boolean deleted = i % 40 == 17;
        boolean running = i >= orders - 5;
        order(deleted, running);
        if (i < others) {
          other();
        }
        now = now.plusSeconds(60 + random.nextInt(600));
      }
    } finally {
      ClockUtil.reset();
    }
  }

  private void order(boolean deletedAtCook, boolean leftRunning) {
    Instant at = now;
    String caseId = start(ORDER, at);
    for (String task : ORDER_TASKS) {
      if (task.equals("Task_Cook") && (deletedAtCook || leftRunning)) {
        if (deletedAtCook) {
          clock(at.plusSeconds(300));
          runtimeService.deleteProcessInstance(caseId, "benchmark: guest left");
        }
        return;
      }
      at = work(caseId, task, at, typicalSeconds(task));
    }
  }

  private void other() {
    String caseId = start(OTHER, now);
    work(caseId, "Task_Check", now, 240);
  }

  private String start(String key, Instant at) {
    clock(at);
    return runtimeService.startProcessInstanceByKey(key).getId();
  }

  /** Claims after a wait, completes after some work; returns the completion time. */
  private Instant work(String caseId, String taskKey, Instant created, int typicalSeconds) {
    Task task = taskService.createTaskQuery().processInstanceId(caseId).taskDefinitionKey(taskKey).singleResult();
    Instant claimed = created.plusMillis(spread(typicalSeconds / 4));
    clock(claimed);
    taskService.claim(task.getId(), STAFF.get(random.nextInt(STAFF.size())));
    Instant done = claimed.plusMillis(spread(typicalSeconds));
    clock(done);
    taskService.complete(task.getId());
    return done;
  }

  /** Milliseconds around {@code typicalSeconds}, log-normally spread: a long tail misses targets. */
  private long spread(int typicalSeconds) {
    return Math.max(1, Math.round(typicalSeconds * 1000 * Math.exp(random.nextGaussian() * 0.5)));
  }

  private static int typicalSeconds(String task) {
    return switch (task) {
      case "Task_Take" -> 100;
      case "Task_Cook" -> 600;
      default -> 70;
    };
  }

  private static void clock(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  private static byte[] fixture(String key) {
    try (InputStream in = SeedCases.class.getResourceAsStream("/bench/" + key + ".bpmn")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

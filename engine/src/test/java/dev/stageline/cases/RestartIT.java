package dev.stageline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.StagelineApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The default file database keeps cases and their history across a restart of the application. */
class RestartIT {

  @Test
  void shouldKeepARunningCaseAndItsHistoryAcrossARestart() throws Exception {
    // given a fresh data directory and a case that has done its first step
    Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
    String caseId;
    String firstTask;
    try (ConfigurableApplicationContext app = start(dataDir)) {
      caseId = app.getBean(RuntimeService.class).startProcessInstanceByKey("fast-food-order", "before-restart").getId();
      TaskService tasks = app.getBean(TaskService.class);
      Task task = tasks.createTaskQuery().processInstanceId(caseId).singleResult();
      firstTask = task.getTaskDefinitionKey();
      tasks.claim(task.getId(), "admin");
      tasks.complete(task.getId());
    }

    // when the application starts again on the same directory
    try (ConfigurableApplicationContext app = start(dataDir)) {
      // then the case is still running, with its history, and the samples were not redeployed
      assertThat(app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(caseId)
          .singleResult().getBusinessKey()).isEqualTo("before-restart");
      assertThat(app.getBean(HistoryService.class).createHistoricActivityInstanceQuery().processInstanceId(caseId)
          .activityId(firstTask).finished().count()).isEqualTo(1);
      assertThat(app.getBean(RepositoryService.class).createProcessDefinitionQuery()
          .processDefinitionKey("fast-food-order").count()).isEqualTo(1);
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("admin").count()).isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    // command-line arguments outrank application.yml, as they would for a user
    return new SpringApplicationBuilder(StagelineApplication.class).run(
        "--server.port=0",
        // an engine name of its own: closing this application must not unregister the API tests' engine
        "--camunda.bpm.process-engine-name=restartIt",
        "--stageline.data-dir=" + dataDir.toAbsolutePath(),
        "--stageline.admin.password=restart-secret",
        "--stageline.demo.enabled=false");
  }
}

package dev.stageline.blueprint;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;

/**
 * When each deployment behind a blueprint version was made (the deployment) and by whom (the
 * engine's user operation log, which records the user authenticated at deployment).
 */
@Component
class DeploymentRecords {

  /** A deployment's time and user; either may be null (the log only knows deployments made by a user). */
  record Made(Instant at, String by) {
  }

  private final RepositoryService repositoryService;
  private final HistoryService historyService;

  DeploymentRecords(RepositoryService repositoryService, HistoryService historyService) {
    this.repositoryService = repositoryService;
    this.historyService = historyService;
  }

  /** Time and user of each of {@code deploymentIds}, by id. */
  Map<String, Made> of(Collection<String> deploymentIds) {
    Map<String, Made> made = new LinkedHashMap<>();
    for (String id : deploymentIds) {
      Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(id).singleResult();
      Instant at = deployment == null || deployment.getDeploymentTime() == null ? null
          : deployment.getDeploymentTime().toInstant();
      made.put(id, new Made(at, deployedBy(id)));
    }
    return made;
  }

  private String deployedBy(String deploymentId) {
    return historyService.createUserOperationLogQuery()
        .deploymentId(deploymentId)
        .entityType(EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE)
        .listPage(0, 1).stream()
        .map(UserOperationLogEntry::getUserId)
        .findFirst().orElse(null);
  }
}

package dev.stageline.cases;

import dev.stageline.blueprint.BlueprintModel;
import dev.stageline.blueprint.BlueprintService;
import dev.stageline.web.ApiException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Service;

/** Starts service cases and reads them back from the engine's history. */
@Service("blueprintCaseService") // the engine already registers a bean named caseService (CMMN)
class CaseService {

  private static final int MAX_LIMIT = 1000;
  /** Step executions shown in one timeline: the engine's queries return at most a page. */
  private static final int MAX_STEPS = 1000;

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final BlueprintService blueprints;

  CaseService(RuntimeService runtimeService, HistoryService historyService, RepositoryService repositoryService,
      IdentityService identityService, BlueprintService blueprints) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.blueprints = blueprints;
  }

  CaseController.Started start(String key, String businessKey, Map<String, Object> variables, String startedBy) {
    ProcessDefinition definition = blueprints.definition(key, null);
    String business = businessKey == null || businessKey.isBlank() ? null : businessKey.trim();
    if (business != null && business.length() > 255) {
      throw ApiException.badRequest("The business key is longer than 255 characters.");
    }
    identityService.setAuthenticatedUserId(startedBy);
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceById(definition.getId(), business, variables);
      return new CaseController.Started(instance.getId(), key, definition.getVersion(), business);
    } finally {
      identityService.clearAuthentication();
    }
  }

  List<CaseSummary> list(String key, CaseState state, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw ApiException.badRequest("The limit must be between 1 and " + MAX_LIMIT + ".");
    }
    HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery();
    if (key != null && !key.isBlank()) {
      blueprints.definition(key, null);
      query.processDefinitionKey(key);
    }
    if (state == CaseState.RUNNING) {
      query.unfinished();
    } else if (state == CaseState.COMPLETED) {
      query.completed();
    }
    Instant now = now();
    return query.orderByProcessInstanceStartTime().desc().listPage(0, limit).stream()
        .map(instance -> summary(instance, now))
        .toList();
  }

  CaseTimeline timeline(String id) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(id)
        .singleResult();
    if (instance == null) {
      throw ApiException.notFound("There is no case with the id '" + id + "'.");
    }
    Instant now = now();
    BlueprintModel model = blueprints.model(instance.getProcessDefinitionId());
    List<CaseTimeline.StepExecution> steps = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(id).orderByHistoricActivityInstanceStartTime().asc().listPage(0, MAX_STEPS).stream()
        .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
            .thenComparing(HistoricActivityInstance::getId))
        .map(activity -> execution(activity, model, now))
        .toList();
    return new CaseTimeline(summary(instance, now), steps);
  }

  private CaseTimeline.StepExecution execution(HistoricActivityInstance activity, BlueprintModel model, Instant now) {
    Optional<BlueprintModel.Step> step = model.step(activity.getActivityId());
    BlueprintModel.Target target = step.map(BlueprintModel.Step::target).orElse(null);
    Instant start = instant(activity.getStartTime());
    Instant end = instant(activity.getEndTime());
    Long duration = activity.getDurationInMillis();
    Instant claimed = activity.getTaskId() == null ? null : claimTime(activity.getTaskId());
    Long wait = claimed == null ? null : claimed.toEpochMilli() - start.toEpochMilli();
    Long work = claimed == null || end == null ? null : end.toEpochMilli() - claimed.toEpochMilli();
    Boolean within = target == null || end == null ? null : target.isMetBy(duration);
    boolean overdue = target != null && end == null && now.toEpochMilli() - start.toEpochMilli() > target.durationMillis();
    return new CaseTimeline.StepExecution(activity.getActivityId(), activity.getActivityName(),
        activity.getActivityType(),
        step.map(BlueprintModel.Step::layer).map(layer -> layer.id()).orElse(null),
        step.map(BlueprintModel.Step::laneId).orElse(null),
        start, end, duration, wait, work, activity.getAssignee(),
        target == null ? null : target.durationMillis(), within, overdue);
  }

  /** When the task was first assigned: the engine's identity-link log records every assignment. */
  private Instant claimTime(String taskId) {
    return historyService.createHistoricIdentityLinkLogQuery()
        .taskId(taskId).type(IdentityLinkType.ASSIGNEE).operationType("add")
        .orderByTime().asc().listPage(0, 1).stream()
        .map(HistoricIdentityLinkLog::getTime)
        .map(CaseService::instant)
        .findFirst().orElse(null);
  }

  private CaseSummary summary(HistoricProcessInstance instance, Instant now) {
    BlueprintModel.Target target = blueprints.model(instance.getProcessDefinitionId()).caseTarget();
    Instant start = instant(instance.getStartTime());
    Instant end = instant(instance.getEndTime());
    boolean running = end == null;
    boolean overdue = running && target != null && now.toEpochMilli() - start.toEpochMilli() > target.durationMillis();
    return new CaseSummary(instance.getId(), instance.getProcessDefinitionKey(), version(instance),
        instance.getBusinessKey(), running ? CaseState.RUNNING.id() : CaseState.COMPLETED.id(), start, end,
        instance.getDurationInMillis(), target == null ? null : target.durationMillis(), overdue);
  }

  private int version(HistoricProcessInstance instance) {
    Integer version = instance.getProcessDefinitionVersion();
    return version != null ? version
        : repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getVersion();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}

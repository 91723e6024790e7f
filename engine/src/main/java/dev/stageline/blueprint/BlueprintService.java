package dev.stageline.blueprint;

import dev.stageline.web.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Deployed blueprints: listing, reading their model and XML, validating and deploying new
 * versions. Other features use it to find a blueprint's definition and targets.
 */
@Service
public class BlueprintService {

  /** Who deploys what Stageline itself deploys (the samples), in the user operation log. */
  public static final String SYSTEM_USER = "stageline";

  private static final String DEPLOYMENT_SOURCE = "stageline";
  /** More blueprints or versions than a page of the engine's queries may hold are not listed. */
  private static final int MAX_LISTED = 1000;

  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final BlueprintValidator validator;
  private final DeploymentRecords deployments;
  /** Deployed definitions never change, so their models can be kept. */
  private final Map<String, BlueprintModel> models = new ConcurrentHashMap<>();

  BlueprintService(RepositoryService repositoryService, IdentityService identityService, BlueprintValidator validator,
      DeploymentRecords deployments) {
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.validator = validator;
    this.deployments = deployments;
  }

  /** The outcome of a deployment: {@code created} is false when the XML equals the latest version. */
  public record Deployed(String key, int version, boolean created) {
  }

  /** The latest version of each deployed blueprint, by key. */
  List<BlueprintSummary> latest() {
    return summaries(repositoryService.createProcessDefinitionQuery()
        .latestVersion().orderByProcessDefinitionKey().asc().listPage(0, MAX_LISTED));
  }

  /** The teams (lane roles) that work the latest versions of all deployed blueprints. */
  public List<String> teamRoles() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().listPage(0, MAX_LISTED).stream()
        .flatMap(definition -> model(definition.getId()).lanes().stream())
        .map(BlueprintModel.LaneInfo::role)
        .filter(role -> role != null)
        .distinct()
        .sorted()
        .toList();
  }

  /** All versions of blueprint {@code key}, newest first. */
  List<BlueprintSummary> versions(String key) {
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(key).orderByProcessDefinitionVersion().desc().listPage(0, MAX_LISTED);
    if (definitions.isEmpty()) {
      throw unknown(key);
    }
    return summaries(definitions);
  }

  /**
   * The definition of blueprint {@code key} at {@code version}, or its latest version when
   * {@code version} is null.
   *
   * @throws ApiException 404 when there is no such blueprint or version
   */
  public ProcessDefinition definition(String key, Integer version) {
    var query = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key);
    ProcessDefinition definition = version == null ? query.latestVersion().singleResult()
        : query.processDefinitionVersion(version).singleResult();
    if (definition == null) {
      throw version == null ? unknown(key)
          : ApiException.notFound("Blueprint '" + key + "' has no version " + version + ".");
    }
    return definition;
  }

  /** The blueprint model (lanes, steps, targets) of a deployed process definition. */
  public BlueprintModel model(String processDefinitionId) {
    return models.computeIfAbsent(processDefinitionId,
        id -> BlueprintModel.of(repositoryService.getBpmnModelInstance(id)));
  }

  /** The BPMN XML of a deployed definition. */
  byte[] xml(ProcessDefinition definition) {
    try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ValidationResult validate(byte[] xml) {
    return validator.validate(xml);
  }

  /**
   * Validates {@code xml} and deploys it as a new version of its blueprint, recording
   * {@code deployedBy} as the user who made it. Unchanged XML makes no new version.
   *
   * @throws ApiException 422 with the validation errors when the blueprint is not valid, or with the
   *     engine's reason when the engine's own checks refuse it
   */
  public Deployed deploy(byte[] xml, String deployedBy) {
    ValidationResult result = validator.validate(xml);
    if (!result.valid()) {
      throw ApiException.unprocessable("The blueprint is not valid: " + result.errors().get(0).message(), result.errors());
    }
    String key = BlueprintModel.of(BlueprintDocument.parse(xml)).key();
    List<ProcessDefinition> created;
    // the engine's user operation log records the authenticated user as the deployment's author
    identityService.setAuthenticatedUserId(deployedBy);
    try {
      created = repositoryService.createDeployment()
          .name(key)
          // duplicate filtering compares with the latest deployment of the same name and source
          .source(DEPLOYMENT_SOURCE)
          .addInputStream(key + ".bpmn", new ByteArrayInputStream(xml))
          .enableDuplicateFiltering(true)
          .deployWithResult()
          // none when duplicate filtering (under the engine's deployment lock, so also against
          // another node deploying the same XML at the same moment) found the XML unchanged
          .getDeployedProcessDefinitions();
    } catch (BadUserRequestException | ParseException e) {
      // the engine's own checks (its parser, the deployment guard) refuse what validation let through
      throw ApiException.unprocessable("The engine refused the blueprint: " + e.getMessage(),
          List.of(new ValidationProblem(null, e.getMessage())));
    } finally {
      identityService.clearAuthentication();
    }
    boolean isNew = created != null && !created.isEmpty();
    return new Deployed(key, latestVersion(key), isNew);
  }

  private int latestVersion(String key) {
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult();
    return latest == null ? 0 : latest.getVersion();
  }

  private List<BlueprintSummary> summaries(List<ProcessDefinition> definitions) {
    Map<String, DeploymentRecords.Made> made = deployments.of(
        definitions.stream().map(ProcessDefinition::getDeploymentId).distinct().toList());
    return definitions.stream()
        .map(definition -> {
          DeploymentRecords.Made deployment = made.get(definition.getDeploymentId());
          return new BlueprintSummary(definition.getKey(), displayName(definition), definition.getVersion(),
              deployment.at(), deployment.by());
        })
        .toList();
  }

  private static String displayName(ProcessDefinition definition) {
    return definition.getName() == null || definition.getName().isBlank() ? definition.getKey() : definition.getName();
  }

  static ApiException unknown(String key) {
    return ApiException.notFound("There is no blueprint with the key '" + key + "'.");
  }
}

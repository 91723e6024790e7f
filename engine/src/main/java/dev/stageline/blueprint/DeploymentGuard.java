package dev.stageline.blueprint;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cmmn.deployer.CmmnDeployer;
import org.camunda.bpm.engine.impl.dmn.deployer.DecisionDefinitionDeployer;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The engine's own check of every new deployment, whatever its path — the blueprint API, the
 * engine REST API, code (DESIGN §3, defence in depth behind validation). Each BPMN file must pass
 * the document limits of {@link BlueprintDocument} (size, element count, no DTD) and the
 * {@link BlueprintValidator#ENGINE_RULES} (no scripts, no Java code, plain expressions, timer and
 * loop limits); decision (DMN) and case (CMMN) models, which Stageline does not run, are refused.
 * A refused deployment fails as a whole, before anything is stored, with a
 * {@link BadUserRequestException} naming the file and the first problem.
 *
 * <p>Definitions the engine loads back into its cache (after a restart) were checked when they
 * were deployed, and are not checked again.
 */
final class DeploymentGuard implements Deployer {

  private static final List<String> BPMN = suffixes(BpmnDeployer.BPMN_RESOURCE_SUFFIXES);
  private static final List<String> NOT_RUN = Stream.concat(
      suffixes(CmmnDeployer.CMMN_RESOURCE_SUFFIXES).stream(),
      suffixes(DecisionDefinitionDeployer.DMN_RESOURCE_SUFFIXES).stream()).toList();

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      String name = resource.getName() == null ? "" : resource.getName();
      if (endsWithAny(name, NOT_RUN)) {
        throw refused(name, "it is a decision (DMN) or case (CMMN) model, and Stageline runs BPMN blueprints only.");
      }
      if (endsWithAny(name, BPMN)) {
        check(name, resource.getBytes());
      }
    }
  }

  private static void check(String name, byte[] xml) {
    List<ValidationProblem> errors;
    try {
      BpmnModelInstance bpmn = BlueprintDocument.parse(xml);
      errors = BlueprintValidator.checkForEngine(bpmn).errors();
    } catch (InvalidBlueprintException e) {
      errors = List.of(new ValidationProblem(null, e.getMessage()));
    }
    if (!errors.isEmpty()) {
      String more = errors.size() == 1 ? "" : " (and " + (errors.size() - 1) + " more)";
      throw refused(name, errors.get(0).message() + more);
    }
  }

  private static BadUserRequestException refused(String name, String reason) {
    return new BadUserRequestException("The deployment is refused: '" + name + "': " + reason);
  }

  private static boolean endsWithAny(String name, List<String> suffixes) {
    String lower = name.toLowerCase(Locale.ROOT);
    return suffixes.stream().anyMatch(lower::endsWith);
  }

  private static List<String> suffixes(String[] suffixes) {
    return Arrays.stream(suffixes).map(suffix -> "." + suffix.toLowerCase(Locale.ROOT)).toList();
  }
}

package dev.stageline.blueprint;

import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks that a file is a blueprint Stageline can run (DESIGN §2, §3): one pool with lanes in
 * ordered layers, every step in a lane, readable targets, and no code. Each rule is one small
 * class; {@link #RULES} lists them all. Bad input never throws: it becomes errors in the result.
 */
@Component
public class BlueprintValidator {

  private static final Logger LOG = LoggerFactory.getLogger(BlueprintValidator.class);

  static final List<BlueprintRule> RULES = List.of(
      new OnePoolRule(),
      new OneProcessRule(),
      new ExecutableProcessRule(),
      new HistoryTimeToLiveRule(),
      new LanesRule(),
      new LaneLayerRule(),
      new LayerOrderRule(),
      new LaneRoleRule(),
      new FlowNodeLaneRule(),
      new TargetDurationRule(),
      new TargetShareRule(),
      new NoScriptRule(),
      new NoJavaCodeRule(),
      new ExternalTaskRule(),
      new NoDecisionRule(),
      new PlainExpressionRule(),
      new TimerCycleRule(),
      new LoopCardinalityRule(),
      new MissingTargetRule());

  /** The rules the engine runs on every deployment ({@link BlueprintRule#guardsEngine()}). */
  static final List<BlueprintRule> ENGINE_RULES = RULES.stream().filter(BlueprintRule::guardsEngine).toList();

  /** Reads {@code xml} and checks it; a file that cannot be read gives one error without element id. */
  public ValidationResult validate(byte[] xml) {
    BpmnModelInstance bpmn;
    try {
      bpmn = BlueprintDocument.parse(xml);
    } catch (InvalidBlueprintException e) {
      return ValidationResult.of(List.of(new ValidationProblem(null, e.getMessage())), List.of());
    }
    return validate(bpmn);
  }

  /** Checks a model already read with {@link BlueprintDocument#parse(byte[])}. */
  public ValidationResult validate(BpmnModelInstance bpmn) {
    return check(bpmn, RULES);
  }

  /** Checks a model with the {@link #ENGINE_RULES} only: no code, and within the engine's limits. */
  static ValidationResult checkForEngine(BpmnModelInstance bpmn) {
    return check(bpmn, ENGINE_RULES);
  }

  private static ValidationResult check(BpmnModelInstance bpmn, List<BlueprintRule> rules) {
    Problems problems = new Problems();
    for (BlueprintRule rule : rules) {
      try {
        rule.check(bpmn, problems);
      } catch (RuntimeException e) {
        // the model API resolves references lazily: one pointing at the wrong kind of element
        // fails only here, and must not turn a validation into a server error
        LOG.warn("{} could not check a blueprint", rule.getClass().getSimpleName(), e);
        problems.error(null, "Part of the file could not be checked (" + e.getMessage() + "): check that every"
            + " reference in it points at an element of the right kind.");
      }
    }
    return problems.result();
  }
}

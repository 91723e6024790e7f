package dev.stageline.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaValue;

/**
 * What simulated staff enter in a task's form ({@code camunda:formData}) when they complete it:
 * yes/no questions mostly "yes" (the happy path), so that every branch of a gateway is taken now
 * and then; ratings mostly good; a choice from a list at random.
 */
final class FormAnswers {

  /** Weights of the ratings 1 to 5. */
  private static final int[] RATING_WEIGHTS = {3, 5, 15, 42, 35};

  private final BpmnModelInstance bpmn;
  private final DemoProfile profile;
  private final Random random;
  private final Map<String, List<CamundaFormField>> fieldsByStep = new HashMap<>();

  FormAnswers(BpmnModelInstance bpmn, DemoProfile profile, Random random) {
    this.bpmn = bpmn;
    this.profile = profile;
    this.random = random;
  }

  /** The variables the completion of step {@code stepId} sets; empty when its task has no form. */
  Map<String, Object> answer(String stepId) {
    Map<String, Object> variables = new HashMap<>();
    for (CamundaFormField field : fieldsByStep.computeIfAbsent(stepId, this::fields)) {
      Object value = value(field);
      if (value != null) {
        variables.put(field.getCamundaId(), value);
      }
    }
    return variables;
  }

  private Object value(CamundaFormField field) {
    String type = field.getCamundaType() == null ? "string" : field.getCamundaType();
    return switch (type) {
      case "boolean" -> random.nextDouble() < profile.yesShare(field.getCamundaId());
      case "long" -> (long) rating();
      case "enum" -> {
        List<CamundaValue> values = List.copyOf(field.getCamundaValues());
        yield values.isEmpty() ? null : values.get(random.nextInt(values.size())).getCamundaId();
      }
      case "string" -> "Recorded in the demo history";
      default -> null;
    };
  }

  private int rating() {
    int total = 0;
    for (int weight : RATING_WEIGHTS) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int rating = 1; rating <= RATING_WEIGHTS.length; rating++) {
      draw -= RATING_WEIGHTS[rating - 1];
      if (draw < 0) {
        return rating;
      }
    }
    return RATING_WEIGHTS.length;
  }

  private List<CamundaFormField> fields(String stepId) {
    BaseElement step = bpmn.getModelElementById(stepId);
    ExtensionElements extensions = step == null ? null : step.getExtensionElements();
    if (extensions == null) {
      return List.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaFormData.class).list().stream()
        .flatMap(formData -> formData.getCamundaFormFields().stream())
        .toList();
  }
}

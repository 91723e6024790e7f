package dev.stageline.blueprint;

import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Service, send and business rule tasks run nothing inside the engine only as external tasks:
 * another system fetches them by topic and completes them. Without an implementation the engine
 * refuses them; with {@code camunda:type} "mail" or "shell" it would run code.
 */
final class ExternalTaskRule implements BlueprintRule {

  private static final Set<String> SERVICE_LIKE = Set.of("serviceTask", "sendTask", "businessRuleTask");

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (!isServiceLike(element) || NoDecisionRule.isDecision(element) || runsCode(element)) {
        continue; // the decision and code rules say what to change
      }
      String id = element.getAttribute("id");
      String label = XmlTree.ownerLabel(bpmn, element);
      String type = XmlTree.engineAttribute(element, "type");
      if (type == null || type.isBlank()) {
        problems.error(id, label + " has no implementation: make it an external task (camunda:type=\"external\" with"
            + " a camunda:topic) that another system completes, or make it a plain or user task.");
      } else if (!"external".equals(type.trim())) {
        problems.error(id, label + " uses camunda:type '" + type + "', which runs inside the engine: only external"
            + " tasks (camunda:type=\"external\") are allowed.");
      } else {
        String topic = XmlTree.engineAttribute(element, "topic");
        if (topic == null || topic.isBlank()) {
          problems.error(id, label + " is an external task without a topic: set camunda:topic, the name its workers"
              + " fetch it by.");
        }
      }
    }
  }

  private static boolean isServiceLike(Element element) {
    return XmlTree.isBpmn(element) && SERVICE_LIKE.contains(element.getLocalName());
  }

  /** True when the task names code itself or through a connector. */
  private static boolean runsCode(Element task) {
    if (NoJavaCodeRule.hasCode(task)) {
      return true;
    }
    for (Node child = task.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element extensions && "extensionElements".equals(extensions.getLocalName())) {
        for (Node item = extensions.getFirstChild(); item != null; item = item.getNextSibling()) {
          if (item instanceof Element extension && XmlTree.isEngineExtension(extension)
              && "connector".equals(extension.getLocalName())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;

/** Business rule tasks that evaluate a DMN decision: Stageline does not deploy decisions yet. */
final class NoDecisionRule implements BlueprintRule {

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (isDecision(element)) {
        problems.error(element.getAttribute("id"), XmlTree.ownerLabel(bpmn, element) + " evaluates the decision '"
            + XmlTree.engineAttribute(element, "decisionRef") + "' (camunda:decisionRef): decisions (DMN) are not"
            + " supported yet. Make it a user task, or an external task (camunda:type=\"external\").");
      }
    }
  }

  static boolean isDecision(Element element) {
    return XmlTree.isBpmn(element) && "businessRuleTask".equals(element.getLocalName())
        && XmlTree.engineAttribute(element, "decisionRef") != null;
  }
}

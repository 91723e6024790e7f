package dev.stageline.blueprint;

import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;

/**
 * Blueprints run no scripts (DESIGN §3): no script tasks, no {@code camunda:script} in listeners,
 * input/output mappings or anywhere else, and no conditions written in a script language.
 */
final class NoScriptRule implements BlueprintRule {

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (isScriptTask(element)) {
        problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " runs a script: blueprints may"
            + " not run scripts. Make it a plain task, a user task, or an external service task"
            + " (camunda:type=\"external\").");
      } else if (isEngineScript(element)) {
        problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " has a script in its "
            + where(element) + ": blueprints may not run scripts. Remove the script.");
      } else if (XmlTree.isBpmn(element) && !element.getAttribute("language").isBlank()) {
        problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " has a " + element.getLocalName()
            + " written in the language '" + element.getAttribute("language") + "' (a script language):"
            + " blueprints take plain expressions only. Remove the language attribute and write it as an expression"
            + " over process variables, e.g. ${amount > 100}.");
      }
    }
  }

  static boolean isScriptTask(Element element) {
    return XmlTree.isBpmn(element) && "scriptTask".equals(element.getLocalName());
  }

  static boolean isEngineScript(Element element) {
    return XmlTree.isEngineExtension(element) && "script".equals(element.getLocalName());
  }

  /** Where the script sits, e.g. "execution listener" or "input parameter 'total'". */
  private static String where(Element script) {
    if (!(script.getParentNode() instanceof Element parent) || XmlTree.isBpmn(parent)) {
      return "extension elements";
    }
    String place = parent.getLocalName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    String name = parent.getAttribute("name");
    return name.isBlank() ? place : place + " '" + name + "'";
  }
}

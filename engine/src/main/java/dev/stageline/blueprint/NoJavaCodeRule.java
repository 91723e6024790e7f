package dev.stageline.blueprint;

import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Blueprints run no Java code (DESIGN §3): no delegate classes, delegate or method expressions,
 * external script resources, form handlers, variable mappings, code listeners, connectors or
 * custom form field validators.
 */
final class NoJavaCodeRule implements BlueprintRule {

  /** Extension attributes on BPMN elements that make the engine run code. */
  private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "expression", "resource",
      "formHandlerClass", "variableMappingClass", "variableMappingDelegateExpression");

  /** Attributes that make a listener run code. */
  private static final Set<String> LISTENER_CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "expression");

  private static final Set<String> LISTENERS = Set.of("executionListener", "taskListener");

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (isCode(element, attribute)) {
          problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + describe(element, attribute)
              + ": blueprints may not run code. Remove it; work done by other systems belongs in an external task"
              + " (camunda:type=\"external\").");
        }
      }
      if (XmlTree.isEngineExtension(element) && "connector".equals(element.getLocalName())) {
        problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " calls a connector: blueprints"
            + " may not run code. Remove the connector and make the step an external task (camunda:type=\"external\").");
      }
      if (isCustomValidator(element)) {
        problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " has a form field with a custom"
            + " validator ('" + element.getAttribute("config") + "'): blueprints may not run code. Remove the"
            + " validator constraint; the built-in ones (required, minlength, max …) are fine.");
      }
    }
  }

  /** True when {@code attribute} of {@code element} names code for the engine to run. */
  static boolean isCode(Element element, Attr attribute) {
    if (XmlTree.isEngineNamespace(attribute.getNamespaceURI())) {
      return CODE_ATTRIBUTES.contains(attribute.getLocalName());
    }
    return attribute.getNamespaceURI() == null && isListener(element)
        && LISTENER_CODE_ATTRIBUTES.contains(attribute.getLocalName());
  }

  /** True when one of the attributes of {@code element} names code. */
  static boolean hasCode(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      if (isCode(element, (Attr) attributes.item(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListener(Element element) {
    return XmlTree.isEngineExtension(element) && LISTENERS.contains(element.getLocalName());
  }

  private static boolean isCustomValidator(Element element) {
    return XmlTree.isEngineExtension(element) && "constraint".equals(element.getLocalName())
        && "validator".equals(element.getAttribute("name"));
  }

  private static String describe(Element element, Attr attribute) {
    String value = attribute.getValue().length() > 80 ? attribute.getValue().substring(0, 80) + "…" : attribute.getValue();
    if (isListener(element)) {
      String kind = "taskListener".equals(element.getLocalName()) ? "task listener" : "execution listener";
      return " has " + ("execution listener".equals(kind) ? "an " : "a ") + kind + " that runs code ("
          + attribute.getLocalName() + " '" + value + "')";
    }
    return " runs code through " + attribute.getName() + " '" + value + "'";
  }
}

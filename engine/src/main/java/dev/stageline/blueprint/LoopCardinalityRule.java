package dev.stageline.blueprint;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A multi-instance step runs a fixed number of instances, at most {@link #MAX_INSTANCES}, written
 * as a number so the cap can be checked before deployment. It cannot iterate over a collection:
 * process variables in Stageline are plain values (text, numbers, true/false), so there is no list
 * to iterate.
 */
final class LoopCardinalityRule implements BlueprintRule {

  /** The most instances a multi-instance step may run. */
  static final int MAX_INSTANCES = 100;

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (XmlTree.isBpmn(element) && "multiInstanceLoopCharacteristics".equals(element.getLocalName())) {
        check(bpmn, element, problems);
      }
    }
  }

  private static void check(BpmnModelInstance bpmn, Element loop, Problems problems) {
    String id = XmlTree.ownerId(bpmn, loop);
    String label = XmlTree.ownerLabel(bpmn, loop);
    String collection = XmlTree.engineAttribute(loop, "collection");
    Element dataInput = child(loop, "loopDataInputRef");
    if (collection != null || dataInput != null) {
      String source = collection != null ? collection : XmlTree.ownText(dataInput).strip();
      problems.error(id, label + " iterates over a collection ('" + source + "'): process variables in Stageline are"
          + " plain values (text, numbers, true/false), so there is no list to iterate. Give a loop cardinality"
          + " instead: a number of instances up to " + MAX_INSTANCES + ".");
      return;
    }
    Element cardinality = child(loop, "loopCardinality");
    String value = cardinality == null ? "" : XmlTree.ownText(cardinality).strip();
    if (value.isEmpty()) {
      problems.error(id, label + " is a multi-instance step without a loop cardinality: give the number of"
          + " instances, up to " + MAX_INSTANCES + ".");
    } else if (value.contains("${") || value.contains("#{")) {
      problems.error(id, label + " has its loop cardinality given as an expression ('" + value + "'): write the"
          + " number of instances itself, up to " + MAX_INSTANCES + ", so the cap can be checked before deployment.");
    } else if (!value.matches("\\d{1,9}")) {
      problems.error(id, label + " has the loop cardinality '" + value + "', which is not a whole number: give the"
          + " number of instances, up to " + MAX_INSTANCES + ".");
    } else if (Integer.parseInt(value) > MAX_INSTANCES) {
      problems.error(id, label + " has the loop cardinality " + value + ", more than the " + MAX_INSTANCES
          + " instances a step may run. Lower it, or split the work into several steps.");
    }
  }

  /** The first child element of {@code parent} in the BPMN namespace named {@code localName}, or null. */
  private static Element child(Element parent, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && XmlTree.isBpmn(element) && localName.equals(element.getLocalName())) {
        return element;
      }
    }
    return null;
  }
}

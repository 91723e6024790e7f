package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.RootElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The raw XML under a BPMN model, for rules that must see every attribute and text — including
 * extension elements the model API does not type.
 */
final class XmlTree {

  /**
   * Camunda's extension namespace and the Activiti one its engine still honours: code hidden in
   * either would run.
   */
  static final Set<String> ENGINE_NAMESPACES = Set.of(BpmnModelConstants.CAMUNDA_NS, BpmnModelConstants.ACTIVITI_NS);

  private XmlTree() {
  }

  /** Every element of the document, in document order. */
  static List<Element> elements(BpmnModelInstance bpmn) {
    Document document = (Document) bpmn.getDocument().getDomSource().getNode();
    List<Element> elements = new ArrayList<>();
    collect(document.getDocumentElement(), elements);
    return elements;
  }

  private static void collect(Element element, List<Element> elements) {
    elements.add(element);
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        collect(childElement, elements);
      }
    }
  }

  static boolean isBpmn(Element element) {
    return XmlPrescan.BPMN_NAMESPACE.equals(element.getNamespaceURI());
  }

  static boolean isEngineExtension(Element element) {
    return isEngineNamespace(element.getNamespaceURI());
  }

  /** Null-safe: attributes without a prefix have no namespace. */
  static boolean isEngineNamespace(String namespace) {
    return namespace != null && ENGINE_NAMESPACES.contains(namespace);
  }

  /** The value of an extension attribute ({@code camunda:name} or {@code activiti:name}), or null. */
  static String engineAttribute(Element element, String name) {
    for (String namespace : ENGINE_NAMESPACES) {
      if (element.hasAttributeNS(namespace, name)) {
        return element.getAttributeNS(namespace, name);
      }
    }
    return null;
  }

  /** The text directly inside {@code element}, without that of its child elements. */
  static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  /**
   * The element a message about {@code element} names: the nearest enclosing step, flow, lane,
   * pool or root element (a condition belongs to its sequence flow, an event definition to its
   * event, an extension element to the element it extends), or null.
   */
  static ModelElementInstance owner(BpmnModelInstance bpmn, Element element) {
    ModelElementInstance fallback = null;
    for (Node node = element; node instanceof Element candidate; node = node.getParentNode()) {
      if (isBpmn(candidate) && !candidate.getAttribute("id").isEmpty()) {
        ModelElementInstance instance = bpmn.getModelElementById(candidate.getAttribute("id"));
        if (isNamedInMessages(instance)) {
          return instance;
        }
        fallback = fallback == null ? instance : fallback;
      }
    }
    return fallback;
  }

  private static boolean isNamedInMessages(ModelElementInstance instance) {
    // event definitions count as root elements in BPMN, but one inside an event belongs to the event
    return instance instanceof FlowElement || instance instanceof RootElement && !(instance instanceof EventDefinition)
        || instance instanceof Lane || instance instanceof Participant || instance instanceof Artifact;
  }

  /** The id of {@link #owner}, or null. */
  static String ownerId(BpmnModelInstance bpmn, Element element) {
    ModelElementInstance owner = owner(bpmn, element);
    return owner == null ? null : owner.getAttributeValue("id");
  }

  /** How a message names {@link #owner}, e.g. "service task 'Charge card' (Task_2)". */
  static String ownerLabel(BpmnModelInstance bpmn, Element element) {
    ModelElementInstance owner = owner(bpmn, element);
    return owner == null ? "the file" : Labels.of(owner);
  }
}

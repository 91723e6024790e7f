package dev.stageline.blueprint;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Every expression in the file — in any attribute or element text: conditions, timers, candidate
 * groups, assignees, due dates, input parameters, form defaults, loop settings … — is plain, as
 * {@link ExpressionGuard} defines it. Code the other rules already refuse is not reported twice,
 * and text the engine never evaluates (documentation, annotations, diagram layout) is skipped.
 */
final class PlainExpressionRule implements BlueprintRule {

  private static final Set<String> NEVER_EVALUATED = Set.of("documentation", "text");

  private static final int MAX_QUOTE = 80;

  @Override
  public boolean guardsEngine() {
    return true;
  }

  @Override
  public void check(BpmnModelInstance bpmn, Problems problems) {
    for (Element element : XmlTree.elements(bpmn)) {
      if (isSkipped(element)) {
        continue;
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (!NoJavaCodeRule.isCode(element, attribute)) {
          report(bpmn, element, attribute.getName(), attribute.getValue(), problems);
        }
      }
      report(bpmn, element, element.getTagName(), XmlTree.ownText(element), problems);
    }
  }

  private static boolean isSkipped(Element element) {
    if (NoScriptRule.isEngineScript(element) || NoScriptRule.isScriptTask(element)) {
      return true;
    }
    if (XmlTree.isBpmn(element)) {
      return NEVER_EVALUATED.contains(element.getLocalName())
          || "script".equals(element.getLocalName()); // a script task's body, refused as a whole
    }
    // diagram interchange: shapes and bounds
    String namespace = element.getNamespaceURI();
    return namespace != null && namespace.startsWith("http://www.omg.org/spec/") && !XmlTree.isBpmn(element);
  }

  private static void report(BpmnModelInstance bpmn, Element element, String where, String value, Problems problems) {
    Optional<String> reason = ExpressionGuard.check(value);
    if (reason.isPresent()) {
      problems.error(XmlTree.ownerId(bpmn, element), XmlTree.ownerLabel(bpmn, element) + " has an expression in " + where
          + " that " + reason.get() + ": " + quote(value) + ". Remove that part: expressions may only compare and"
          + " combine process variables, e.g. ${amount > 100 && accepted}.");
    }
  }

  private static String quote(String value) {
    String oneLine = value.strip().replaceAll("\\s+", " ");
    return oneLine.length() > MAX_QUOTE ? oneLine.substring(0, MAX_QUOTE) + "…" : oneLine;
  }
}

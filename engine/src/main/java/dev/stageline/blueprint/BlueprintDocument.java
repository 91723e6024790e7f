package dev.stageline.blueprint;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.xml.sax.SAXParseException;

/**
 * Turns an uploaded file into a BPMN model, refusing anything that is not a plain BPMN 2.0
 * document of sensible size. Every refusal is an {@link InvalidBlueprintException} whose message
 * says what is wrong with the file.
 */
public final class BlueprintDocument {

  /** The largest file accepted, in bytes (5 MiB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The most XML elements a file may have. */
  public static final int MAX_ELEMENTS = 10_000;

  private static final int MAX_DETAIL = 300;
  private static final Pattern SCHEMA_ERROR = Pattern.compile("(?:Fatal )?(?:Error|Warning): URI=\\S* Line=(-?\\d+): ");

  private BlueprintDocument() {
  }

  /**
   * Reads {@code xml} as a BPMN 2.0 model.
   *
   * @throws InvalidBlueprintException when the file is empty, too large, not well-formed XML, has
   *     a DOCTYPE, is not BPMN 2.0, has too many elements, or breaks the BPMN 2.0 schema
   */
  public static BpmnModelInstance parse(byte[] xml) {
    if (xml == null || isBlank(xml)) {
      throw new InvalidBlueprintException("The file is empty: upload a BPMN 2.0 diagram.");
    }
    if (xml.length > MAX_BYTES) {
      throw new InvalidBlueprintException(String.format(Locale.ROOT,
          "The file is %.1f MiB, larger than the %d MiB a blueprint may have. Remove what the service does not need,"
              + " or split it into smaller blueprints.", xml.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }
    XmlPrescan.check(xml, MAX_ELEMENTS);
    return readBpmn(xml);
  }

  private static BpmnModelInstance readBpmn(byte[] xml) {
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      // the model API wraps schema violations in several exception types; the parser's own words
      // (with their position) sit at the bottom of the cause chain
      throw new InvalidBlueprintException("The file is not valid BPMN 2.0" + detail(e), e);
    }
  }

  private static String detail(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    String position = "";
    if (cause instanceof SAXParseException parse && parse.getLineNumber() >= 0) {
      position = " (line " + parse.getLineNumber() + ")";
    }
    // Camunda reports schema errors as "Error: URI=null Line=3: cvc-id.1: There is no ..."
    Matcher located = SCHEMA_ERROR.matcher(message);
    if (located.lookingAt()) {
      position = " (line " + located.group(1) + ")";
      message = message.substring(located.end());
    }
    message = message.replaceFirst("^cvc-[\\w.-]+: ", "").lines().findFirst().orElse("").trim();
    if (message.length() > MAX_DETAIL) {
      message = message.substring(0, MAX_DETAIL) + "…";
    }
    return position + ": " + message;
  }

  private static boolean isBlank(byte[] xml) {
    for (byte b : xml) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}

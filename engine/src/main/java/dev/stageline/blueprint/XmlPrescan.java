package dev.stageline.blueprint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an uploaded file once with a hardened, streaming XML parser before Camunda's parser sees
 * it: no DOCTYPE (so no entity can ever be expanded), well-formed, a BPMN 2.0 {@code definitions}
 * root and a bounded number of elements. Streaming (SAX rather than a DOM) lets the element limit
 * stop the scan at the first element too many instead of after building the whole tree.
 */
final class XmlPrescan {

  static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private XmlPrescan() {
  }

  /** Throws {@link InvalidBlueprintException} unless {@code xml} passes every check above. */
  static void check(byte[] xml, int maxElements) {
    Handler handler = new Handler(maxElements);
    try {
      newParser().parse(new ByteArrayInputStream(xml), handler);
    } catch (SAXParseException e) {
      throw new InvalidBlueprintException(describe(e, handler, xml), e);
    } catch (SAXException e) {
      if (handler.refusal != null) {
        throw new InvalidBlueprintException(handler.refusal);
      }
      throw new InvalidBlueprintException("The file could not be read as XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InvalidBlueprintException("The file could not be read as XML: " + e.getMessage(), e);
    }
  }

  private static SAXParser newParser() {
    try {
      // the JDK's own parser, whatever else is on the class path, so the feature names below hold
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser does not support the hardening Stageline needs", e);
    }
  }

  private static String describe(SAXParseException e, Handler handler, byte[] xml) {
    if (handler.refusal != null) {
      return handler.refusal;
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains(DISALLOW_DOCTYPE) || message.contains("DOCTYPE")) {
      return "The file declares a DOCTYPE: DTDs and entity declarations are not allowed in a blueprint."
          + " Remove the <!DOCTYPE ...> part and any entities it defines.";
    }
    if (handler.depth > 0 && atEnd(e, xml)) {
      return "The file ends before its XML is complete" + position(e)
          + ": it looks cut off. Upload the whole BPMN file.";
    }
    return "The file is not well-formed XML" + position(e) + ": " + message;
  }

  private static String position(SAXParseException e) {
    if (e.getLineNumber() < 0) {
      return "";
    }
    return e.getColumnNumber() < 0
        ? " (line " + e.getLineNumber() + ")"
        : " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
  }

  /** True when the parser stopped at the end of the content, as it does on a cut-off file. */
  private static boolean atEnd(SAXParseException e, byte[] xml) {
    int end = xml.length;
    while (end > 0 && Character.isWhitespace(xml[end - 1])) {
      end--;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      if (xml[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int lastLineLength = end - lineStart;
    return e.getLineNumber() > line || e.getLineNumber() == line && e.getColumnNumber() > lastLineLength;
  }

  private static final class Handler extends DefaultHandler {

    private final int maxElements;
    private int elements;
    private int depth;
    private String refusal;

    Handler(int maxElements) {
      this.maxElements = maxElements;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      if (elements == 0 && !(BPMN_NAMESPACE.equals(uri) && "definitions".equals(localName))) {
        throw refuse("This is not a BPMN 2.0 file: its root element is <" + qName + ">, but a BPMN 2.0 file starts with"
            + " <definitions> in the namespace " + BPMN_NAMESPACE + ". Export the diagram as BPMN 2.0 XML.");
      }
      if (++elements > maxElements) {
        throw refuse("The file has more than " + String.format(Locale.ROOT, "%,d", maxElements) + " XML elements, the most a blueprint"
            + " may have. Split the service into smaller blueprints.");
      }
      depth++;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      depth--;
    }

    private SAXException refuse(String message) {
      refusal = message;
      return new SAXException(message);
    }
  }
}

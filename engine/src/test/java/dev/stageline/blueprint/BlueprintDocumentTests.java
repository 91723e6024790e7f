package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlueprintDocumentTests {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

  @Test
  void shouldReadABlueprint() {
    // when
    BpmnModelInstance bpmn = BlueprintDocument.parse(Fixtures.bytes("valid-minimal.bpmn"));

    // then
    assertThat(bpmn.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly("counter-minimal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n\t "})
  void shouldRefuseAnEmptyFile(String body) {
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(body)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("The file is empty");
  }

  @Test
  void shouldRefuseTextThatIsNotXml() {
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes("name,duration\ngreet,PT2M\n")))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("not well-formed XML (line 1, column 1)");
  }

  @Test
  void shouldRefuseMismatchedTagsSayingWhere() {
    // given
    String xml = "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">\n  <process id=\"p\">\n</definitions>";

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("not well-formed XML (line 3");
  }

  @Test
  void shouldRefuseACutOffFile() {
    // given
    String whole = Fixtures.text("valid-minimal.bpmn");
    String cutOff = whole.substring(0, whole.indexOf("<bpmn:userTask") + 20);

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(cutOff)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("it looks cut off")
        .hasMessageMatching(".*\\(line \\d+, column \\d+\\).*");
  }

  @Test
  void shouldRefuseBillionLaughsQuicklyWithoutExpandingIt() {
    // given
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      xml.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    xml.append("]>\n<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\" name=\"&lol9;\"/>");

    // when
    Throwable thrown = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> catchThrowable(() -> BlueprintDocument.parse(bytes(xml.toString()))));

    // then
    assertThat(thrown).isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("DTDs and entity declarations are not allowed");
  }

  @Test
  void shouldRefuseAnExternalEntityWithoutReadingIt() throws IOException {
    // given
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE definitions [\n <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n"
        + "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">\n <documentation>&xxe;</documentation>\n</definitions>";

    // when
    Throwable thrown = catchThrowable(() -> BlueprintDocument.parse(bytes(xml)));

    // then
    assertThat(thrown).isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("DTDs and entity declarations are not allowed");
    assertThat(thrown.getMessage()).doesNotContain("root:");
    Path passwd = Path.of("/etc/passwd");
    if (Files.isReadable(passwd)) {
      String firstLine = Files.readAllLines(passwd).stream().findFirst().orElse("");
      assertThat(thrown.getMessage()).doesNotContain(firstLine);
    }
  }

  @Test
  void shouldRefuseAnyDoctype() {
    // given
    String xml = Fixtures.text("valid-minimal.bpmn")
        .replace("<bpmn:definitions", "<!DOCTYPE bpmn:definitions SYSTEM \"bpmn.dtd\">\n<bpmn:definitions");

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageContaining("DTDs and entity declarations are not allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<html/>", "<definitions xmlns=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"/>",
      "<process xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>"})
  void shouldRefuseXmlThatIsNotBpmn(String xml) {
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("not a BPMN 2.0 file");
  }

  @Test
  void shouldRefuseBpmnThatBreaksTheSchemaSayingWhatTheParserSaid() {
    // given
    String xml = "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\">\n<process id=\"two words\"/>\n</definitions>";

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageStartingWith("The file is not valid BPMN 2.0 (line 2)")
        .hasMessageContaining("'two words'");
  }

  @Test
  void shouldRefuseMoreThanTenThousandElements() {
    // given
    String xml = "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\"><process id=\"p\">"
        + "<task/>".repeat(BlueprintDocument.MAX_ELEMENTS) + "</process></definitions>";

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("more than 10,000 XML elements");
  }

  @Test
  void shouldRefuseFilesLargerThanFiveMebibytes() {
    // given
    String xml = "<definitions xmlns=\"" + BPMN + "\" targetNamespace=\"x\"><!--"
        + " ".repeat(BlueprintDocument.MAX_BYTES) + "--></definitions>";

    // then
    assertThatThrownBy(() -> BlueprintDocument.parse(bytes(xml)))
        .isInstanceOf(InvalidBlueprintException.class)
        .hasMessageContaining("larger than the 5 MiB");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

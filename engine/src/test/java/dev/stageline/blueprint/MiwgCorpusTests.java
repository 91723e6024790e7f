package dev.stageline.blueprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Real diagrams written by other tools (the BPMN MIWG reference suite): none of them is a blueprint. */
class MiwgCorpusTests {

  private final BlueprintValidator validator = new BlueprintValidator();

  static Stream<Arguments> diagrams() throws IOException {
    return Arrays.stream(corpus()).map(file -> Arguments.of(file.getFilename(), file));
  }

  private static Resource[] corpus() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:corpus/miwg/*.bpmn");
    Arrays.sort(files, Comparator.comparing(Resource::getFilename));
    return files;
  }

  @Test
  void shouldFindTheWholeCorpus() throws IOException {
    assertThat(corpus()).hasSize(21);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("diagrams")
  void shouldSayWhatKeepsTheDiagramFromBeingABlueprint(String name, Resource file) throws IOException {
    // given
    byte[] xml = file.getContentAsByteArray();

    // when
    ValidationResult result = validator.validate(xml);

    // then
    assertThat(result.valid()).isFalse();
    assertThat(result.errors()).isNotEmpty().allSatisfy(error -> {
      assertThat(error.message()).isNotBlank().doesNotContain("could not be checked");
    });
    assertThat(result.errors()).extracting(ValidationProblem::message).anySatisfy(message -> assertThat(message)
        .containsAnyOf("has no pool", "is a second pool", "is not executable", "has no lanes", "has no layer"));
  }
}

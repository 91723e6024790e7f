package dev.stageline.blueprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test blueprints under {@code src/test/resources/blueprints}. */
final class Fixtures {

  private Fixtures() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/blueprints/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test blueprint " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The minimal valid blueprint with {@code original} replaced by {@code replacement} (which must occur). */
  static byte[] minimalWith(String original, String replacement) {
    String xml = text("valid-minimal.bpmn");
    if (!xml.contains(original)) {
      throw new IllegalArgumentException("valid-minimal.bpmn does not contain " + original);
    }
    return xml.replace(original, replacement).getBytes(StandardCharsets.UTF_8);
  }
}

package dev.stageline.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;

/** Collects the errors and warnings the rules report, in order, each once. */
final class Problems {

  private final Set<ValidationProblem> errors = new LinkedHashSet<>();
  private final Set<ValidationProblem> warnings = new LinkedHashSet<>();

  /** Something that keeps the blueprint from being deployed. */
  void error(String elementId, String message) {
    errors.add(new ValidationProblem(elementId, sentence(message)));
  }

  /** Something worth fixing that does not keep the blueprint from being deployed. */
  void warning(String elementId, String message) {
    warnings.add(new ValidationProblem(elementId, sentence(message)));
  }

  ValidationResult result() {
    return ValidationResult.of(new ArrayList<>(errors), new ArrayList<>(warnings));
  }

  /** Rules may start a message with a label such as "user task 'Greet'"; a sentence starts upper case. */
  private static String sentence(String message) {
    return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }
}

package dev.stageline.blueprint;

import java.util.List;

/**
 * What {@link BlueprintValidator} found. A blueprint is {@code valid} when it has no errors;
 * warnings never keep it from being deployed.
 */
public record ValidationResult(boolean valid, List<ValidationProblem> errors, List<ValidationProblem> warnings) {

  public ValidationResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    if (valid != errors.isEmpty()) {
      throw new IllegalArgumentException("a result is valid exactly when it has no errors");
    }
  }

  /** The result for {@code errors} and {@code warnings}: valid when there are no errors. */
  public static ValidationResult of(List<ValidationProblem> errors, List<ValidationProblem> warnings) {
    return new ValidationResult(errors.isEmpty(), errors, warnings);
  }
}

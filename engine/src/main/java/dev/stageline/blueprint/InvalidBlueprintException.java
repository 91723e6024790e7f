package dev.stageline.blueprint;

/**
 * A file that cannot be read as a blueprint at all: empty, too large, not XML, not BPMN 2.0, or
 * using XML features Stageline refuses. The message is a sentence for the process designer.
 */
public class InvalidBlueprintException extends RuntimeException {

  public InvalidBlueprintException(String message) {
    super(message);
  }

  public InvalidBlueprintException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.stageline.blueprint;

/**
 * One finding of {@link BlueprintValidator}: the id of the element it is about (null when it
 * concerns the whole file) and a sentence saying what to change.
 */
public record ValidationProblem(String elementId, String message) {
}

package dev.stageline.tasks;

import dev.stageline.web.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.FormFieldValidationConstraint;
import org.camunda.bpm.engine.form.TaskFormData;

/**
 * The fields a task asks for ({@code camunda:formData}), for the tasklist to draw a typed form.
 * A task without fields has an empty list and a plain "Complete".
 */
record TaskForm(OpenTask task, List<Field> fields) {

  /** One form field; {@code values} lists an enum's choices, {@code constraints} its validations. */
  record Field(String id, String label, String type, Object defaultValue, boolean required,
      List<Choice> values, Map<String, Object> constraints) {
  }

  record Choice(String id, String name) {
  }

  /**
   * Refuses values whose type does not fit their field, with a message naming the field, before
   * the engine sees them (its own validators then check "required" and the other constraints).
   */
  static void checkTypes(List<Field> fields, Map<String, Object> variables) {
    for (Field field : fields) {
      Object value = variables.get(field.id());
      if (value == null) {
        continue;
      }
      boolean fits = switch (field.type()) {
        case "boolean" -> value instanceof Boolean;
        case "long" -> value instanceof Integer || value instanceof Long;
        case "string", "date" -> value instanceof String;
        case "enum" -> field.values().stream().anyMatch(choice -> choice.id().equals(value));
        default -> true;
      };
      if (!fits) {
        throw ApiException.badRequest("The field '" + field.label() + "' (" + field.id() + ") takes "
            + expected(field) + ", not " + value + ".");
      }
    }
  }

  private static String expected(Field field) {
    return switch (field.type()) {
      case "boolean" -> "true or false";
      case "long" -> "a whole number";
      case "date" -> "a date (dd/MM/yyyy)";
      case "enum" -> "one of " + field.values().stream().map(Choice::id).toList();
      default -> "text";
    };
  }

  static List<Field> fields(TaskFormData form) {
    return form.getFormFields().stream().map(TaskForm::field).toList();
  }

  private static Field field(FormField field) {
    List<Choice> values = List.of();
    Object information = field.getType().getInformation("values");
    if (information instanceof Map<?, ?> choices) {
      values = choices.entrySet().stream()
          .map(entry -> new Choice(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()))).toList();
    }
    Map<String, Object> constraints = new LinkedHashMap<>();
    for (FormFieldValidationConstraint constraint : field.getValidationConstraints()) {
      constraints.put(constraint.getName(), constraint.getConfiguration());
    }
    return new Field(field.getId(), field.getLabel() == null ? field.getId() : field.getLabel(), field.getTypeName(),
        field.getDefaultValue(), constraints.containsKey("required"), values, constraints);
  }
}

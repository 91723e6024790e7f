package dev.stageline.blueprint;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** How messages name an element: its kind, its name if it has one, and its id. */
final class Labels {

  private static final Map<String, String> KINDS = Map.of(
      "participant", "pool",
      "subProcess", "sub-process",
      "adHocSubProcess", "ad-hoc sub-process");

  private Labels() {
  }

  /** For example {@code user task 'Take order' (Task_1)}, or {@code user task Task_1} when unnamed. */
  static String of(ModelElementInstance element) {
    String kind = kind(element);
    String id = element.getAttributeValue("id");
    String name = name(element);
    if (name != null) {
      return kind + " '" + name + "'" + (id == null ? "" : " (" + id + ")");
    }
    return id == null ? kind : kind + " " + id;
  }

  /** For example {@code lane 'Kitchen'}, or {@code lane Lane_3} when unnamed: no id in brackets. */
  static String brief(ModelElementInstance element) {
    String name = name(element);
    return kind(element) + " " + (name != null ? "'" + name + "'" : element.getAttributeValue("id"));
  }

  /** The element's name on one line, or null when it has none. */
  static String name(ModelElementInstance element) {
    String name = element.getAttributeValue("name");
    return name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
  }

  /** {@code userTask} becomes {@code user task}. */
  static String kind(ModelElementInstance element) {
    String type = element.getElementType().getTypeName();
    String kind = KINDS.get(type);
    return kind != null ? kind : type.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}

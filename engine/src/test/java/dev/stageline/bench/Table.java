package dev.stageline.bench;

import java.util.ArrayList;
import java.util.List;

/** One benchmark's results as a Markdown table, with notes printed under it. */
final class Table {

  private final String title;
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Table(String title, String... header) {
    this.title = title;
    this.header = List.of(header);
  }

  Table row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(title + ": " + cells.length + " cells for " + header.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  Table note(String note) {
    notes.add(note);
    return this;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("### ").append(title).append("\n\n");
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(column -> out.append("---|"));
    out.append('\n');
    rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(note -> out.append(note).append('\n'));
    }
    return out.toString();
  }

  /** {@code value} with {@code digits} decimals, in the C locale. */
  static String fixed(double value, int digits) {
    return String.format(java.util.Locale.ROOT, "%." + digits + "f", value);
  }
}

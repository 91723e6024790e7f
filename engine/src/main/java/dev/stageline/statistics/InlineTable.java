package dev.stageline.statistics;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A few rows written into a query as {@code (VALUES (...), ...) AS alias(columns)}: how per-step
 * layers and targets from the blueprint model reach SQL that runs on H2 and PostgreSQL alike. Every
 * value is a bind parameter cast to its column type, because PostgreSQL cannot infer the type of a
 * bare parameter in VALUES (least of all a null one).
 */
final class InlineTable {

  /** The SQL and JDBC types a column can have. */
  enum Type {
    TEXT("VARCHAR(255)", Types.VARCHAR),
    BIGINT("BIGINT", Types.BIGINT),
    TIMESTAMP("TIMESTAMP", Types.TIMESTAMP);

    private final String sql;
    private final int jdbc;

    Type(String sql, int jdbc) {
      this.sql = sql;
      this.jdbc = jdbc;
    }
  }

  record Column(String name, Type type) {
  }

  private final String alias;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();

  InlineTable(String alias, Column... columns) {
    this.alias = alias;
    this.columns = List.of(columns);
  }

  /** Adds a row; {@code values} follow the column order and may be null. */
  InlineTable add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
    }
    rows.add(values.clone());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * The derived table, binding its values into {@code params}. Without rows it is one row of nulls,
   * which joins nothing, since SQL has no empty VALUES.
   */
  String sql(MapSqlParameterSource params) {
    List<Object[]> written = rows.isEmpty() ? List.<Object[]>of(new Object[columns.size()]) : rows;
    List<String> tuples = new ArrayList<>();
    for (int row = 0; row < written.size(); row++) {
      List<String> casts = new ArrayList<>();
      for (int col = 0; col < columns.size(); col++) {
        String name = alias + "_" + row + "_" + col;
        params.addValue(name, written.get(row)[col], columns.get(col).type().jdbc);
        casts.add("CAST(:" + name + " AS " + columns.get(col).type().sql + ")");
      }
      tuples.add("(" + String.join(", ", casts) + ")");
    }
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    return "(VALUES " + String.join(", ", tuples) + ") AS " + alias + "(" + names + ")";
  }
}

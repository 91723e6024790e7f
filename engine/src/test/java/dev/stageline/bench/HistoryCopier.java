package dev.stageline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grows a blueprint's history by copying its engine-written seed cases: every row of the ended seed
 * cases in ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST and ACT_HI_IDENTITYLINK (the tables the
 * statistics read) is inserted again with {@code copy<n>-} put in front of each of its ids and
 * references to ids, so a copy is a new case with new activity, task and link ids, and the same
 * activity ids, timestamps, durations and assignees (of the identity links, only the assignee ones
 * the wait and work figures read). One {@code INSERT ... SELECT} per table copies
 * a batch of copies at once (a cross join with a VALUES list of prefixes), in SQL that H2 and
 * PostgreSQL both run. Seed rows are those whose case id does not start with {@code copy}.
 */
final class HistoryCopier {

  /** Columns holding ids of history rows or of runtime objects: prefixed in a copy. */
  private static final Set<String> ID_COLUMNS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_",
      "EXECUTION_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_", "CALL_PROC_INST_ID_", "CALL_CASE_INST_ID_",
      "ACT_INST_ID_", "PARENT_TASK_ID_", "CASE_INST_ID_", "CASE_EXECUTION_ID_", "SUPER_PROCESS_INSTANCE_ID_",
      "SUPER_CASE_INSTANCE_ID_", "RESTARTED_PROC_INST_ID_", "BUSINESS_KEY_");

  /** Activity-instance rows one statement may write, roughly. */
  private static final int ROWS_PER_STATEMENT = 20_000;

  private final JdbcTemplate jdbc;
  private int copies;

  HistoryCopier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Finished activity instances of blueprint {@code key} (cancelled ones included). */
  long finishedActivities(String key) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ? AND END_TIME_ IS NOT NULL", Long.class, key);
  }

  /**
   * Copies the seed of {@code key} until it has at least {@code target} finished activity instances;
   * each copy of it also makes one copy of the seed of every key in {@code alongside}. Returns the
   * number of copies made.
   */
  int growTo(String key, long target, List<String> alongside) {
    long perCopy = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST a WHERE a.END_TIME_ IS NOT NULL AND "
        + "a.PROC_INST_ID_ IN (" + seedCases() + ")", Long.class, key);
    long missing = target - finishedActivities(key);
    int needed = missing <= 0 ? 0 : (int) ((missing + perCopy - 1) / perCopy);
    int batch = (int) Math.max(1, ROWS_PER_STATEMENT / perCopy);
    for (int done = 0; done < needed; done += batch) {
      List<String> prefixes = new ArrayList<>();
      for (int i = 0; i < Math.min(batch, needed - done); i++) {
        prefixes.add("copy" + (++copies) + "-");
      }
      copy(key, prefixes);
      alongside.forEach(other -> copy(other, prefixes));
    }
    return needed;
  }

  /** Fresh planner statistics after a bulk insert ({@code ANALYZE}: the same word on H2 and PostgreSQL). */
  void analyze() {
    jdbc.execute("ANALYZE");
  }

  private void copy(String key, List<String> prefixes) {
    String seedTasks = "SELECT t.ID_ FROM ACT_HI_TASKINST t WHERE t.PROC_INST_ID_ IN (" + seedCases() + ")";
    insert("ACT_HI_PROCINST", "p2.PROC_INST_ID_ IN (" + seedCases() + ")", prefixes, key);
    insert("ACT_HI_ACTINST", "p2.PROC_INST_ID_ IN (" + seedCases() + ")", prefixes, key);
    insert("ACT_HI_TASKINST", "p2.PROC_INST_ID_ IN (" + seedCases() + ")", prefixes, key);
    // only the claims: candidate-group links are half the table and no statistic reads them
    insert("ACT_HI_IDENTITYLINK", "p2.TYPE_ = 'assignee' AND p2.TASK_ID_ IN (" + seedTasks + ")", prefixes, key);
  }

  private void insert(String table, String seedCondition, List<String> prefixes, String key) {
    List<String> columns = columns(table);
    String values = prefixes.stream().map(prefix -> "(CAST('" + prefix + "' AS VARCHAR(64)))")
        .collect(Collectors.joining(", "));
    String select = columns.stream()
        .map(column -> ID_COLUMNS.contains(column.toUpperCase(Locale.ROOT))
            ? "CASE WHEN p2." + column + " IS NULL THEN NULL ELSE c.prefix || p2." + column + " END"
            : "p2." + column)
        .collect(Collectors.joining(", "));
    jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + select
        + " FROM " + table + " p2 CROSS JOIN (VALUES " + values + ") AS c(prefix) WHERE " + seedCondition, key);
  }

  /** Ended seed cases of the key bound to the statement's one parameter. */
  private static String seedCases() {
    return "SELECT s.PROC_INST_ID_ FROM ACT_HI_PROCINST s WHERE s.PROC_DEF_KEY_ = ? AND s.END_TIME_ IS NOT NULL "
        + "AND s.PROC_INST_ID_ NOT LIKE 'copy%'";
  }

  private List<String> columns(String table) {
    return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", rs -> {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        names.add(rs.getMetaData().getColumnName(i));
      }
      return names;
    });
  }
}

package dev.stageline.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counts the engine's history rows of one case, so that the ceiling writes as many. */
final class HistoryRows {

  /** The ceiling's rows carry this definition key, and are deleted after the benchmark. */
  static final String CEILING_KEY = "bench-jdbc-ceiling";

  private final JdbcTemplate jdbc;

  HistoryRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String definitionId(String key) {
    return jdbc.queryForObject("SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ = ? ORDER BY VERSION_ DESC", String.class,
        key);
  }

  /** History rows per table of the most recently started finished case of {@code key} whose business key starts with {@code prefix}. */
  Map<String, Long> perCase(String key, String prefix) {
    String id = jdbc.queryForList("SELECT PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND"
        + " BUSINESS_KEY_ LIKE ? AND END_TIME_ IS NOT NULL ORDER BY START_TIME_ DESC", String.class, key,
        prefix + "%").stream().findFirst().orElseThrow(() -> new IllegalStateException("no finished " + prefix
            + " case of " + key));
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put("ACT_HI_PROCINST", count("ACT_HI_PROCINST WHERE PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_ACTINST", count("ACT_HI_ACTINST WHERE PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_TASKINST", count("ACT_HI_TASKINST WHERE PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_IDENTITYLINK", count("ACT_HI_IDENTITYLINK WHERE ROOT_PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_OP_LOG", count("ACT_HI_OP_LOG WHERE PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_VARINST", count("ACT_HI_VARINST WHERE PROC_INST_ID_ = ?", id));
    rows.put("ACT_HI_DETAIL", count("ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", id));
    rows.values().removeIf(n -> n == 0);
    return rows;
  }

  /** Removes what the ceiling wrote, so that no statistic ever counts it. */
  void deleteCeilingRows() {
    jdbc.update("DELETE FROM ACT_HI_IDENTITYLINK WHERE PROC_DEF_KEY_ = ?", CEILING_KEY);
    jdbc.update("DELETE FROM ACT_HI_OP_LOG WHERE PROC_DEF_KEY_ = ?", CEILING_KEY);
    jdbc.update("DELETE FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = ?", CEILING_KEY);
    jdbc.update("DELETE FROM ACT_HI_ACTINST WHERE PROC_DEF_KEY_ = ?", CEILING_KEY);
    jdbc.update("DELETE FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", CEILING_KEY);
  }

  private long count(String fromWhere, String id) {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + fromWhere, Long.class, id);
    return n == null ? 0 : n;
  }
}

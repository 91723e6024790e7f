package dev.stageline.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@StatisticsEngineTest
class StatisticsIndexesIT {

  @Autowired
  private DataSource dataSource;

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void shouldCreateTheStatisticsIndexesOnStart() throws SQLException {
    // when the application has started

    // then
    assertThat(indexes("ACT_HI_ACTINST")).contains("STL_IDX_HI_ACTINST_REPORT").doesNotContain("STL_IDX_HI_ACTINST_STATS");
    assertThat(indexes("ACT_HI_PROCINST")).contains("STL_IDX_HI_PROCINST_STATS");
    assertThat(indexes("ACT_HI_IDENTITYLINK")).contains("STL_IDX_HI_IDENTLINK_TASK")
        .doesNotContain("STL_IDX_HI_IDENTLINK_CLAIM");
  }

  @Test
  void shouldStartAgainOnADatabaseThatHasThem() {
    // given the indexes of this start

    // when / then: what a second start runs
    assertThatCode(() -> new StatisticsIndexes(engine, jdbc)).doesNotThrowAnyException();
  }

  /** Index names of {@code table}, upper case; PostgreSQL keeps unquoted names in lower case. */
  private Set<String> indexes(String table) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String name = meta.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
      try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            names.add(rs.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
          }
        }
      }
    }
    return names;
  }
}

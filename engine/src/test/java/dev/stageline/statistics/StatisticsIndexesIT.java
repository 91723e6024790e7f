package dev.stageline.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@StatisticsEngineTest
class StatisticsIndexesIT {

  @Autowired
  private DataSource dataSource;

  @Autowired
  private ProcessEngine engine;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private PlatformTransactionManager transactions;

  @Test
  void shouldCreateTheStatisticsIndexesOnStart() throws SQLException {
    // when the application has started

    // then
    assertStatisticsIndexes();
  }

  @Test
  void shouldStartAgainOnADatabaseThatHasThem() {
    // given the indexes of this start

    // when / then: what a second start runs
    assertThatCode(() -> new StatisticsIndexes(engine, jdbc, transactions)).doesNotThrowAnyException();
  }

  @Test
  void shouldLetNodesThatStartTogetherCreateTheIndexesOnce() throws Exception {
    // only a shared database has nodes starting together: an H2 file belongs to one process, which starts once
    assumeTrue(isPostgres(), "nodes share PostgreSQL only");

    // given a database without the indexes, as a first start finds it
    jdbc.execute("DROP INDEX STL_IDX_HI_ACTINST_REPORT");
    jdbc.execute("DROP INDEX STL_IDX_HI_PROCINST_STATS");
    jdbc.execute("DROP INDEX STL_IDX_HI_IDENTLINK_TASK");

    // when four nodes create them at the same moment
    CyclicBarrier together = new CyclicBarrier(4);
    ExecutorService nodes = Executors.newFixedThreadPool(4);
    try {
      List<Future<StatisticsIndexes>> starts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        starts.add(nodes.submit(() -> {
          together.await();
          return new StatisticsIndexes(engine, jdbc, transactions);
        }));
      }

      // then every one starts, and the indexes are there
      for (Future<StatisticsIndexes> start : starts) {
        assertThatCode(() -> start.get(60, TimeUnit.SECONDS)).doesNotThrowAnyException();
      }
    } finally {
      nodes.shutdownNow();
    }
    assertStatisticsIndexes();
  }

  /** This release's indexes are there, and those it replaced are gone. */
  private void assertStatisticsIndexes() throws SQLException {
    assertThat(indexes("ACT_HI_ACTINST")).contains("STL_IDX_HI_ACTINST_REPORT").doesNotContain("STL_IDX_HI_ACTINST_STATS");
    assertThat(indexes("ACT_HI_PROCINST")).contains("STL_IDX_HI_PROCINST_STATS");
    assertThat(indexes("ACT_HI_IDENTITYLINK")).contains("STL_IDX_HI_IDENTLINK_TASK")
        .doesNotContain("STL_IDX_HI_IDENTLINK_CLAIM");
  }

  private boolean isPostgres() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
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

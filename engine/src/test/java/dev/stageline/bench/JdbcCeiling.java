package dev.stageline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ceiling for engine throughput: plain JDBC writing the history rows one engine case of the
 * three-step blueprint writes, in as many transactions as the raw Java API takes (start, then claim
 * and complete per task: 7), on the same tables, indexes and connection pool. Its rows carry the
 * definition key {@link HistoryRows#CEILING_KEY} and are deleted afterwards.
 */
final class JdbcCeiling {

  private static final String[] TASKS = {"Task_Take", "Task_Cook", "Task_Hand"};
  private static final String[] GROUPS = {"counter-staff", "kitchen-staff", "counter-staff"};
  private static final String KEY = HistoryRows.CEILING_KEY;

  private final DataSource dataSource;
  private final String definitionId;

  JdbcCeiling(DataSource dataSource, String definitionId) {
    this.dataSource = dataSource;
    this.definitionId = definitionId;
  }

  void runCase(int thread, long n) throws SQLException {
    String caseId = id();
    Timestamp started = now();
    String[] taskIds = new String[TASKS.length];
    String[] activityIds = new String[TASKS.length];
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        // start: the case, its start event, the first task
        update(c, "INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
            + " START_TIME_, START_USER_ID_, START_ACT_ID_, ROOT_PROC_INST_ID_, STATE_) VALUES (?,?,?,?,?,?,?,?,?,?)",
            caseId, caseId, "ceiling-" + thread + "-" + n, KEY, definitionId, started, ThroughputBenchmark.USER,
            "Start", caseId, "ACTIVE");
        activity(c, id(), caseId, "Start", "startEvent", null, started, now());
        openTask(c, caseId, 0, taskIds, activityIds);
        opLog(c, caseId, null, "Create", "ProcessInstance", null);
        c.commit();
        for (int step = 0; step < TASKS.length; step++) {
          // claim
          Timestamp claimed = now();
          update(c, "UPDATE ACT_HI_TASKINST SET ASSIGNEE_ = ? WHERE ID_ = ?", ThroughputBenchmark.USER,
              taskIds[step]);
          update(c, "UPDATE ACT_HI_ACTINST SET ASSIGNEE_ = ? WHERE ID_ = ?", ThroughputBenchmark.USER,
              activityIds[step]);
          identityLink(c, caseId, taskIds[step], "assignee", ThroughputBenchmark.USER, null, claimed);
          opLog(c, caseId, taskIds[step], "Claim", "Task", "assignee");
          c.commit();
          // complete: ends the task, then opens the next one or ends the case
          Timestamp ended = now();
          update(c, "UPDATE ACT_HI_TASKINST SET END_TIME_ = ?, DURATION_ = ?, DELETE_REASON_ = 'completed',"
              + " TASK_STATE_ = 'Completed' WHERE ID_ = ?", ended, 0L, taskIds[step]);
          update(c, "UPDATE ACT_HI_ACTINST SET END_TIME_ = ?, DURATION_ = ?, ACT_INST_STATE_ = 4 WHERE ID_ = ?",
              ended, 0L, activityIds[step]);
          opLog(c, caseId, taskIds[step], "Complete", "Task", "delete");
          if (step + 1 < TASKS.length) {
            openTask(c, caseId, step + 1, taskIds, activityIds);
          } else {
            activity(c, id(), caseId, "End", "noneEndEvent", null, ended, ended);
            update(c, "UPDATE ACT_HI_PROCINST SET END_TIME_ = ?, DURATION_ = ?, END_ACT_ID_ = 'End',"
                + " STATE_ = 'COMPLETED' WHERE ID_ = ?", ended, ended.getTime() - started.getTime(), caseId);
          }
          c.commit();
        }
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private void openTask(Connection c, String caseId, int step, String[] taskIds, String[] activityIds)
      throws SQLException {
    Timestamp now = now();
    taskIds[step] = id();
    activityIds[step] = id();
    activity(c, activityIds[step], caseId, TASKS[step], "userTask", taskIds[step], now, null);
    update(c, "INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
        + " PROC_INST_ID_, EXECUTION_ID_, ACT_INST_ID_, NAME_, START_TIME_, PRIORITY_, TASK_STATE_)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", taskIds[step], TASKS[step], KEY, definitionId, caseId, caseId, caseId,
        activityIds[step], TASKS[step], now, 50, "Created");
    identityLink(c, caseId, taskIds[step], "candidate", null, GROUPS[step], now);
  }

  private void activity(Connection c, String id, String caseId, String activity, String type, String taskId,
      Timestamp start, Timestamp end) throws SQLException {
    update(c, "INSERT INTO ACT_HI_ACTINST (ID_, PARENT_ACT_INST_ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,"
        + " PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, TASK_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_,"
        + " ACT_INST_STATE_, SEQUENCE_COUNTER_) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id, caseId, KEY,
        definitionId, caseId, caseId, caseId, activity, taskId, activity, type, start, end,
        end == null ? null : end.getTime() - start.getTime(), end == null ? 0 : 4, 1);
  }

  private void identityLink(Connection c, String caseId, String taskId, String type, String user, String group,
      Timestamp at) throws SQLException {
    update(c, "INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, GROUP_ID_, TASK_ID_,"
        + " ROOT_PROC_INST_ID_, PROC_DEF_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?,?)", id(), at, type, user, group, taskId, caseId, definitionId, "add",
        ThroughputBenchmark.USER, KEY);
  }

  private void opLog(Connection c, String caseId, String taskId, String operation, String entity, String property)
      throws SQLException {
    update(c, "INSERT INTO ACT_HI_OP_LOG (ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ROOT_PROC_INST_ID_, PROC_INST_ID_,"
        + " EXECUTION_ID_, TASK_ID_, USER_ID_, TIMESTAMP_, OPERATION_TYPE_, OPERATION_ID_, ENTITY_TYPE_, PROPERTY_,"
        + " CATEGORY_) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", id(), definitionId, KEY, caseId, caseId, caseId, taskId,
        ThroughputBenchmark.USER, now(), operation, id(), entity, property, "TaskWorker");
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private static Timestamp now() {
    return new Timestamp(System.currentTimeMillis());
  }
}

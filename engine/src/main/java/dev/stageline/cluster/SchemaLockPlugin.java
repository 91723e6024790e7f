package dev.stageline.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Lets several nodes start at once on one empty PostgreSQL database. The engine creates its tables
 * when it finds none, and takes no lock for that (there is no table to lock yet): two nodes starting
 * together would both create them, and one would die on a duplicate. On PostgreSQL the schema
 * operations therefore first take a transaction-scoped advisory lock; the second node waits, then
 * finds the tables. Other databases need nothing: an embedded H2 file belongs to one process.
 */
@Component
class SchemaLockPlugin extends AbstractProcessEnginePlugin {

  /** Any fixed number; every Stageline node uses the same one. */
  static final long LOCK_KEY = 0x5374_6167_654cL;

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    SchemaOperationsCommand schemaOperations = configuration.getSchemaOperationsCommand();
    configuration.setSchemaOperationsCommand(commandContext -> {
      if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
        // held until the schema operations' transaction ends, so the tables are committed when the next node looks
        lock(commandContext.getDbSqlSession().getSqlSession().getConnection());
      }
      return schemaOperations.execute(commandContext);
    });
  }

  private static void lock(Connection connection) {
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      statement.setLong(1, LOCK_KEY);
      statement.execute();
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not lock the database for the engine's schema operations", e);
    }
  }
}

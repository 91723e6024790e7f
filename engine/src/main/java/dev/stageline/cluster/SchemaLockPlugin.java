package dev.stageline.cluster;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SchemaOperationsCommand;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets several nodes start at once on one empty PostgreSQL database. The engine creates its tables
 * when it finds none, and takes no lock for that (there is no table to lock yet): two nodes starting
 * together would both create them, and one would die on a duplicate. The schema operations therefore
 * first take the {@link SchemaLock}; the second node waits, then finds the tables.
 */
@Component
class SchemaLockPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    SchemaOperationsCommand schemaOperations = configuration.getSchemaOperationsCommand();
    configuration.setSchemaOperationsCommand(commandContext -> {
      // held until the schema operations' transaction ends, so the tables are committed when the next node looks
      try {
        SchemaLock.holdForTransaction(commandContext.getDbSqlSession().getSqlSession().getConnection());
      } catch (SQLException e) {
        throw new ProcessEngineException("Could not lock the database for the engine's schema operations", e);
      }
      return schemaOperations.execute(commandContext);
    });
  }
}

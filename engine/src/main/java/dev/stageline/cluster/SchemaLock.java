package dev.stageline.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The lock under which nodes sharing one PostgreSQL database change its schema: a transaction-scoped
 * advisory lock, so a second node starting at the same moment waits until the first has committed,
 * then finds its tables and indexes. Other databases need none: an embedded H2 file belongs to one
 * process.
 */
public final class SchemaLock {

  /** Any fixed number; every Stageline node uses the same one. */
  static final long KEY = 0x5374_6167_654cL;

  private SchemaLock() {
  }

  /** Takes the lock for the rest of {@code connection}'s transaction when the database is shared. */
  public static void holdForTransaction(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      statement.setLong(1, KEY);
      statement.execute();
    }
  }
}

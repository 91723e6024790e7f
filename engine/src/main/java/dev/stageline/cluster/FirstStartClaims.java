package dev.stageline.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Work that exactly one node of a cluster does on the first start (the first users, the demo
 * history), however many nodes start at once on one database. The node that inserts a claim row
 * into the engine's property table does the work; the primary key makes every other insert fail,
 * on H2 and PostgreSQL alike. The other nodes wait, bounded, until the work is done, so that none
 * of them serves requests (or runs jobs) on a half-prepared database. A claim left behind by a node
 * that died while working is older than the wait and is not waited for again.
 */
@Component
public class FirstStartClaims {

  static final String RUNNING = "running since ";
  static final String DONE = "done ";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Logger LOG = LoggerFactory.getLogger(FirstStartClaims.class);

  private final ManagementService managementService;
  private final JdbcTemplate jdbc;

  FirstStartClaims(ManagementService managementService, JdbcTemplate jdbc) {
    this.managementService = managementService;
    this.jdbc = jdbc;
  }

  /**
   * Runs {@code work} if this node is the first to claim {@code name}; otherwise waits until the
   * node that claimed it is done, at most {@code waitAtMost} after it claimed it.
   *
   * @return whether this node did the work
   */
  public boolean once(String name, Duration waitAtMost, Runnable work) {
    if (!claim(name)) {
      awaitDone(name, waitAtMost);
      return false;
    }
    try {
      work.run();
    } finally {
      managementService.setProperty(name, DONE + Instant.now());
    }
    return true;
  }

  /** Inserts the claim row in a transaction of its own: true when this node's insert won. */
  boolean claim(String name) {
    if (managementService.getProperties().containsKey(name)) {
      // claimed long ago (every later start): no failing insert for the database's log
      return false;
    }
    String table = managementService.getTableName(PropertyEntity.class);
    try {
      jdbc.update("insert into " + table + " (NAME_, VALUE_, REV_) values (?, ?, 1)", name, RUNNING + Instant.now());
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private void awaitDone(String name, Duration waitAtMost) {
    boolean logged = false;
    while (true) {
      String value = managementService.getProperties().get(name);
      if (value == null || !value.startsWith(RUNNING)) {
        return;
      }
      Instant deadline = since(value).plus(waitAtMost);
      if (!Instant.now().isBefore(deadline)) {
        LOG.warn("First start: '{}' is claimed ({}) but not done; not waiting any longer.", name, value);
        return;
      }
      if (!logged) {
        LOG.info("First start: another node does '{}' ({}); waiting until {} at the latest.", name, value, deadline);
        logged = true;
      }
      sleep();
    }
  }

  private static Instant since(String value) {
    try {
      return Instant.parse(value.substring(RUNNING.length()));
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for another node's first start", e);
    }
  }
}

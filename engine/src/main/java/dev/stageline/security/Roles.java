package dev.stageline.security;

import java.util.List;

/** The role groups of Stageline (issue "Users, roles and a hardened engine"). */
public final class Roles {

  /** Everything, including users and the engine's own REST API. */
  public static final String ADMINS = "admins";
  /** Draw, validate and deploy blueprints. */
  public static final String DESIGNERS = "designers";
  /** Work tasks of their own teams; start cases. */
  public static final String STAFF = "staff";
  /** Read times, statistics and overdue lists. */
  public static final String MANAGERS = "managers";

  public static final List<String> ALL = List.of(ADMINS, DESIGNERS, STAFF, MANAGERS);

  private Roles() {
  }
}

package dev.stageline.cases;

import dev.stageline.web.ApiException;

/** Whether a case is still running or has ended. */
enum CaseState {
  RUNNING, COMPLETED;

  /** The state named by the query parameter, or null for "any". */
  static CaseState parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.trim().toLowerCase()) {
      case "running" -> RUNNING;
      case "completed" -> COMPLETED;
      default -> throw ApiException.badRequest("The state '" + value + "' is not known; use running or completed.");
    };
  }

  String id() {
    return name().toLowerCase();
  }
}

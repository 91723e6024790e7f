package dev.stageline.web;

import java.util.List;

/** The one error body of the API: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<?> details) {

  public static ApiError of(String error) {
    return new ApiError(error, List.of());
  }
}

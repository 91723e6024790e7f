package dev.stageline.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses with a 4xx status and a message naming what is wrong. Features throw
 * it (or one of the factory results); {@link ApiExceptionHandler} turns it into {@link ApiError}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final transient List<?> details;

  public ApiException(HttpStatus status, String message, List<?> details) {
    super(message);
    this.status = status;
    this.details = details == null ? List.of() : List.copyOf(details);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
  }

  public static ApiException badRequest(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message, List.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
  }

  public static ApiException unprocessable(String message, List<?> details) {
    return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, message, details);
  }

  public HttpStatus status() {
    return status;
  }

  public List<?> details() {
    return details;
  }
}

package dev.stageline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The one error body of the API: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<?> details) {

  public static ApiError of(String error) {
    return new ApiError(error, List.of());
  }

  /** Answers {@code response} with this error and {@code status}, for code outside Spring MVC (filters). */
  public void write(HttpServletResponse response, HttpStatus status, ObjectMapper objectMapper) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), this);
  }
}

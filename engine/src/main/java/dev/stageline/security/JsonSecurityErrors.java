package dev.stageline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stageline.web.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 in the API's one error shape, so clients parse every failure the same way. */
@Component
class JsonSecurityErrors {

  private final ObjectMapper objectMapper;

  JsonSecurityErrors(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Stageline\"");
      write(response, HttpStatus.UNAUTHORIZED, "Log in first: this needs a Stageline user (HTTP Basic for API clients).");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(response, HttpStatus.FORBIDDEN, "Your user may not do this; ask an admin for the right role.");
  }

  private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), ApiError.of(message));
  }
}

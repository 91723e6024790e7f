package dev.stageline.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stageline.web.ApiError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
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
      // Stageline's own pages say so, and get no Basic challenge (which would open the browser's dialog)
      if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Stageline\"");
      }
      write(response, HttpStatus.UNAUTHORIZED, "Log in first: this needs a Stageline user (the login page for browsers, HTTP Basic for API clients).");
    };
  }

  AccessDeniedHandler forbidden() {
    AuthenticationEntryPoint unauthenticated = unauthenticated();
    return (request, response, exception) -> {
      if (exception instanceof CsrfException) {
        if (isAnonymous()) {
          // nobody is logged in, so there is no session to forge a request with: ask for a login
          unauthenticated.commence(request, response, null);
        } else {
          write(response, HttpStatus.FORBIDDEN,
              "The request lacks this session's CSRF token (X-XSRF-TOKEN header); reload the page and try again.");
        }
        return;
      }
      write(response, HttpStatus.FORBIDDEN, "Your user may not do this; ask an admin for the right role.");
    };
  }

  private static boolean isAnonymous() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null || authentication instanceof AnonymousAuthenticationToken;
  }

  private void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    ApiError.of(message).write(response, status, objectMapper);
  }
}

package dev.stageline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of every {@code /api} request at {@link #MAX_BYTES}, before anything reads it
 * into memory: a request that announces a larger body (Content-Length) gets 413 at once, unread;
 * one that does not (chunked) is counted as it is read and stopped at the cap, which
 * {@link ApiExceptionHandler} answers with 413 too. It runs before the login check, so nobody can
 * make the server hold a large body.
 */
@Configuration
class RequestSizeLimit {

  /** The largest request body the API reads: a 5 MiB blueprint with room to spare. */
  static final long MAX_BYTES = 6L * 1024 * 1024;

  static final String MESSAGE = "The request body is larger than " + MAX_BYTES / (1024 * 1024) + " MiB, the most the API"
      + " accepts (a blueprint may have at most 5 MiB).";

  /**
   * Tomcat answers "100 Continue" only when the application starts reading the body, so a client
   * that waits for it (curl does, for large bodies) is refused before it sends the body at all.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> continueOnRead() {
    return factory -> factory.addConnectorCustomizers(connector ->
        connector.setProperty("continueResponseTiming", "onRead"));
  }

  @Bean
  FilterRegistrationBean<SizeFilter> requestSizeLimitFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<SizeFilter> registration = new FilterRegistrationBean<>(new SizeFilter(objectMapper));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setName("requestSizeLimit");
    return registration;
  }

  /** Thrown by the counting stream when a body passes the cap. */
  static final class BodyTooLargeException extends IOException {

    BodyTooLargeException() {
      super(MESSAGE);
    }
  }

  static final class SizeFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    SizeFilter(ObjectMapper objectMapper) {
      this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      if (request.getContentLengthLong() > MAX_BYTES) {
        ApiError.of(MESSAGE).write(response, HttpStatus.PAYLOAD_TOO_LARGE, objectMapper);
        return;
      }
      chain.doFilter(new Capped(request), response);
    }
  }

  /** The request with its body counted as it is read. */
  private static final class Capped extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    Capped(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream());
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset;
      try {
        charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      } catch (IllegalArgumentException e) {
        throw new UnsupportedEncodingException(encoding);
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class CountingStream extends ServletInputStream {

    private final ServletInputStream body;
    private long count;

    CountingStream(ServletInputStream body) {
      this.body = body;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLargeException {
      count += n;
      if (count > MAX_BYTES) {
        throw new BodyTooLargeException();
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }
}

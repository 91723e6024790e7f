package dev.stageline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Produces the API's one error shape for every failure of a Stageline controller. */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> api(ApiException e) {
    return ResponseEntity.status(e.status()).body(new ApiError(e.getMessage(), e.details()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof RequestSizeLimit.BodyTooLargeException) {
      return status(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimit.MESSAGE);
    }
    String reason = e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : "the body is missing or unreadable";
    return status(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this call: " + reason);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    return status(HttpStatus.BAD_REQUEST, "The query parameter '" + e.getParameterName() + "' is required.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    return status(HttpStatus.BAD_REQUEST,
        "The parameter '" + e.getName() + "' has the value '" + e.getValue() + "', which is not a valid " + expected + ".");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return status(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The content type " + e.getContentType()
        + " is not accepted here; send one of " + e.getSupportedMediaTypes() + ".");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return status(HttpStatus.METHOD_NOT_ALLOWED, "The method " + e.getMethod() + " is not allowed on this path.");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
    return status(HttpStatus.NOT_FOUND, "There is nothing at /" + e.getResourcePath() + ".");
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ApiError> concurrentChange(OptimisticLockingException e) {
    return status(HttpStatus.CONFLICT, "Someone else changed this at the same moment; reload and try again.");
  }

  @ExceptionHandler(TaskAlreadyClaimedException.class)
  ResponseEntity<ApiError> claimed(TaskAlreadyClaimedException e) {
    return status(HttpStatus.CONFLICT, "The task is held by " + e.getTaskAssignee() + "; ask them to release it first.");
  }

  // the engine refusing what a request asked for: its message names what is wrong
  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> engineNotFound(NotFoundException e) {
    return status(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<ApiError> engineBadRequest(BadUserRequestException e) {
    return status(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  // an expression of the blueprint that cannot be evaluated with the case's variables, typically
  // because the request left out a variable it needs: nothing was changed
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ApiError> engine(ProcessEngineException e) {
    for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof ELException) {
        return status(HttpStatus.UNPROCESSABLE_ENTITY, "The blueprint could not evaluate an expression with this case's"
            + " variables: " + e.getMessage() + ". Send the variables it needs.");
      }
    }
    return unexpected(e);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return status(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong inside Stageline; the log has the details.");
  }

  private static ResponseEntity<ApiError> status(HttpStatus status, String message) {
    return ResponseEntity.status(status).body(new ApiError(message, List.of()));
  }
}

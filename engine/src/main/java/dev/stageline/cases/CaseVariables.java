package dev.stageline.cases;

import dev.stageline.web.ApiException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Process variables as API clients send them: plain JSON values only (text, number, true/false,
 * null). Objects and lists are refused, so nothing needs serialising into the engine.
 */
public final class CaseVariables {

  private CaseVariables() {
  }

  /**
   * The engine variables for {@code json}.
   *
   * @throws ApiException 400 naming the first variable that is not a plain value
   */
  public static Map<String, Object> plain(Map<String, Object> json) {
    Map<String, Object> variables = new HashMap<>();
    if (json == null) {
      return variables;
    }
    for (Map.Entry<String, Object> entry : json.entrySet()) {
      String name = entry.getKey();
      if (name == null || name.isBlank()) {
        throw ApiException.badRequest("A variable has an empty name; give every variable a name.");
      }
      variables.put(name, value(name, entry.getValue()));
    }
    return variables;
  }

  private static Object value(String name, Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Double) {
      return value;
    }
    if (value instanceof BigInteger big) {
      try {
        return big.longValueExact();
      } catch (ArithmeticException e) {
        throw ApiException.badRequest("The variable '" + name + "' is too large a number.");
      }
    }
    if (value instanceof BigDecimal || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    throw ApiException.badRequest("The variable '" + name
        + "' is not a plain value: send text, a number, true/false or null, not an object or a list.");
  }
}

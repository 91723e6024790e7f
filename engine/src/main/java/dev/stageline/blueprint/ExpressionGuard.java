package dev.stageline.blueprint;

import java.util.Optional;
import java.util.Set;

/**
 * Decides whether the {@code ${...}} expressions in a piece of BPMN text are plain: comparisons,
 * arithmetic and logic over process variables, such as {@code ${amount > 100 && accepted}},
 * {@code ${status == 'open'}} or {@code ${empty note}}. Anything that could run code is refused:
 * calling a method or function, reaching an engine object or service ({@code execution},
 * {@code task}, {@code runtimeService} …), reading an object's class, deferred {@code #{...}}
 * expressions, and the assignment, lambda and sequence operators of newer EL versions.
 *
 * <p>Used by blueprint validation, and available to the engine's hardening as a second line.
 */
public final class ExpressionGuard {

  /** Names that resolve to engine objects, services or the application instead of process variables. */
  static final Set<String> FORBIDDEN_NAMES = Set.of(
      "execution", "task", "externalTask", "caseExecution", "variableScope", "connector", "connectors",
      "environment", "processEngine", "processEngineConfiguration", "processEngineServices", "applicationContext",
      "systemProperties", "systemEnvironment", "runtimeService", "taskService", "repositoryService",
      "historyService", "identityService", "managementService", "formService", "authorizationService",
      "filterService", "externalTaskService", "caseService", "decisionService");

  /** EL's word operators and literals: a bracket after them groups, it does not call. */
  private static final Set<String> KEYWORDS = Set.of(
      "and", "or", "not", "empty", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "true", "false", "null",
      "instanceof");

  private enum Token { START, NAME, KEYWORD, DOT, OPEN_BRACKET, CLOSE, LITERAL, OPERATOR }

  private ExpressionGuard() {
  }

  /** True when every expression in {@code text} is plain (text without expressions is). */
  public static boolean isPlain(String text) {
    return check(text).isEmpty();
  }

  /**
   * Why {@code text} may not be used, as a phrase completing "an expression that …" (for example
   * "calls the method or function 'getVariable'"), or empty when every expression in it is plain.
   */
  public static Optional<String> check(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.contains("#{")) {
      return Optional.of("is a deferred #{...} expression (write ${...})");
    }
    int from = 0;
    int start;
    while ((start = text.indexOf("${", from)) >= 0) {
      int end = closingBrace(text, start + 2);
      if (end < 0) {
        return Optional.of("is never closed (add the missing })");
      }
      Optional<String> reason = checkBody(text.substring(start + 2, end));
      if (reason.isPresent()) {
        return reason;
      }
      from = end + 1;
    }
    return Optional.empty();
  }

  /** The index of the brace closing an expression whose body starts at {@code from}, or -1. */
  private static int closingBrace(String text, int from) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        i = endOfString(text, i);
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  /** The index of the quote closing the string literal opened at {@code start} (or the last index). */
  private static int endOfString(String text, int start) {
    char quote = text.charAt(start);
    for (int i = start + 1; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == quote) {
        return i;
      }
    }
    return text.length() - 1;
  }

  private static Optional<String> checkBody(String body) {
    Token previous = Token.START;
    String previousName = null;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"') {
        int end = endOfString(body, i);
        if (previous == Token.OPEN_BRACKET && "class".equals(body.substring(i + 1, Math.max(i + 1, end)))) {
          return Optional.of("reads the class of an object");
        }
        previous = Token.LITERAL;
        i = end + 1;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i;
        while (end < body.length() && Character.isJavaIdentifierPart(body.charAt(end))) {
          end++;
        }
        String name = body.substring(i, end);
        if (previous == Token.DOT) {
          if (name.equals("class")) {
            return Optional.of("reads the class of an object");
          }
          previous = Token.NAME;
        } else if (KEYWORDS.contains(name)) {
          previous = Token.KEYWORD;
        } else if (FORBIDDEN_NAMES.contains(name)) {
          return Optional.of("reaches the engine object '" + name + "'");
        } else {
          previous = Token.NAME;
        }
        previousName = name;
        i = end;
      } else if (Character.isDigit(c)) {
        while (i < body.length() && (Character.isLetterOrDigit(body.charAt(i)) || body.charAt(i) == '.')) {
          i++;
        }
        previous = Token.LITERAL;
      } else {
        Optional<String> reason = checkSymbol(body, i, previous, previousName);
        if (reason.isPresent()) {
          return reason;
        }
        previous = switch (c) {
          case '.' -> Token.DOT;
          case '[' -> Token.OPEN_BRACKET;
          case ')', ']' -> Token.CLOSE;
          default -> Token.OPERATOR;
        };
        i++;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkSymbol(String body, int i, Token previous, String previousName) {
    char c = body.charAt(i);
    char next = i + 1 < body.length() ? body.charAt(i + 1) : ' ';
    char before = i > 0 ? body.charAt(i - 1) : ' ';
    if (c == '(' && (previous == Token.NAME || previous == Token.CLOSE || previous == Token.DOT
        || previous == Token.LITERAL)) {
      return Optional.of(previous == Token.NAME
          ? "calls the method or function '" + previousName + "'"
          : "calls a method or function");
    }
    if (c == '-' && next == '>') {
      return Optional.of("defines a function (->)");
    }
    if (c == ';') {
      return Optional.of("chains several expressions with ';'");
    }
    if (c == '=' && next != '=' && before != '=' && before != '!' && before != '<' && before != '>') {
      return Optional.of("assigns a value with '=' (compare with '==')");
    }
    if (c == '+' && next == '=') {
      return Optional.of("concatenates strings with '+='");
    }
    return Optional.empty();
  }
}

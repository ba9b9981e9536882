package io.github.claimcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in the project's words what is wrong with a JSON line that the parser rejected: what was
 * found, where (the column), and what would fix it. The parser's own message (class names,
 * feature flags, "REDACTED" source descriptions) never reaches a problem.
 */
final class JsonLineErrors {

  private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.)'");
  private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '([^']*)'");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern CONTROL = Pattern.compile("code (\\d+)\\)");
  private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.)'");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'");

  private JsonLineErrors() {}

  /** The problem message for a line the parser rejected, starting "not valid JSON: ". */
  static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    int column = column(e);
    return "not valid JSON: " + what(e, m, column);
  }

  private static String what(JsonProcessingException e, String m, int column) {
    if (e instanceof StreamConstraintsException) {
      if (m.contains("nesting depth")) {
        return "values nested too deeply at column " + column + " (an article is one flat object)";
      }
      if (m.startsWith("Number value length")) {
        return "a number too long to read at column " + column;
      }
      return "a value too large to read at column " + column;
    }
    if (e instanceof JsonEOFException) {
      if (m.contains("closing quote")) {
        return "the line ends inside a string (a closing \" is missing)";
      }
      if (m.contains("marker for Object")) {
        return "the line ends before the object is closed (a } is missing)";
      }
      if (m.contains("marker for Array")) {
        return "the line ends before the array is closed (a ] is missing)";
      }
      return "the line ends in the middle of a value";
    }
    if (e instanceof MismatchedInputException && m.startsWith("Trailing token")) {
      return "more than one JSON value on the line (the next one starts at column " + column
          + "); write one object per line";
    }
    Matcher d = DUPLICATE.matcher(m);
    if (d.lookingAt()) {
      return "field \"" + d.group(1) + "\" is given twice";
    }
    Matcher t = TOKEN.matcher(m);
    if (t.lookingAt()) {
      String token = t.group(1);
      return "unexpected word '" + token + "' at column " + Math.max(1, column - token.length())
          + " (text must be in double quotes; literals are true, false and null)";
    }
    Matcher esc = ESCAPE.matcher(m);
    if (esc.lookingAt()) {
      return "unknown escape \\" + esc.group(1) + " in a string at column " + (column - 1)
          + " (a backslash in text is written \\\\)";
    }
    Matcher close = CLOSE.matcher(m);
    if (close.lookingAt()) {
      return "'" + close.group(1) + "' at column " + column + " closes nothing that is open";
    }
    if (m.startsWith("Illegal unquoted character") || m.startsWith("Illegal character")) {
      Matcher c = CONTROL.matcher(m);
      String which = c.find()
          ? String.format(Locale.ROOT, "U+%04X", Integer.parseInt(c.group(1)))
          : "a control character";
      return m.startsWith("Illegal unquoted")
          ? "control character " + which + " inside a string at column " + column
              + " (write it as an escape such as \\t or \\n)"
          : "control character " + which + " at column " + column + " outside a string";
    }
    if (m.contains("numeric value") || m.contains("Leading zeroes")) {
      return "invalid number at column " + column;
    }
    if (m.contains("hex-digit")) {
      return "a \\u escape at column " + column + " needs four hexadecimal digits";
    }
    Matcher u = UNEXPECTED_CHAR.matcher(m);
    if (u.lookingAt()) {
      String found = "'" + u.group(1) + "' at column " + column;
      if (m.contains("double-quote to start field name")) {
        return "expected a field name in double quotes, found " + found;
      }
      if (m.contains("colon to separate")) {
        return "expected ':' after the field name, found " + found;
      }
      if (m.contains("comma to separate Object")) {
        return "expected ',' or '}' after a value, found " + found;
      }
      if (m.contains("comma to separate Array")) {
        return "expected ',' or ']' after a value, found " + found;
      }
      if (m.contains("expected a valid value")) {
        return "expected a value (a string in double quotes, a number, an object, an array, true,"
            + " false or null), found " + found;
      }
      return "unexpected " + found;
    }
    return "cannot be read as JSON at column " + column;
  }

  private static int column(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null ? 1 : Math.max(1, at.getColumnNr());
  }
}

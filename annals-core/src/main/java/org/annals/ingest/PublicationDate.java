package org.annals.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's publication date from the ways inputs write it: {@code 2025-06-02}, or an
 * ISO 8601 date-time such as {@code 2025-06-03T01:00:00+03:00}.
 *
 * <p>A date-time gives its date as written, in its own offset, not converted to UTC: the example is
 * 2025-06-03 although it is still the 2nd in UTC. The offset is usually the publisher's own, and its
 * date is the one the article's "today" and "yesterday" mean.
 */
final class PublicationDate {

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
          + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
          + "\\s*(?:Z|z|UTC|GMT|[+-](\\d{2})(?::?(\\d{2}))?)?)?");

  private PublicationDate() {}

  /** True when the value is written as an ISO date or date-time, whether or not the date exists. */
  static boolean looksIso(String value) {
    return ISO.matcher(value.strip()).matches();
  }

  /**
   * The calendar date of an ISO date or date-time.
   *
   * @throws InputProblem "invalid date '...': ..." when it is not one, or names a day that does not
   *     exist, such as 2025-02-30
   */
  static LocalDate parseIso(String value) throws InputProblem {
    String written = value.strip();
    Matcher m = ISO.matcher(written);
    if (!m.matches()) {
      throw invalid(written, "expected YYYY-MM-DD or an ISO 8601 date-time such as 2025-06-02T10:00:00Z");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      throw invalid(written, "there is no month " + month);
    }
    int days = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > days) {
      String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      throw invalid(written, day < 1 ? "there is no day " + day
          : monthName + " " + year + " has only " + days + " days");
    }
    checkRange(written, m.group(4), 23, "hour");
    checkRange(written, m.group(5), 59, "minute");
    checkRange(written, m.group(6), 60, "second");
    checkRange(written, m.group(7), 18, "offset hour");
    checkRange(written, m.group(8), 59, "offset minute");
    return LocalDate.of(year, month, day);
  }

  /**
   * The date of a value as web pages write it: ISO, or an RFC 1123 date-time
   * ({@code Mon, 02 Jun 2025 10:00:00 GMT}); null when it is neither.
   *
   * @throws InputProblem when the value is ISO-shaped but names a day that does not exist
   */
  static LocalDate parseWebDate(String value) throws InputProblem {
    String written = value.strip();
    if (looksIso(written)) {
      return parseIso(written);
    }
    try {
      return ZonedDateTime.parse(written, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static void checkRange(String written, String field, int max, String name) throws InputProblem {
    if (field != null && Integer.parseInt(field) > max) {
      throw invalid(written, "there is no " + name + " " + Integer.parseInt(field));
    }
  }

  static InputProblem invalid(String written, String why) {
    return new InputProblem("invalid date '" + written + "': " + why);
  }
}

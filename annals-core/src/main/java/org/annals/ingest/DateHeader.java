package org.annals.ingest;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code date YYYY-MM-DD} header that may lead a text article, alone on its line or sharing it
 * with the text, possibly after whitespace: {@code " date 2025-06-02 The US Secretary..."}.
 *
 * @param date the date the header gives
 * @param length UTF-16 units the header takes, with the whitespace around it
 */
record DateHeader(LocalDate date, int length) {

  // Any date-like word after "date" counts as a header attempt, so that a bad date is reported
  // rather than left in the text; "date night" or "Date palms" are not headers.
  private static final Pattern HEADER = Pattern.compile(
      "\\A\\s*date:?[ \\t]+([0-9]{1,9}[-/.][0-9]{1,9}[-/.][0-9]{1,9})(?=\\s|\\z)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The header leading {@code text}, or null when there is none.
   *
   * @throws InputProblem when the header's date does not exist or is not written YYYY-MM-DD
   */
  static DateHeader find(String text) throws InputProblem {
    Matcher m = HEADER.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    LocalDate date;
    try {
      date = PublicationDate.parseIso(m.group(1));
    } catch (InputProblem e) {
      throw new InputProblem(e.getMessage() + " (in the date header)");
    }
    return new DateHeader(date, m.end());
  }
}

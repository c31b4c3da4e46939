package org.annals.link.date;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;

/**
 * Infers the document date of an undated article from its own text, in this order of trust:
 *
 * <ol>
 *   <li>a dateline: a full date (with its year) near the top, as wire and wiki reports print one;
 *   <li>the text: the latest full date it mentions, since reports are written on or soon after
 *       the latest day they tell of; a "last modified"/"amended on" stamp is not that day but
 *       bounds it (dates after it are plans), and is the fallback;
 * </ol>
 *
 * Then, while it is linked ({@link #fromNews}), the events it reports as news that match dated
 * events of the record: an article is written on or soon after the day of what it reports. The
 * dated articles of its story only tell which text dates are stale history; they never date it
 * themselves (a story holds many days). Otherwise the article stays undated. Reads only the article's normalised times (extracted without
 * a document date) and its text, so it can run before the article is extracted again with the
 * inferred date ({@code DateSource.INFERRED}).
 */
public final class DocumentDateInference {

  /** How far into the text a date still counts as a dateline. */
  private static final int DATELINE_CHARS = 160;
  /** A text date this far before the story's latest date is history, not the report's day. */
  private static final int STALE_DAYS = 30;
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern MODIFIED =
      Pattern.compile("(?i)\\b(modified|amended|updated|corrected)(\\s+on)?(\\s+\\w{3})?\\s*$");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");

  /**
   * @param text the article text the times point into
   * @param times its time expressions, normalised without a document date
   * @param storyDates the dates of the dated articles of its story so far (may be empty)
   */
  public Optional<InferredDate> infer(String text, List<TimeExpression> times, List<LocalDate> storyDates) {
    List<TimeExpression> full = new ArrayList<>();
    for (TimeExpression t : times) {
      if (t.type() != TimexType.DATE || t.value() == null) {
        continue;
      }
      if (fullDate(t) != null) {
        full.add(t);
      }
    }
    LocalDate storyLatest = storyDates.stream().max(LocalDate::compareTo).orElse(null);
    for (TimeExpression t : full) {
      if (t.start() < DATELINE_CHARS && isDatelineLine(text, t) && !isModificationStamp(text, t)) {
        return Optional.of(new InferredDate(fullDate(t), InferredDate.DATELINE_EVIDENCE + " '" + t.text() + "'", InferredDate.Source.DATELINE));
      }
    }
    TimeExpression modified = null;
    for (TimeExpression t : full) {
      if (isModificationStamp(text, t) && (modified == null || fullDate(t).isBefore(fullDate(modified)))) {
        modified = t;
      }
    }
    TimeExpression latest = null;
    for (TimeExpression t : full) {
      LocalDate d = fullDate(t);
      boolean afterStamp = modified != null && d.isAfter(fullDate(modified));
      if (!isModificationStamp(text, t) && !afterStamp && (latest == null || d.isAfter(fullDate(latest)))) {
        latest = t;
      }
    }
    if (latest != null) {
      LocalDate d = fullDate(latest);
      boolean stale = storyLatest != null && ChronoUnit.DAYS.between(d, storyLatest) > STALE_DAYS;
      if (!stale) {
        return Optional.of(new InferredDate(d, "latest date in text '" + latest.text() + "'", InferredDate.Source.TEXT));
      }
    }
    if (modified != null) {
      // a report is published on or shortly before it is last modified
      return Optional.of(new InferredDate(fullDate(modified), InferredDate.STAMP_EVIDENCE + " '" + modified.text() + "'",
          InferredDate.Source.TEXT));
    }
    // The story's dates are no evidence of this article's: copying them gave the dated sample's
    // day to an undated report of a meeting five weeks later. Undated it stays.
    return Optional.empty();
  }

  /** How many days before the stream's latest date an event may lie and still be its current news. */
  private static final int FRESH_DAYS = 2;

  /**
   * The date the article's news gives: the latest day of the dated events its news mentions match
   * that are the stream's current news (at most {@value #FRESH_DAYS} days before its latest date:
   * a report of an older event is a follow-up or a comment, written any time after), where, if
   * the article names weekdays ("on Thursday"), one of them is that day's. No evidence gives none.
   *
   * @param matched the days of the known events the article's news matches
   * @param times the article's time expressions, normalised without a document date
   * @param streamLatest the latest document date of the stream so far, or null
   */
  public Optional<InferredDate> fromNews(List<LocalDate> matched, List<TimeExpression> times, LocalDate streamLatest) {
    if (streamLatest == null) {
      return Optional.empty();
    }
    List<LocalDate> newsDays = matched.stream()
        .filter(d -> !d.isBefore(streamLatest.minusDays(FRESH_DAYS)) && !d.isAfter(streamLatest)).toList();
    if (newsDays.isEmpty()) {
      return Optional.empty();
    }
    LocalDate latest = newsDays.stream().max(LocalDate::compareTo).get();
    java.util.Set<java.time.DayOfWeek> named = new java.util.HashSet<>();
    for (TimeExpression t : times) {
      Matcher m = WEEKDAY.matcher(t.value() == null ? "" : t.value());
      if (t.type() == TimexType.DATE && m.matches()) {
        named.add(java.time.DayOfWeek.of(Integer.parseInt(m.group(1))));
      }
    }
    if (!named.isEmpty() && newsDays.stream().noneMatch(d -> named.contains(d.getDayOfWeek()))) {
      return Optional.empty(); // "on Thursday", but what it matched happened on other days
    }
    return Optional.of(new InferredDate(latest, InferredDate.EVENTS_EVIDENCE + " news of " + newsDays.size()
        + " known event" + (newsDays.size() == 1 ? "" : "s") + ", latest " + latest, InferredDate.Source.EVENTS));
  }

  /**
   * The date the stream's present gives, only for a stream that has come in date order so far
   * (see {@link StreamOrder}): an article arriving in it is reported on the stream's latest date.
   * (Moving it to a weekday it names just after that date was tried: such weekdays were mostly
   * the next day's plans, and it lost days.)
   */
  public Optional<InferredDate> fromStream(StreamOrder order) {
    if (!order.inDateOrder()) {
      return Optional.empty();
    }
    return Optional.of(new InferredDate(order.latest(), InferredDate.STREAM_EVIDENCE + " " + order.describe(),
        InferredDate.Source.STREAM));
  }

  /**
   * The date, no earlier than where a stream in date order stands: a report that arrives in such
   * a stream is written on or after its latest date, so evidence that gives an earlier day (a
   * historical date in the text, yesterday's news it reports) is lifted to it; a modification
   * stamp days after it only bounds the day ({@link #beforeStamp}). A dateline stands, and so does
   * any date in a stream not in date order.
   */
  public InferredDate notBeforeStream(InferredDate d, StreamOrder order, List<TimeExpression> times) {
    if (!order.inDateOrder() || d.evidence().startsWith(InferredDate.DATELINE_EVIDENCE)) {
      return d;
    }
    if (d.evidence().startsWith(InferredDate.STAMP_EVIDENCE)
        && d.date().isAfter(order.latest().plusDays(StreamOrder.SLACK_DAYS))) {
      return beforeStamp(d, order, times);
    }
    if (!d.date().isBefore(order.latest())) {
      return d;
    }
    return new InferredDate(order.latest(), InferredDate.STREAM_EVIDENCE + " " + order.describe() + ", after "
        + d.date() + " (" + d.evidence() + ")", InferredDate.Source.STREAM);
  }

  /**
   * A stamp says when the article was last changed, days after where the stream stands: it was
   * written in between. A weekday it names that falls on one day of that span ("on Wednesday he
   * signed") is that day; else the stream's present, as for any article arriving in the stream.
   */
  private static InferredDate beforeStamp(InferredDate stamp, StreamOrder order, List<TimeExpression> times) {
    java.util.Set<LocalDate> named = new java.util.TreeSet<>();
    for (TimeExpression t : times) {
      Matcher m = WEEKDAY_NAME.matcher(t.text());
      while (m.find()) {
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        for (LocalDate d = order.latest(); !d.isAfter(stamp.date()); d = d.plusDays(1)) {
          if (d.getDayOfWeek() == day) {
            named.add(d);
          }
        }
      }
    }
    String span = ", before " + stamp.date() + " (" + stamp.evidence() + ")";
    if (named.size() == 1) {
      LocalDate day = named.iterator().next();
      return new InferredDate(day, InferredDate.STREAM_EVIDENCE + " " + order.describe() + span + ", the "
          + day.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT) + " it names", InferredDate.Source.STREAM);
    }
    return new InferredDate(order.latest(), InferredDate.STREAM_EVIDENCE + " " + order.describe() + span,
        InferredDate.Source.STREAM);
  }

  private static final Pattern WEEKDAY_NAME =
      Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-([1-7])");

  /** A day-precise date whose text names the year itself (not one guessed by the tagger). */
  private static LocalDate fullDate(TimeExpression t) {
    Matcher m = FULL_DATE.matcher(t.value());
    if (!m.matches() || !t.resolved() || !YEAR.matcher(t.text()).find()) {
      return null;
    }
    try {
      return LocalDate.parse(t.value());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "Last modified on Fri 25 Feb 2022", "This article was amended on 1 March 2022": a later stamp. */
  private static boolean isModificationStamp(String text, TimeExpression t) {
    String before = text.substring(Math.max(0, t.start() - 30), t.start());
    return MODIFIED.matcher(before).find();
  }

  /** The date stands on a short line of its own or opens the text ("January 9, 2008", "LONDON, June 2, 2025 —"). */
  private static boolean isDatelineLine(String text, TimeExpression t) {
    int lineStart = text.lastIndexOf('\n', t.start() - 1) + 1;
    int lineEnd = text.indexOf('\n', t.end());
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    String before = text.substring(lineStart, t.start()).strip();
    String after = text.substring(t.end(), lineEnd).strip();
    boolean ownLine = after.length() < 40 && before.length() < 40;
    boolean opens = before.length() < 40 && (after.startsWith("—") || after.startsWith("-") || after.startsWith("("));
    return ownLine || opens;
  }


}

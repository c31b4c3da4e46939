package org.annals.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.annals.model.Token;

/**
 * Turns the tagger's time expressions into the dates Annals reports: drops what TimeML does not
 * call a time (ages, "once", adjectival "annual"), re-anchors underspecified dates on the document
 * date ({@link RelativeDateRules}), and marks as unresolved whatever depends on a document date
 * the article does not have.
 */
public final class TimeNormalizer {

  private static final Pattern AGE = Pattern.compile("(?i).*\\b(year|month|week|day)s?[- ]old\\b.*|.*-year-old.*");
  private static final Set<String> NOT_TIMES = Set.of("once", "previously", "quarterly", "annual", "annually",
      "present", "formerly", "biannual", "semiannual", "future", "three-quarters");
  /** Reporting-period phrases the tagger does not know; kept only where the article's quarter resolves them. */
  private static final Pattern LATEST_PERIOD = Pattern.compile("\\b[Tt]he (latest|most recent) period\\b");
  private static final Set<String> BARE_UNIT = Set.of("year", "month");
  private static final Pattern DECADE = Pattern.compile("^\\d{2,3}X{1,2}$");
  private static final Pattern EVENT_NAME_AFTER = Pattern.compile("^ (of|for|on|to) (the )?[A-Z]");
  private static final Pattern LOWER_CASE_MONTH = Pattern.compile("(^|\\s)(march|may)$");
  private static final Pattern FIRST_NAME_AFTER = Pattern.compile("^ [A-Z][a-z]");
  private static final Pattern FRACTION = Pattern.compile("^(about |nearly |almost |some |roughly |more than )?(one|two|three)[- ]quarters?$");
  private static final Pattern LEADING_ZERO_YEAR = Pattern.compile("^0\\d{3}$");
  /** A unit word capitalised inside a sentence is part of a name. */
  private static final Pattern PROGRAMME = Pattern.compile("(?<=\\S )(Week|Minutes|Hours|Days|Months|Years)\\b|^\\d+ (Minutes|Hours|Days)\\b");
  private static final Pattern RATE_UNIT = Pattern.compile("(?i)^(a|an|per) (hour|day|week|month|year)$");
  private static final Pattern ZONE_OFFSET = Pattern.compile("(?<=T\\d{2}(:\\d{2})?)([+-]\\d{4}|Z)$");
  private static final Pattern ABSOLUTE = Pattern.compile(".*\\b\\d{4}\\b.*");

  public List<TimeExpression> normalize(AnnotatedArticle doc) {
    List<TimeExpression> out = new ArrayList<>();
    ReportingPeriod period = new ReportingPeriod(doc.article().date());
    for (RawTimex raw : withReportingPhrases(doc)) {
      if (!isTime(doc, raw)) {
        continue;
      }
      RawTimex t = TimexExtent.repair(doc.text(), raw);
      RawTimex repairedFrom = raw;
      if (BARE_UNIT.contains(t.text())) {
        continue; // "his year in kindergarten", "a fiscal year": a unit word, not a time of its own
      }
      String value = t.value();
      TimexType type = t.type();
      Sentence s = doc.sentenceAt(t.start());
      String following = doc.text().substring(t.end(), Math.min(doc.text().length(), t.end() + 30));
      String framed = period.resolve(t.text(), s == null ? -1 : s.index(), following, tense(s, t));
      String holiday = t.text().equals("Day") ? Holidays.nameBefore(doc.text(), t.start()) : null;
      if (t.text().equals("Day") && holiday == null) {
        continue; // "Sandra Day O'Connor", "Women's Day": a name, not a time
      }
      if (value == null && LATEST_PERIOD.matcher(t.text()).matches() && framed == null) {
        continue;
      }
      if (holiday != null) {
        int start = doc.text().lastIndexOf(Character.toUpperCase(holiday.charAt(0)) + holiday.substring(1), t.start());
        t = new RawTimex(start, t.end(), doc.text().substring(start, t.end()), TimexType.DATE, null, t.sentence());
        type = TimexType.DATE;
        LocalDate dct = doc.article().date();
        value = dct == null ? null : Holidays.date(holiday, dct, tense(s, t)).toString();
      } else if (ReportingPeriod.isYearEnding(t.text(), following)) {
        value = "P1Y";
        type = TimexType.DURATION;
      } else if (framed != null) {
        value = framed;
        type = TimexType.DATE;
      } else if ((value == null || (type == TimexType.DURATION && (value.contains("X") || t != repairedFrom)))
          && DurationValue.of(t.text()) != null) {
        // the tagger left a stated length blank or vague, or saw only part of it
        value = DurationValue.of(t.text());
        type = TimexType.DURATION;
      } else if (RATE_UNIT.matcher(t.text()).matches() && type == TimexType.DURATION && followsQuantity(s, t.start())) {
        type = TimexType.SET; // "$500 million a year", "four flights a week": a rate, once per unit
      } else if (RelativeDateRules.isRecentPast(t.text())) {
        value = "PAST_REF";
        type = TimexType.DATE;
      } else if (type == TimexType.DATE || type == TimexType.TIME || isDecade(value)) {
        type = type == TimexType.TIME ? type : TimexType.DATE; // "the 1970s" is a date, not a set
        value = RelativeDateRules.anchor(t.text(), value, doc.article().date(), tense(s, t));
      }
      if (value != null && type == TimexType.TIME) {
        value = ZONE_OFFSET.matcher(value).replaceFirst(""); // "4 a.m. EDT": TimeML keeps the local clock time
      }
      period.observe(t.text(), value, s == null ? -1 : s.index(), tense(s, t));
      out.add(new TimeExpression(t.start(), t.end(), t.text(), type, value, resolved(doc, type, t.text(), value)));
    }
    return out;
  }

  /** The tagger's times plus "the latest period" phrases and spoken years it does not know, in text order. */
  private static List<RawTimex> withReportingPhrases(AnnotatedArticle doc) {
    List<RawTimex> all = new ArrayList<>(doc.timexes());
    Matcher m = LATEST_PERIOD.matcher(doc.text());
    boolean added = false;
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (all.stream().noneMatch(t -> t.start() < end && start < t.end())) {
        Sentence s = doc.sentenceAt(start);
        all.add(new RawTimex(start, end, m.group(), TimexType.DATE, null, s == null ? -1 : s.index()));
        added = true;
      }
    }
    if (added) {
      all.sort(Comparator.comparingInt(RawTimex::start));
    }
    return SpokenYears.complete(doc.text(), all, start -> {
      Sentence s = doc.sentenceAt(start);
      return s == null ? -1 : s.index();
    });
  }

  private static boolean isDecade(String value) {
    return value != null && DECADE.matcher(value).matches();
  }

  private static boolean isTime(AnnotatedArticle doc, RawTimex t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (t.text().contains("SEC")) {
      return false; // the Securities and Exchange Commission, not a second
    }
    if (NOT_TIMES.contains(lower) || AGE.matcher(lower).matches()) {
      return false;
    }
    // "52 years old": SUTime tags "52 years", the age is in the next word
    String after = doc.text().substring(t.end(), Math.min(doc.text().length(), t.end() + 5)).toLowerCase(Locale.ROOT);
    if (t.type() == TimexType.DURATION && after.startsWith(" old")) {
      return false;
    }
    String text = doc.text();
    String next = text.substring(t.end(), Math.min(text.length(), t.end() + 25));
    if (LOWER_CASE_MONTH.matcher(t.text()).find()
        || (t.text().matches("(the |this |a |an |annual )*March") && EVENT_NAME_AFTER.matcher(next).find())) {
      return false; // "the march", "the annual March for Life": a protest, not the month
    }
    if (t.text().equals("Jan") && FIRST_NAME_AFTER.matcher(next).find()) {
      return false; // "Jan Kavan"
    }
    if (FRACTION.matcher(lower).matches() || LEADING_ZERO_YEAR.matcher(t.text()).matches()) {
      return false; // "about three-quarters of its food"; "0735 GMT" is a clock time, not the year 735
    }
    if (PROGRAMME.matcher(t.text()).find() && !isSentenceStart(doc, t.start())) {
      return false; // ABC's "This Week", CBS's "60 Minutes": programme names
    }
    return true;
  }

  /** A number, or a number and its noun ("700 seats", "$2 million"), right before the offset. */
  private static boolean followsQuantity(Sentence s, int start) {
    if (s == null) {
      return false;
    }
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).end() <= start) {
      i++;
    }
    for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
      String pos = tokens.get(j).pos();
      if (pos.equals("CD")) {
        return true;
      }
      if (!pos.startsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isSentenceStart(AnnotatedArticle doc, int start) {
    Sentence s = doc.sentenceAt(start);
    return s == null || s.tokens().isEmpty() || s.tokens().get(0).start() == start;
  }

  private static TenseCue.Direction tense(Sentence s, RawTimex t) {
    if (s == null) {
      return TenseCue.Direction.PAST;
    }
    List<Token> tokens = s.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token tok = tokens.get(i);
      if (tok.end() > t.start() && tok.start() < t.end()) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    return first < 0 ? TenseCue.Direction.PAST : TenseCue.of(tokens, first, last);
  }

  private static boolean resolved(AnnotatedArticle doc, TimexType type, String text, String value) {
    if (value == null) {
      return false;
    }
    if (type == TimexType.DURATION || type == TimexType.SET) {
      return true;
    }
    if (value.contains("X")) {
      return false;
    }
    return doc.article().date() != null || ABSOLUTE.matcher(text).matches();
  }
}

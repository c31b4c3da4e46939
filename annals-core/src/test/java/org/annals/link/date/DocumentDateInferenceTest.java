package org.annals.link.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.junit.jupiter.api.Test;

class DocumentDateInferenceTest {

  private final DocumentDateInference inference = new DocumentDateInference();

  private static TimeExpression date(String text, String all, String value, boolean resolved) {
    int start = all.indexOf(text);
    return new TimeExpression(start, start + text.length(), text, TimexType.DATE, value, resolved);
  }

  @Test
  void aDatelineUnderTheTitleIsTheDocumentDate() {
    String text = "Apple launches phone\n\nJune 9, 2008\n\nApple said in 2007 that it would sell phones.";
    Optional<InferredDate> d = inference.infer(text, List.of(date("June 9, 2008", text, "2008-06-09", true),
        date("2007", text, "2007", true)), List.of());
    assertThat(d).isPresent();
    assertThat(d.get().date()).isEqualTo(LocalDate.of(2008, 6, 9));
    assertThat(d.get().source()).isEqualTo(InferredDate.Source.DATELINE);
    assertThat(d.get().evidence()).contains("June 9, 2008");
  }

  @Test
  void theLatestFullDateInTheTextWinsOverOlderOnes() {
    String text = "The talks began on 3 March 2022 in Belarus and resumed on 7 March 2022 near Brest, officials said.";
    Optional<InferredDate> d = inference.infer(text, List.of(date("3 March 2022", text, "2022-03-03", true),
        date("7 March 2022", text, "2022-03-07", true)), List.of());
    assertThat(d.map(InferredDate::date)).contains(LocalDate.of(2022, 3, 7));
    assertThat(d.get().source()).isEqualTo(InferredDate.Source.TEXT);
  }

  @Test
  void theStorysDatesNeverDateAnArticleWhoseTextGivesNone() {
    String text = "Officials said on Monday that the talks would go on.";
    assertThat(inference.infer(text, List.of(date("Monday", text, "XXXX-WXX-1", false)),
        List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 4)))).isEmpty();
  }

  @Test
  void noEvidenceLeavesTheArticleUndated() {
    String text = "Officials said the talks would go on.";
    assertThat(inference.infer(text, List.of(), List.of())).isEmpty();
  }

  @Test
  void aDateWithoutItsYearInTheTextIsNotTrusted() {
    String text = "The summit opens on June 28 in Madrid, officials said.";
    assertThat(inference.infer(text, List.of(date("June 28", text, "2022-06-28", true)), List.of())).isEmpty();
  }

  @Test
  void aModificationStampBoundsTheDateAndIsTheFallback() {
    String text = "Leaders meet on 28 June 2022. Talks were held on 3 March 2022. Last modified on Fri 4 Mar 2022";
    Optional<InferredDate> d = inference.infer(text, List.of(date("28 June 2022", text, "2022-06-28", true),
        date("3 March 2022", text, "2022-03-03", true), date("Fri 4 Mar 2022", text, "2022-03-04", true)), List.of());
    assertThat(d.map(InferredDate::date)).contains(LocalDate.of(2022, 3, 3));
    String stampOnly = "Officials met again. Last modified on Fri 4 Mar 2022";
    Optional<InferredDate> s = inference.infer(stampOnly, List.of(date("Fri 4 Mar 2022", stampOnly, "2022-03-04", true)),
        List.of());
    assertThat(s.map(InferredDate::date)).contains(LocalDate.of(2022, 3, 4));
    assertThat(s.get().evidence()).contains("modification");
  }

  private static final LocalDate THU = LocalDate.of(2025, 7, 10);

  @Test
  void theCurrentNewsAnArticleReportsDatesIt() {
    String text = "Rubio and Lavrov held talks during a meeting Thursday.";
    List<TimeExpression> times = List.of(date("Thursday", text, "XXXX-WXX-4", false));
    Optional<InferredDate> d = inference.fromNews(List.of(THU, THU.minusDays(1)), times, THU.plusDays(1));
    assertThat(d).map(InferredDate::date).contains(THU);
    assertThat(d.get().source()).isEqualTo(InferredDate.Source.EVENTS);
    assertThat(InferredDate.inferredWhileLinking(d.get().evidence())).isTrue();
  }

  @Test
  void oldNewsAndTheWrongWeekdayDateNothing() {
    String text = "Rubio and Lavrov held talks during a meeting Thursday.";
    List<TimeExpression> thursday = List.of(date("Thursday", text, "XXXX-WXX-4", false));
    // an event weeks before the stream's latest day is a follow-up's subject, not its day
    assertThat(inference.fromNews(List.of(THU.minusDays(20)), List.of(), THU)).isEmpty();
    // of news days apart, the current ones count
    assertThat(inference.fromNews(List.of(THU, THU.minusDays(1), THU.plusDays(5)), List.of(), THU.plusDays(5)))
        .map(InferredDate::date).contains(THU.plusDays(5));
    // "Thursday", but what it matched was on a Sunday
    assertThat(inference.fromNews(List.of(THU.plusDays(3)), thursday, THU.plusDays(3))).isEmpty();
    // no dated stream, no evidence
    assertThat(inference.fromNews(List.of(THU), List.of(), null)).isEmpty();
  }

  @Test
  void aStreamInDateOrderDatesAnArticleAtItsPresent() {
    StreamOrder order = StreamOrder.EMPTY;
    assertThat(inference.fromStream(order)).isEmpty();
    order = order.next(THU.minusDays(1));
    assertThat(inference.fromStream(order)).as("one dated article shows no order").isEmpty();
    order = order.next(THU).next(null).next(THU.minusDays(2)); // same-day feeds interleave
    assertThat(order.inDateOrder()).isTrue();
    Optional<InferredDate> d = inference.fromStream(order);
    assertThat(d).map(InferredDate::date).contains(THU);
    assertThat(d.get().source()).isEqualTo(InferredDate.Source.STREAM);
    assertThat(d.get().evidence()).startsWith(InferredDate.STREAM_EVIDENCE).contains("3 of 3 dated articles");
    assertThat(InferredDate.inferredWhileLinking(d.get().evidence())).isTrue();
  }

  @Test
  void aStreamOutOfDateOrderDatesNothing() {
    StreamOrder order = StreamOrder.EMPTY;
    for (int days : new int[] {40, 3, 90, 12, 60, 7}) {
      order = order.next(THU.minusDays(days));
    }
    assertThat(order.inDateOrder()).isFalse();
    assertThat(inference.fromStream(order)).isEmpty();
    InferredDate history = new InferredDate(THU.minusDays(300), "latest date in text", InferredDate.Source.TEXT);
    assertThat(inference.notBeforeStream(history, order, List.of())).isSameAs(history);
  }

  @Test
  void inAStreamInDateOrderNoEvidenceDatesAnArticleBeforeItsPresent() {
    StreamOrder order = StreamOrder.EMPTY.next(THU.minusDays(3)).next(THU.minusDays(1)).next(THU);
    InferredDate history = new InferredDate(LocalDate.of(2022, 2, 24), "latest date in text '24 February 2022'",
        InferredDate.Source.TEXT);
    InferredDate lifted = inference.notBeforeStream(history, order, List.of());
    assertThat(lifted.date()).isEqualTo(THU);
    assertThat(lifted.evidence()).contains("after 2022-02-24 (latest date in text '24 February 2022')");
    InferredDate later = new InferredDate(THU.plusDays(1), "latest date in text", InferredDate.Source.TEXT);
    assertThat(inference.notBeforeStream(later, order, List.of())).isSameAs(later);
    InferredDate dateline = new InferredDate(THU.minusDays(5), InferredDate.DATELINE_EVIDENCE + " 'x'",
        InferredDate.Source.DATELINE);
    assertThat(inference.notBeforeStream(dateline, order, List.of())).isSameAs(dateline);
  }

  @Test
  void aStampDaysAfterTheStreamBoundsTheDayItWasWrittenOn() {
    // THU is where the stream stands; the article was amended six days later
    StreamOrder order = StreamOrder.EMPTY.next(THU.minusDays(2)).next(THU);
    InferredDate stamp = new InferredDate(THU.plusDays(6), InferredDate.STAMP_EVIDENCE + " '1 April 2022'",
        InferredDate.Source.TEXT);
    InferredDate arrived = inference.notBeforeStream(stamp, order, List.of());
    assertThat(arrived.date()).isEqualTo(THU);
    assertThat(arrived.source()).isEqualTo(InferredDate.Source.STREAM);
    assertThat(arrived.evidence()).contains("before " + THU.plusDays(6) + " (modification stamp '1 April 2022')");
    // a weekday it names that falls once in the span is the day
    String text = "On Saturday he signed the deal.";
    InferredDate named = inference.notBeforeStream(stamp, order, List.of(date("Saturday", text, "XXXX-WXX-6", false)));
    assertThat(named.date()).isEqualTo(THU.plusDays(2));
    assertThat(named.evidence()).endsWith("the saturday it names");
    // one that falls twice in the span says nothing; a stamp within the stream's slack stands
    InferredDate weekLater = new InferredDate(THU.plusDays(7), InferredDate.STAMP_EVIDENCE + " 'x'",
        InferredDate.Source.TEXT);
    String both = "On Thursday he signed the deal.";
    InferredDate twice = inference.notBeforeStream(weekLater, order, List.of(date("Thursday", both, "XXXX-WXX-4", false)));
    assertThat(twice.date()).isEqualTo(THU);
    assertThat(twice.evidence()).doesNotContain("it names");
    InferredDate near = new InferredDate(THU.plusDays(2), InferredDate.STAMP_EVIDENCE + " 'x'", InferredDate.Source.TEXT);
    assertThat(inference.notBeforeStream(near, order, List.of())).isSameAs(near);
  }
}

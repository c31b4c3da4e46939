package org.annals.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.TimeExpression;
import org.annals.pipeline.ArticlePipeline;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {

  private static List<TimeExpression> times(String text, LocalDate date) {
    return ArticlePipeline.standard().extract(Article.of("t", text, date)).times();
  }

  private static TimeExpression find(List<TimeExpression> times, String text) {
    return times.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no time '" + text + "' in " + times));
  }

  @Test
  void relativeDaysResolveAgainstTheDocumentDateByTense() {
    // Monday 2 June 2025
    List<TimeExpression> ts = times("The two ministers on Sunday discussed plans for talks in Istanbul on Monday. "
        + "A delegation will travel to Geneva on Thursday.", LocalDate.of(2025, 6, 2));
    assertThat(find(ts, "Sunday").value()).isEqualTo("2025-06-01");
    assertThat(find(ts, "Monday").value()).isEqualTo("2025-06-02");
    assertThat(find(ts, "Thursday").value()).isEqualTo("2025-06-05");
    assertThat(ts).allMatch(TimeExpression::resolved);
  }

  @Test
  void withoutADocumentDateRelativeTimesStayUnresolved() {
    List<TimeExpression> ts = times("The ministers met on Thursday. The war began in February 2022.", null);
    TimeExpression thursday = find(ts, "Thursday");
    assertThat(thursday.resolved()).isFalse();
    assertThat(thursday.value()).doesNotMatch("\\d{4}-\\d{2}-\\d{2}");
    TimeExpression feb = find(ts, "February 2022");
    assertThat(feb.value()).isEqualTo("2022-02");
    assertThat(feb.resolved()).isTrue();
  }

  @Test
  void agesAreNotTimes() {
    List<TimeExpression> ts = times("A 22-year-old policewoman and a woman, 68 years old, were killed on Friday.",
        LocalDate.of(2025, 7, 11));
    assertThat(ts).extracting(TimeExpression::text).containsExactly("Friday");
  }

  @Test
  void namesThatLookLikeTimesAreDropped() {
    List<TimeExpression> ts = times("Czech Foreign Minister Jan Kavan spoke on ABC's \"This Week\" on Sunday. "
        + "Thousands joined the march. Iraq imports about three-quarters of its food.", LocalDate.of(1999, 3, 12));
    assertThat(ts).extracting(TimeExpression::text).containsExactly("Sunday");
  }

  @Test
  void clockTimesKeepTheLocalTimeWithoutTheZone() {
    List<TimeExpression> ts = times("The father will leave at 4 a.m. EDT Thursday, Castro said.", LocalDate.of(2000, 4, 5));
    assertThat(ts).anySatisfy(t -> assertThat(t.value()).isEqualTo("2000-04-06T04:00"));
  }

  @Test
  void wouldBeforeADayLooksForwardFromTheDayOfSaying() {
    // Wednesday 5 April 2000
    List<TimeExpression> ts = times("Officials said the father would be traveling to the United States Thursday.",
        LocalDate.of(2000, 4, 5));
    assertThat(find(ts, "Thursday").value()).isEqualTo("2000-04-06");
  }

  @Test
  void aUnitAfterAQuantityIsARate() {
    List<TimeExpression> ts = times("The plan should save the company $500 million a year in costs.",
        LocalDate.of(1989, 10, 26));
    assertThat(find(ts, "a year").type()).isEqualTo(org.annals.model.TimexType.SET);
  }
}

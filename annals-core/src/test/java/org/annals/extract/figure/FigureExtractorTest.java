package org.annals.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.junit.jupiter.api.Test;

/** Figures from sentences run through the real annotator (CoreNLP loads once per test JVM). */
class FigureExtractorTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Figure> figures(String text) {
    AnnotatedArticle doc = CoreNlpAnnotator.shared().annotate(Article.of("t", text, LocalDate.of(2024, 5, 6)));
    return EXTRACTOR.extract(doc);
  }

  @Test
  void casualtiesTakeTheirCategoryFromTheVerbAndKeepTheHedge() {
    List<Figure> f = figures("At least nine civilians were killed and 40 injured when missiles hit a shopping centre.");
    assertThat(f).extracting(Figure::text, Figure::value, Figure::qualifier, Figure::category).containsExactly(
        tuple("At least nine", 9.0, FigureQualifier.AT_LEAST, FigureCategory.KILLED),
        tuple("40", 40.0, FigureQualifier.EXACT, FigureCategory.INJURED));
  }

  @Test
  void activeCasualtyVerbBeforeTheCountDecides() {
    List<Figure> f = figures("The strike on the station killed 14 people and wounded more than 60 others.");
    assertThat(f).extracting(Figure::text, Figure::qualifier, Figure::category).containsExactly(
        tuple("14", FigureQualifier.EXACT, FigureCategory.KILLED),
        tuple("more than 60", FigureQualifier.MORE_THAN, FigureCategory.INJURED));
  }

  @Test
  void equipmentNounsBeatTheVerb() {
    List<Figure> f = figures("The air force said it shot down 48 of 54 Shahed drones and nearly 200 tanks were lost.");
    assertThat(f).extracting(Figure::text, Figure::qualifier, Figure::category).containsExactly(
        tuple("48", FigureQualifier.EXACT, FigureCategory.DRONES),
        tuple("54", FigureQualifier.EXACT, FigureCategory.DRONES),
        tuple("nearly 200", FigureQualifier.AT_MOST, FigureCategory.VEHICLES));
  }

  @Test
  void aCoordinatedPairIsCountedByItsFirstNoun() {
    List<Figure> f = figures("Moscow fired 97 missiles and drones at the capital while 12 Russian jets circled.");
    assertThat(f).extracting(Figure::value, Figure::category).containsExactly(
        tuple(97.0, FigureCategory.MISSILES), tuple(12.0, FigureCategory.AIRCRAFT));
  }

  @Test
  void moneyPercentAndDistanceCarryTheirUnitInTheSpan() {
    List<Figure> f = figures("Officials put the damage at $2.5 billion, or £3bn, a 12% rise, along a front of 64 km "
        + "(40 miles) where 1.2 million euros were spent.");
    assertThat(f).extracting(Figure::text, Figure::value, Figure::category).containsExactly(
        tuple("$2.5 billion", 2.5e9, FigureCategory.MONEY),
        tuple("£3bn", 3e9, FigureCategory.MONEY),
        tuple("12%", 12.0, FigureCategory.PERCENT),
        tuple("64 km", 64.0, FigureCategory.DISTANCE),
        tuple("1.2 million euros", 1.2e6, FigureCategory.MONEY));
  }

  @Test
  void vagueWordsAreConservativeLowerBounds() {
    List<Figure> f = figures("Dozens of soldiers were wounded, hundreds were missing and tens of thousands of "
        + "residents were evacuated, while more than a dozen people died.");
    assertThat(f).extracting(Figure::text, Figure::value, Figure::qualifier, Figure::category).containsExactly(
        tuple("Dozens", 12.0, FigureQualifier.AT_LEAST, FigureCategory.INJURED),
        tuple("hundreds", 100.0, FigureQualifier.AT_LEAST, FigureCategory.MISSING),
        tuple("tens of thousands", 10_000.0, FigureQualifier.AT_LEAST, FigureCategory.DISPLACED),
        tuple("more than a dozen", 12.0, FigureQualifier.MORE_THAN, FigureCategory.KILLED));
  }

  @Test
  void rangesKeepTheLowEnd() {
    List<Figure> f = figures("Between 10 and 15 soldiers were captured, and 20-30 vehicles burned.");
    assertThat(f).extracting(Figure::text, Figure::value, Figure::qualifier, Figure::category).containsExactly(
        tuple("Between 10 and 15", 10.0, FigureQualifier.RANGE, FigureCategory.CAPTURED),
        tuple("20-30", 20.0, FigureQualifier.RANGE, FigureCategory.VEHICLES));
  }

  @Test
  void framingNounsGiveALaterCountItsCategory() {
    assertThat(figures("The death toll in the region has risen to 31, the governor said."))
        .extracting(Figure::text, Figure::category).containsExactly(tuple("31", FigureCategory.KILLED));
  }

  @Test
  void datesAgesYearsDurationsAndLabelsAreNotFigures() {
    assertThat(figures("A 19-year-old student, who had lived there since 2019, died on 3 March, and the F-16 jets "
        + "promised under Article 5 will arrive in three weeks, two days after Nord Stream 2 talks.")).isEmpty();
  }

  @Test
  void peopleOnBoardAndOtherCountedNounsStayButBareNumbersGo() {
    List<Figure> f = figures("The ferry had 212 people on board and carried two cranes; one of them said 5.");
    assertThat(f).extracting(Figure::text, Figure::category).containsExactly(
        tuple("212", FigureCategory.PEOPLE), tuple("two", FigureCategory.OTHER));
  }

  @Test
  void spansPointIntoTheArticleText() {
    String text = "Reports said some 300 protesters were detained.";
    List<Figure> f = figures(text);
    assertThat(f).singleElement().satisfies(fig -> {
      assertThat(text.substring(fig.start(), fig.end())).isEqualTo("some 300");
      assertThat(fig.qualifier()).isEqualTo(FigureQualifier.ABOUT);
      assertThat(fig.category()).isEqualTo(FigureCategory.CAPTURED);
    });
  }
}

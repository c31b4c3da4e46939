package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.place.Gazetteer;
import org.annals.store.query.FigureReport;
import org.annals.store.query.FigureSeries;
import org.junit.jupiter.api.Test;

class AcledRulesTest {

  private static FigureReport report(double value, String text, String article, boolean aggregate) {
    return new FigureReport(value, "exact", text, article, "src-" + article, "2025-06-0" + article.length(), aggregate);
  }

  private static FigureSeries killed(FigureReport... reports) {
    List<FigureReport> history = List.of(reports);
    return new FigureSeries("killed", null, null, history.get(history.size() - 1), history, false);
  }

  @Test
  void fatalitiesAreTheLowestCredibleReport() {
    assertThat(StoreExport.fatalities(List.of(killed(report(7, "7 killed", "a", false),
        report(9, "the toll rose to 9", "bb", false))))).isEqualTo(7);
    // "dozens" is read as 12 where it is extracted; a later "about 30" does not raise it
    assertThat(StoreExport.fatalities(List.of(killed(report(12, "dozens were killed", "a", false),
        report(30, "about 30 dead", "bb", false))))).isEqualTo(12);
    // a ministry's monthly tally is no event's figure
    assertThat(StoreExport.fatalities(List.of(killed(report(300, "300 killed this month", "a", true),
        report(4, "4 killed", "bb", false))))).isEqualTo(4);
    assertThat(StoreExport.fatalities(List.of(killed(report(300, "300 killed this month", "a", true)))))
        .isZero();
    assertThat(StoreExport.fatalities(List.of(new FigureSeries("injured", null, null,
        report(5, "5 injured", "a", false), List.of(report(5, "5 injured", "a", false)), false)))).isZero();
  }

  @Test
  void actorTypesAndInteractionCodes() {
    AcledActors actors = new AcledActors(Gazetteer.builtIn());
    assertThat(actors.code("Russian forces", "ORGANIZATION")).isEqualTo(1);
    assertThat(actors.code("Russia", "LOCATION")).isEqualTo(1);
    assertThat(actors.code("Russian", "MISC")).isEqualTo(1);
    assertThat(actors.code("police", null)).isEqualTo(1);
    assertThat(actors.code("al-Shabaab militants", "ORGANIZATION")).isEqualTo(2);
    assertThat(actors.code("a local militia", null)).isEqualTo(3);
    assertThat(actors.code("ethnic Fulani militia", null)).isEqualTo(4);
    assertThat(actors.code("rioters", null)).isEqualTo(5);
    assertThat(actors.code("protesters", null)).isEqualTo(6);
    assertThat(actors.code("villagers", null)).isEqualTo(7);
    assertThat(actors.code("Nato", "ORGANIZATION")).isEqualTo(8);
    assertThat(actors.code("Volodymyr Zelensky", "PERSON")).isNull();
    assertThat(AcledActors.interaction(7, 1, true)).isEqualTo(17);
    assertThat(AcledActors.interaction(6, null, false)).isEqualTo(60);
    assertThat(AcledActors.interaction(1, null, true)).as("actor 2 of unknown type").isNull();
  }
}

package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRole;
import org.annals.model.PloverType;
import org.annals.store.query.FigureSeries;
import org.annals.store.query.TimelineEvent;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figure conflict rule, through a store: reports of one event's figure conflict only where
 * two articles give values no reading of their hedges reconciles, and only for the same category,
 * role and unit, aggregates left out.
 */
class FigureConflictTest {

  @TempDir
  Path dir;

  /** One figure as an article reports it. */
  record Report(int article, String text, double value, FigureQualifier qualifier, FigureCategory category,
      FigureRole role, String unit, boolean aggregate) {}

  private static Report killed(int article, String text, double value, FigureQualifier q) {
    return new Report(article, text, value, q, FigureCategory.KILLED, null, null, false);
  }

  private static Report drones(int article, String text, double value, FigureRole role) {
    return new Report(article, text, value, FigureQualifier.EXACT, FigureCategory.DRONES, role, null, false);
  }

  private static Report money(int article, String text, double value, String unit) {
    return new Report(article, text, value, FigureQualifier.EXACT, FigureCategory.MONEY, null, unit, false);
  }

  static Stream<Arguments> cases() {
    FigureQualifier exact = FigureQualifier.EXACT;
    return Stream.of(
        Arguments.of("7 and 9 from two articles", List.of(killed(1, "7", 7, exact), killed(2, "9", 9, exact)),
            true, 1),
        Arguments.of("at least 7 and 9 agree", List.of(killed(1, "at least 7", 7, FigureQualifier.AT_LEAST),
            killed(2, "9", 9, exact)), false, 1),
        Arguments.of("more than 100 and 80", List.of(killed(1, "more than 100", 100, FigureQualifier.MORE_THAN),
            killed(2, "80", 80, exact)), true, 1),
        Arguments.of("about 40 and 42 agree", List.of(killed(1, "about 40", 40, FigureQualifier.ABOUT),
            killed(2, "42", 42, exact)), false, 1),
        Arguments.of("one article's 7 and 9 never conflict", List.of(killed(1, "7", 7, exact),
            killed(1, "9", 9, exact)), false, 1),
        Arguments.of("one article's 7 and 9 with another's 7", List.of(killed(1, "7", 7, exact),
            killed(1, "9", 9, exact), killed(2, "seven", 7, exact)), true, 1),
        Arguments.of("launched, shot down and hit are three figures", List.of(
            drones(1, "415", 415, FigureRole.LAUNCHED), drones(2, "386", 386, FigureRole.INTERCEPTED),
            drones(2, "29", 29, FigureRole.HIT)), false, 3),
        Arguments.of("launched 415 and launched 400 conflict", List.of(drones(1, "415", 415, FigureRole.LAUNCHED),
            drones(2, "400", 400, FigureRole.LAUNCHED)), true, 1),
        Arguments.of("dollars and pounds are never compared", List.of(money(1, "$1.5bn", 1.5e9, "USD"),
            money(2, "£1bn", 1e9, "GBP")), false, 2),
        Arguments.of("an aggregate tally is no event's figure", List.of(killed(1, "9", 9, exact),
            new Report(2, "12,000", 12_000, exact, FigureCategory.KILLED, null, null, true)), false, 1));
  }

  /** Every case on every engine. */
  static Stream<Arguments> casesOnEachBackend() {
    return cases().flatMap(c -> Stream.of(Backend.values()).map(b -> {
      Object[] args = c.get();
      return Arguments.of(b, args[0], args[1], args[2], args[3]);
    }));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("casesOnEachBackend")
  void conflictsAreBetweenArticlesOnTheSameFigure(Backend backend, String name, List<Report> reports,
      boolean conflict, int figures) {
    try (AnnalsStore store = AnnalsStore.open(backend.newStore(dir, "c.db"))) {
      for (int article = 1; article <= 2; article++) {
        List<Report> own = new ArrayList<>();
        for (Report r : reports) {
          if (r.article() == article) {
            own.add(r);
          }
        }
        if (!own.isEmpty()) {
          store.put(article(article, own), null);
        }
      }
      TimelineEvent strike = store.queries().eventsByIds(List.of("V-strike")).get(0);
      assertThat(strike.figureConflict()).isEqualTo(conflict);
      assertThat(strike.figures()).hasSize(figures);
      assertThat(strike.figures().stream().anyMatch(FigureSeries::conflict)).isEqualTo(conflict);
    }
  }

  /** Article n (dated 2026-03-0n): "Report n: <figure texts>." with every figure on the event V-strike. */
  private static org.annals.link.LinkedArticle article(int n, List<Report> own) {
    StringBuilder text = new StringBuilder("Report " + n + " on the strike:");
    for (Report r : own) {
      text.append(' ').append(r.text()).append(',');
    }
    text.append(" officials said.");
    ArticleBuilder b = new ArticleBuilder(text.toString()).date("2026-03-0" + n).source("Outlet " + n);
    List<Integer> idx = new ArrayList<>();
    for (Report r : own) {
      b.figure(r.text(), r.value(), r.qualifier(), r.category(), r.role(), r.unit(), r.aggregate());
      idx.add(idx.size());
    }
    return b.event("ev1", "V-strike", PloverType.ASSAULT, "drone", "strike", List.of(), List.of(), null, null, idx)
        .build();
  }
}

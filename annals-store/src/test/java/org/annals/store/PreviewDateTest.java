package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annals.model.PloverType;
import org.annals.store.query.TimelineEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview that dates an event to a period still running ("this month") does not report it as happened. */
class PreviewDateTest {

  @TempDir
  Path dir;

  private static TimelineEvent summit(AnnalsStore store) {
    return store.queries().eventsByIds(List.of("V-summit")).get(0);
  }

  @Test
  void aPreviewDoesNotHoldBackTheDayLaterReportsGive() {
    try (AnnalsStore store = AnnalsStore.open(dir.resolve("p.db"))) {
      store.put(new ArticleBuilder("Nato's summit in Madrid this month is billed as its most important.")
          .date("2022-06-12").inputId("preview")
          .event("ev1", "V-summit", PloverType.CONSULT, null, "summit", List.of(), List.of(), null, "2022-06",
              List.of())
          .build(), null);
      // before, the first report (12 June) capped the day: no later day could be taken
      store.put(new ArticleBuilder("Nato leaders met at the summit in Madrid on Wednesday.")
          .date("2022-06-30").inputId("report")
          .event("ev1", "V-summit", PloverType.CONSULT, null, "summit", List.of(), List.of(), null, "2022-06-29",
              List.of())
          .build(), null);
      assertThat(summit(store).day()).isEqualTo("2022-06-29");
      assertThat(summit(store).dateSource()).isEqualTo("text");
    }
  }

  @Test
  void aDayAfterAnEarlierReportOfWhatHappenedIsStillNotTaken() {
    try (AnnalsStore store = AnnalsStore.open(dir.resolve("r.db"))) {
      store.put(new ArticleBuilder("Nato leaders met at the summit in Madrid in June.")
          .date("2022-06-12").inputId("early")
          .event("ev1", "V-summit", PloverType.CONSULT, null, "summit", List.of(), List.of(), null, "2022-06-02",
              List.of())
          .build(), null);
      store.put(new ArticleBuilder("Nato leaders met at the summit in Madrid on Wednesday.")
          .date("2022-06-30").inputId("late")
          .event("ev1", "V-summit", PloverType.CONSULT, null, "summit", List.of(), List.of(), null, "2022-06-29",
              List.of())
          .build(), null);
      assertThat(summit(store).day()).isEqualTo("2022-06-02");
    }
  }
}

package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.EventStatus;
import org.annals.store.query.EventFilter;
import org.annals.store.query.EventStatuses;
import org.annals.store.query.StoreQueries;
import org.annals.store.query.TimelineEvent;
import org.junit.jupiter.api.io.TempDir;

/** Timelines, event lists and counts keep what happened, dated as far as the reports know (Fixtures.datesAndStatuses). */
class EventStatusAndDateTest {

  private static final List<String> HAPPENED_IN_ORDER = List.of("V-pact", "V-bucha", "V-sumy", "V-kharkiv", "V-odesa",
      "V-mariupol", "V-crimea");

  @TempDir
  Path dir;

  private AnnalsStore store;

  private void fill(Backend backend) {
    store = AnnalsStore.open(backend.newStore(dir, "d.db"));
    store.put(Fixtures.datesAndStatuses(), null);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  @OnEachBackend
  void timelinesShowWhatHappenedByTheFirstDayItMayHaveHappenedUndatedLast(Backend backend) {
    fill(backend);
    StoreQueries q = store.queries();
    List<TimelineEvent> russia = q.entityTimeline("Russia", null, null, 100);
    assertThat(russia).extracting(TimelineEvent::eventId, TimelineEvent::day, TimelineEvent::datePrecision,
        TimelineEvent::dateSource, TimelineEvent::status).containsExactly(
            tuple("V-pact", "2021", "year", "text", "asserted"),
            tuple("V-bucha", "2022-03", "month", "text", "asserted"),
            tuple("V-sumy", "2022-W13", "week", "text", "asserted"),
            tuple("V-kharkiv", "2022-04-04", "day", "text", "asserted"),
            tuple("V-odesa", "2022-04-09", "day", "text", "claimed"),
            tuple("V-mariupol", "2022-04-10", "day", "report", "asserted"),
            tuple("V-crimea", null, null, null, "asserted"));
    assertThat(q.events(new EventFilter(null, null, null, null, null, 100))).extracting(TimelineEvent::eventId)
        .containsExactlyElementsOf(HAPPENED_IN_ORDER);
    assertThat(q.storyTimeline("s3", null, null, 100)).extracting(TimelineEvent::eventId)
        .containsExactlyElementsOf(HAPPENED_IN_ORDER);
    // the negated bombing of Kyiv is no event at Kyiv
    assertThat(q.placeTimeline("Kyiv", null, null, 100)).isEmpty();
    assertThat(q.events(new EventFilter("assault", null, null, null, null, 100))).extracting(TimelineEvent::eventId)
        .containsExactly("V-kharkiv", "V-odesa", "V-crimea");
  }

  @OnEachBackend
  void aDenialInAnotherSentenceLeavesAnAssertedEventAsserted(Backend backend) {
    fill(backend);
    TimelineEvent kharkiv = store.queries().eventsByIds(List.of("V-kharkiv")).get(0);
    assertThat(kharkiv.status()).isEqualTo("asserted");
    assertThat(kharkiv.mentionCount()).isEqualTo(2);
  }

  @OnEachBackend
  void otherStatusesOnlyWhenAskedFor(Backend backend) {
    fill(backend);
    StoreQueries all = store.queries().withStatuses(EventStatuses.ALL);
    assertThat(all.entityTimeline("Russia", null, null, 100)).extracting(TimelineEvent::eventId)
        .containsExactly("V-pact", "V-bucha", "V-sumy", "V-kharkiv", "V-odesa", "V-mariupol", "V-crimea", "V-kyiv",
            "V-lviv");
    assertThat(all.placeTimeline("Kyiv", null, null, 100)).extracting(TimelineEvent::eventId, TimelineEvent::status)
        .containsExactly(tuple("V-kyiv", "negated"));
    StoreQueries notHappened = store.queries().withStatuses(EventStatuses.parse("future, NEGATED"));
    assertThat(notHappened.events(new EventFilter(null, null, null, null, null, 100)))
        .extracting(TimelineEvent::eventId, TimelineEvent::status, TimelineEvent::day)
        .containsExactly(tuple("V-kyiv", "negated", null), tuple("V-lviv", "future", null));
    assertThat(store.queries().withStatuses(EventStatuses.parse("claimed")).storyTimeline("s3", null, null, 100))
        .extracting(TimelineEvent::eventId).containsExactly("V-odesa");
    // an event list limited to N keeps the first N of the kept statuses
    assertThat(store.queries().entityTimeline("Russia", null, null, 2)).extracting(TimelineEvent::eventId)
        .containsExactly("V-pact", "V-bucha");
  }

  @OnEachBackend
  void storyCountsCountWhatHappenedUnlessAskedOtherwise(Backend backend) {
    fill(backend);
    assertThat(store.queries().stories(10).get(0).eventCount()).isEqualTo(7);
    assertThat(store.queries().story("s3", 100).orElseThrow().summary().eventCount()).isEqualTo(7);
    assertThat(store.queries().withStatuses(EventStatuses.ALL).stories(10).get(0).eventCount()).isEqualTo(9);
  }

  @OnEachBackend
  void aDateRangeComparesTheFirstDayAnEventMayHaveHappened(Backend backend) {
    fill(backend);
    StoreQueries q = store.queries();
    LocalDate midMarch = LocalDate.parse("2022-03-15");
    LocalDate endOfMarch = LocalDate.parse("2022-03-31");
    // March (from 2022-03-01) is before the 15th; the week from Monday 2022-03-28 is not; undated is in no range
    assertThat(q.entityTimeline("Russia", midMarch, null, 100)).extracting(TimelineEvent::eventId)
        .containsExactly("V-sumy", "V-kharkiv", "V-odesa", "V-mariupol");
    assertThat(q.events(new EventFilter(null, midMarch, null, null, null, 100))).extracting(TimelineEvent::eventId)
        .containsExactly("V-sumy", "V-kharkiv", "V-odesa", "V-mariupol");
    assertThat(q.entityTimeline("Russia", null, endOfMarch, 100)).extracting(TimelineEvent::eventId)
        .containsExactly("V-pact", "V-bucha", "V-sumy");
    assertThat(q.storyTimeline("s3", LocalDate.parse("2022-03-01"), endOfMarch, 100))
        .extracting(TimelineEvent::eventId).containsExactly("V-bucha", "V-sumy");
  }

  @OnEachBackend
  void anUnknownTypeOrStatusIsRefusedWithTheKnownOnes(Backend backend) {
    fill(backend);
    assertThatThrownBy(() -> new EventFilter("BOMBING", null, null, null, null, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'BOMBING' is not a PLOVER type").hasMessageContaining("ASSAULT");
    assertThat(new EventFilter(" consult ", null, null, null, null, 10).type()).isEqualTo("CONSULT");
    assertThatThrownBy(() -> EventStatuses.parse("asserted,bombed")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bombed' is not a status").hasMessageContaining("hypothetical");
    assertThat(EventStatuses.parse(" Happened ")).isEqualTo(EventStatuses.HAPPENED);
    assertThat(EventStatuses.parse("asserted,claimed")).isEqualTo(EventStatuses.HAPPENED);
    assertThat(EventStatuses.parse("all").isAll()).isTrue();
    assertThat(EventStatuses.parse("denied").statuses()).containsExactly(EventStatus.DENIED);
  }
}

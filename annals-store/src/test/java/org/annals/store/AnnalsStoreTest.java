package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annals.link.LinkedArticle;
import org.annals.model.EntityType;
import org.annals.model.PloverType;
import org.junit.jupiter.api.io.TempDir;

class AnnalsStoreTest {

  @TempDir
  Path dir;

  @OnEachBackend
  void putIsIdempotentAndContainsFindsTheArticle(Backend backend) throws Exception {
    StoreLocation db = backend.newStore(dir, "a.db");
    LinkedArticle a = Fixtures.strikeFirstReport();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThat(store.contains(a.links().articleId())).isFalse();
      assertThat(store.put(a, new ArticleOrigin("reuters-1", "feeds/reuters.xml"))).isTrue();
      long mentions = count(store, "entity_mentions");
      assertThat(store.put(a, new ArticleOrigin("other-name", "elsewhere"))).isFalse();
      assertThat(store.contains(a.links().articleId())).isTrue();
      assertThat(store.articleCount()).isEqualTo(1);
      assertThat(count(store, "entity_mentions")).isEqualTo(mentions).isPositive();
    }
    // reopening finds it too, and the origin of the first put is kept
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThat(store.contains(a.links().articleId())).isTrue();
      assertThat(scalar(store, "SELECT origin FROM articles")).isEqualTo("feeds/reuters.xml");
    }
  }

  @OnEachBackend
  void replayGivesBackEveryArticleEqualAndInIngestOrder(Backend backend) {
    StoreLocation db = backend.newStore(dir, "r.db");
    List<LinkedArticle> in = List.of(Fixtures.strikeRevised(), Fixtures.phoneCall(), Fixtures.strikeFirstReport());
    List<LinkedArticle> out = new ArrayList<>();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      in.forEach(a -> store.put(a, null));
    }
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.replay(out::add);
    }
    assertThat(out).containsExactlyElementsOf(in);
  }

  @OnEachBackend
  void aLinkerSnapshotReplacesTheReplayCopiesOfTheArticlesItHolds(Backend backend) {
    StoreLocation db = backend.newStore(dir, "snap.db");
    byte[] first = {1, 2, 3};
    byte[] second = {4, 5};
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThat(store.linkerSnapshot()).isEmpty();
      store.put(Fixtures.strikeRevised(), null);
      store.put(Fixtures.phoneCall(), null);
      store.saveLinkerSnapshot(new AnnalsStore.LinkerState(1, first));
      assertThat(store.backlogSize()).isZero();
      store.put(Fixtures.strikeFirstReport(), null);
    }
    try (AnnalsStore store = AnnalsStore.open(db)) {
      assertThat(store.linkerSnapshot()).hasValueSatisfying(s -> {
        assertThat(s.format()).isEqualTo(1);
        assertThat(s.state()).isEqualTo(first);
      });
      List<LinkedArticle> after = new ArrayList<>();
      store.replay(after::add);
      assertThat(after).containsExactly(Fixtures.strikeFirstReport());
      assertThat(store.articleCount()).isEqualTo(3);
      store.saveLinkerSnapshot(new AnnalsStore.LinkerState(2, second));
      assertThat(store.backlogSize()).isZero();
      assertThat(store.linkerSnapshot()).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(second));
    }
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.saveLinkerSnapshot(new AnnalsStore.LinkerState(1, first)))
          .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
    }
  }

  @OnEachBackend
  void mentionsKeepSentenceCodePointOffsetsExtractorAndConfidence(Backend backend) throws Exception {
    StoreLocation db = backend.newStore(dir, "m.db");
    // an emoji (two UTF-16 units) before the mention shifts code-point offsets by one
    String text = "Alarm \uD83D\uDEA8 sounded. Zelensky spoke.";
    LinkedArticle a = new ArticleBuilder(text).date("2025-06-01")
        .entity("e1", EntityType.PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"), List.of(), "Zelensky")
        .place("e1", "Nowhere", 0.42)
        .build();
    int utf16 = text.indexOf("Zelensky");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(a, null);
      assertThat(scalar(store, "SELECT start_cp || ',' || end_cp || ',' || sentence || ',' || local_id || ',' "
          + "|| entity_id FROM entity_mentions"))
          .isEqualTo((utf16 - 1) + "," + (utf16 - 1 + 8) + ",1,e1,P-zel");
      assertThat(scalar(store, "SELECT confidence FROM places")).isEqualTo("0.42");
      String articleText = scalar(store, "SELECT text FROM articles");
      int start = Integer.parseInt(scalar(store, "SELECT start_cp FROM entity_mentions"));
      assertThat(articleText.substring(articleText.offsetByCodePoints(0, start)))
          .startsWith("Zelensky");
    }
  }

  @OnEachBackend
  void articleViewMarksEveryKindOfFactInTextOrderWithItsRecord(Backend backend) {
    StoreLocation db = backend.newStore(dir, "v.db");
    LinkedArticle a = Fixtures.strikeFirstReport();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(a, null);
      var view = store.queries().article(a.links().articleId()).orElseThrow();
      String text = view.text();
      assertThat(view.marks()).extracting(m -> m.kind() + ":" + text.substring(m.start(), m.end()) + ":"
              + m.label() + ":" + m.ref() + ":" + m.detail())
          .containsSubsequence(
              "event:struck:ASSAULT:V-strike:asserted",
              "entity:Kyiv:LOCATION:L-kyiv:null",
              "time:Sunday:DATE:null:2025-06-01",
              "figure:7:killed:null:7")
          .contains("quote:Russia wants war:Volodymyr Zelensky:P-zel:null");
      assertThat(view.marks()).isSortedAccordingTo(java.util.Comparator.comparingInt(
          org.annals.store.query.ArticleView.Mark::start));
      assertThat(store.queries().article("no-such-article")).isEmpty();
    }
  }

  @OnEachBackend
  void coOccurrenceOfAnEntityInVeryManyArticlesIsCountedOverAFixedSample(Backend backend) {
    StoreLocation db = backend.newStore(dir, "co.db");
    int n = org.annals.store.query.StoreQueries.CO_OCCURRENCE_SAMPLE + 20;
    try (AnnalsStore store = AnnalsStore.open(db)) {
      for (int i = 0; i < n; i++) {
        String other = i % 2 == 0 ? "Orvel" : "Tamsk";
        store.put(new ArticleBuilder("Report " + i + ": Kyiv and " + other + " again.").date("2025-06-01")
            .entity("e1", EntityType.LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
            .entity("e2", EntityType.LOCATION, other, "L-" + other, List.of(), List.of(), other).build(), null);
      }
      var kyiv = store.queries().entity("Kyiv").get(0);
      assertThat(kyiv.articleCount()).isEqualTo(n);
      assertThat(kyiv.relatedOver()).isEqualTo(org.annals.store.query.StoreQueries.CO_OCCURRENCE_SAMPLE);
      assertThat(kyiv.related()).extracting(r -> r.entityId()).containsExactlyInAnyOrder("L-Orvel", "L-Tamsk");
      assertThat(kyiv.related().stream().mapToLong(r -> r.articles()).sum())
          .isEqualTo(org.annals.store.query.StoreQueries.CO_OCCURRENCE_SAMPLE);
      // an entity below the bound is counted over all its articles
      var orvel = store.queries().entity("Orvel").get(0);
      assertThat(orvel.relatedOver()).isEqualTo(orvel.articleCount());
      assertThat(orvel.related().get(0).articles()).isEqualTo(orvel.articleCount());
    }
  }

  @OnEachBackend
  void aWordInMoreTextsThanTheRankWindowIsRankedAmongItsNewestUses(Backend backend) {
    StoreLocation db = backend.newStore(dir, "w.db");
    int n = org.annals.store.query.StoreQueries.SEARCH_RANK_WINDOW + 10;
    try (AnnalsStore store = AnnalsStore.open(db)) {
      // the first article says "shelling" most, so ranks best when every match is ranked
      store.put(new ArticleBuilder("Shelling, shelling, shelling in Orvel.").date("2025-06-01").build(), null);
      for (int i = 0; i < n; i++) {
        store.put(new ArticleBuilder("Report " + i + " of shelling, and some other words besides it.")
            .date("2025-06-02").build(), null);
      }
      var hits = store.queries().search("shelling", 5);
      assertThat(hits).hasSize(5).noneMatch(h -> h.snippet().contains("Orvel"));
      // a rarer word is ranked over all its matches
      assertThat(store.queries().search("Orvel shelling", 5)).singleElement()
          .satisfies(h -> assertThat(h.snippet()).contains("Orvel"));
    }
  }

  @OnEachBackend
  void entitiesAccumulateAliasesAndTitlesAcrossArticles(Backend backend) throws Exception {
    StoreLocation db = backend.newStore(dir, "e.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.strikeFirstReport(), null);
      store.put(Fixtures.strikeRevised(), null);
      store.put(Fixtures.phoneCall(), null);
      assertThat(count(store, "entities WHERE id = 'P-zel'")).isEqualTo(1);
      var profiles = store.queries().entity("zelenskiy");
      assertThat(profiles).hasSize(1);
      var zel = profiles.get(0);
      assertThat(zel.id()).isEqualTo("P-zel");
      assertThat(zel.name()).isEqualTo("Volodymyr Zelensky");
      assertThat(zel.aliases()).containsExactlyInAnyOrder("Zelensky", "Zelenskiy");
      assertThat(zel.titles()).containsExactly("Ukrainian President");
      assertThat(zel.articleCount()).isEqualTo(3);
      assertThat(zel.mentionCount()).isEqualTo(2 + 1 + 1);
      assertThat(zel.firstSeen()).isEqualTo("2025-05-20");
      assertThat(zel.lastSeen()).isEqualTo("2025-06-04");
      assertThat(zel.related().get(0).entityId()).isIn("L-kyiv", "O-rus");
      assertThat(zel.related().get(0).articles()).isEqualTo(2);
      assertThat(zel.related()).extracting(r -> r.entityId()).contains("P-rubio");
      assertThat(zel.relatedOver()).isEqualTo(3);
      // a surname alone finds the person whose full name ends with it; a first name does not
      store.put(new ArticleBuilder("Anton Veres said the talks would go on.").date("2025-06-05")
          .entity("e1", EntityType.PERSON, "Anton Veres", "P-veres", List.of(), List.of(), "Anton Veres").build(), null);
      assertThat(store.queries().entityIds("veres")).containsExactly("P-veres");
      assertThat(store.queries().entityIds("VOLODYMYR ZELENSKY")).containsExactly("P-zel");
      assertThat(store.queries().entityIds("Anton")).isEmpty();
      // LIKE wildcards in a name are literal: no name ends in "%" or "_"
      for (String wild : List.of("%", "_", "%%", "%e%", "\\", "s_")) {
        assertThat(store.queries().entityIds(wild)).as(wild).isEmpty();
        assertThat(store.queries().quotes(wild, 10)).as(wild).isEmpty();
      }
      assertThat(store.queries().entityIds("the Ukrainian president")).containsExactly("P-zel");
      assertThat(store.queries().entityIds("Spanish President")).isEmpty();
    }
  }

  @OnEachBackend
  void sameEventFromTwoOutletsIsOneEventWithFigureHistoryAndConflict(Backend backend) {
    StoreLocation db = backend.newStore(dir, "v.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.strikeRevised(), null); // ingested first, but published later
      store.put(Fixtures.strikeFirstReport(), null);
      var events = store.queries().entityTimeline("KYIV", null, null, 100);
      assertThat(events).hasSize(1);
      var strike = events.get(0);
      assertThat(strike.eventId()).isEqualTo("V-strike");
      assertThat(strike.type()).isEqualTo("ASSAULT");
      assertThat(strike.mode()).isEqualTo("drone");
      assertThat(strike.day()).isEqualTo("2025-06-01");
      assertThat(strike.place()).isEqualTo("Kyiv");
      assertThat(strike.sourceCount()).isEqualTo(2);
      assertThat(strike.mentionCount()).isEqualTo(2);
      assertThat(strike.actors()).extracting(p -> p.entityId()).containsExactly("O-rus");
      assertThat(strike.figureConflict()).isTrue();
      var killed = strike.figures().get(0);
      assertThat(killed.category()).isEqualTo("killed");
      assertThat(killed.conflict()).isTrue();
      assertThat(killed.latest().value()).isEqualTo(9.0);
      assertThat(killed.latest().source()).isEqualTo("AP");
      assertThat(killed.history()).extracting(r -> r.value()).containsExactly(7.0, 9.0);
      assertThat(killed.history()).extracting(r -> r.date()).containsExactly("2025-06-03", "2025-06-04");
    }
  }

  @OnEachBackend
  void sourceCountCountsOutletsNotArticles(Backend backend) {
    StoreLocation db = backend.newStore(dir, "s.db");
    LinkedArticle second = new ArticleBuilder("Another Reuters piece: drones struck Kyiv again, killing 7.")
        .date("2025-06-05").source("Reuters")
        .entity("e2", EntityType.LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .figure("7", 7, org.annals.model.FigureCategory.KILLED)
        .event("ev1", "V-strike", PloverType.ASSAULT, "drone", "struck", List.of(), List.of(), "e2:Kyiv",
            "2025-06-01", List.of(0))
        .build();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.strikeFirstReport(), null);
      store.put(second, null);
      var strike = store.queries().entityTimeline("Kyiv", null, null, 10).get(0);
      assertThat(strike.mentionCount()).isEqualTo(2);
      assertThat(strike.sourceCount()).isEqualTo(1);
      assertThat(strike.figureConflict()).isFalse();
    }
  }

  @OnEachBackend
  void timelineIsOrderedByWhenEventsHappenedAndFiltersByDate(Backend backend) {
    StoreLocation db = backend.newStore(dir, "t.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.strikeFirstReport(), null);
      store.put(Fixtures.phoneCall(), null);
      // Zelensky: actor of the call; the strike involves him only as speaker, so it is not his event
      assertThat(store.queries().entityTimeline("zelensky", null, null, 10))
          .extracting(e -> e.eventId()).containsExactly("V-call");
      var q = store.queries();
      var both = q.events(new org.annals.store.query.EventFilter(null, null, null, null, null, 10));
      assertThat(both).extracting(e -> e.day()).containsExactly("2025-05-19", "2025-06-01");
      var june = q.events(new org.annals.store.query.EventFilter(null, java.time.LocalDate.parse("2025-06-01"),
          java.time.LocalDate.parse("2025-06-30"), null, null, 10));
      assertThat(june).extracting(e -> e.eventId()).containsExactly("V-strike");
      assertThat(q.events(new org.annals.store.query.EventFilter("assault", null, null, "kyiv", "Moscow", 10)))
          .extracting(e -> e.eventId()).containsExactly("V-strike");
      assertThat(q.events(new org.annals.store.query.EventFilter("CONSULT", null, null, null, "Nobody", 10)))
          .isEmpty();
      assertThat(q.placeTimeline("Kyiv", null, null, 10)).extracting(e -> e.eventId()).containsExactly("V-strike");
      var call = q.entityTimeline("Rubio", null, null, 10).get(0);
      assertThat(call.recipients()).extracting(p -> p.name()).containsExactly("Marco Rubio");
      assertThat(call.actors()).extracting(p -> p.name()).containsExactly("Volodymyr Zelensky");
    }
  }

  @OnEachBackend
  void aPartyOneReportNamesAsTheActorIsNotAlsoTheRecordsRecipient(Backend backend) {
    StoreLocation db = backend.newStore(dir, "roles.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.phoneCall(), null);
      // the same call told from the other side: Rubio called Zelensky
      String text = "Marco Rubio phoned Zelensky on Monday about a ceasefire.";
      store.put(new ArticleBuilder(text).date("2025-05-20").source("AP").inputId("ap-0").story("s2", "Talks")
          .entity("e1", EntityType.PERSON, "Volodymyr Zelensky", "P-zel", List.of("Zelensky"), List.of(), "Zelensky")
          .entity("e2", EntityType.PERSON, "Marco Rubio", "P-rubio", List.of("Rubio"), List.of(), "Marco Rubio")
          .event("ev1", "V-call", PloverType.CONSULT, "phone", "phoned", List.of("e2:Marco Rubio"),
              List.of("e1:Zelensky"), null, "2025-05-19", List.of())
          .build(), null);
      var call = store.queries().entityTimeline("Rubio", null, null, 10).get(0);
      assertThat(call.actors()).extracting(p -> p.name()).containsExactlyInAnyOrder("Volodymyr Zelensky", "Marco Rubio");
      assertThat(call.recipients()).isEmpty();
    }
  }

  @OnEachBackend
  void undatedEventsComeLastAndAreLeftOutOfADateRange(Backend backend) {
    StoreLocation db = backend.newStore(dir, "u.db");
    LinkedArticle undated = new ArticleBuilder("Kyiv was shelled, officials said.")
        .entity("e1", EntityType.LOCATION, "Kyiv", "L-kyiv", List.of(), List.of(), "Kyiv")
        .event("ev1", "V-undated", PloverType.ASSAULT, null, "shelled", List.of(), List.of(), "e1:Kyiv", null,
            List.of())
        .build();
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(undated, null);
      store.put(Fixtures.strikeFirstReport(), null);
      var q = store.queries();
      assertThat(q.entityTimeline("Kyiv", null, null, 10)).extracting(e -> e.eventId())
          .containsExactly("V-strike", "V-undated");
      assertThat(q.entityTimeline("Kyiv", null, null, 10).get(1).day()).isNull();
      assertThat(q.entityTimeline("Kyiv", java.time.LocalDate.parse("2025-01-01"), null, 10))
          .extracting(e -> e.eventId()).containsExactly("V-strike");
      assertThat(q.placeTimeline("kyiv", null, null, 1)).extracting(e -> e.eventId()).containsExactly("V-strike");
    }
  }

  @OnEachBackend
  void storiesQuotesAndSearch(Backend backend) {
    StoreLocation db = backend.newStore(dir, "q.db");
    try (AnnalsStore store = AnnalsStore.open(db)) {
      store.put(Fixtures.strikeFirstReport(), null);
      store.put(Fixtures.strikeRevised(), null);
      store.put(Fixtures.phoneCall(), null);
      var q = store.queries();
      var stories = q.stories(10);
      assertThat(stories).extracting(s -> s.id()).containsExactly("s1", "s2");
      assertThat(stories.get(0).label()).isEqualTo("Kyiv strikes"); // the latest label
      assertThat(stories.get(0).articleCount()).isEqualTo(2);
      assertThat(stories.get(0).eventCount()).isEqualTo(1);
      var s1 = q.story("s1", 10).orElseThrow();
      assertThat(s1.articles()).extracting(a -> a.date()).containsExactly("2025-06-03", "2025-06-04");
      assertThat(s1.events()).extracting(e -> e.eventId()).containsExactly("V-strike");
      assertThat(q.story("nope", 10)).isEmpty();
      assertThat(q.storyTimeline("s2", null, null, 10)).extracting(e -> e.eventId()).containsExactly("V-call");

      var quotes = q.quotes("ZELENSKIY", 10);
      assertThat(quotes).hasSize(1);
      assertThat(quotes.get(0).text()).isEqualTo("Russia wants war");
      assertThat(quotes.get(0).speaker()).isEqualTo("Volodymyr Zelensky");
      assertThat(quotes.get(0).date()).isEqualTo("2025-06-03");
      assertThat(quotes.get(0).sentence()).isEqualTo(1);

      var hits = q.search("death toll", 10);
      assertThat(hits).hasSize(1);
      assertThat(hits.get(0).articleId()).isEqualTo(Fixtures.strikeRevised().links().articleId());
      assertThat(hits.get(0).snippet()).contains("[death]").contains("[toll]");
      assertThat(q.search("wants war", 10)).extracting(h -> h.kind()).contains("quote", "article");
      assertThat(q.search("\"unbalanced AND (", 10)).isEmpty(); // user syntax never breaks the query
      // bounded: a long query is refused at once, saying why
      String many = "war ".repeat(33);
      assertThatThrownBy(() -> q.search(many, 10)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("33 words; at most 32");
      String huge = "x".repeat(100_000);
      assertThatThrownBy(() -> q.search(huge, 10)).hasMessageContaining("100000 characters");
      assertThat(q.search("war ".repeat(32), 10)).isNotNull();
      assertThat(q.search("Drones hit", 10)).extracting(h -> h.title()).contains("Drones hit Kyiv");
    }
  }

  static long count(AnnalsStore store, String table) throws SQLException {
    return Long.parseLong(scalar(store, "SELECT count(*) FROM " + table));
  }

  static String scalar(AnnalsStore store, String sql) throws SQLException {
    try (Connection c = store.location().dialect().connect(true);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}

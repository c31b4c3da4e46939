package org.annals.link.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.link.ArticleIds;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.PloverType;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

class EventLinkerTest {

  private static final LinkedEntity RUSSIA = new LinkedEntity("g-russia", EntityType.LOCATION, "Russia", List.of(), List.of());
  private static final LinkedEntity KYIV = new LinkedEntity("g-kyiv", EntityType.LOCATION, "Kyiv", List.of(), List.of());
  private static final LinkedEntity PARIS = new LinkedEntity("g-paris", EntityType.LOCATION, "Paris", List.of(), List.of());

  /** An article "<actor> <trigger> <target> ..." with one event whose actor is e1 and target e2. */
  private static Extraction article(String id, String text, String trigger, PloverType type, String date) {
    Article a = Article.of(id, text, LocalDate.parse("2025-06-02"));
    int t = text.indexOf(trigger);
    int r = text.indexOf("Russia");
    String targetName = text.contains("Kyiv") ? "Kyiv" : "Paris";
    int k = text.indexOf(targetName);
    Event e = new Event("ev1", type, null, null, EventStatus.ASSERTED, new Mention(t, t + trigger.length(), trigger),
        List.of(new EntityRef("e1", r, r + 6, "Russia")), List.of(new EntityRef("e2", k, k + targetName.length(), targetName)),
        null, new EventDate(date, 0, 0, ""), List.of(), new Span(0, text.length()));
    return new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e));
  }

  private static final String T1 = "Russia struck Kyiv overnight with drones and missiles, officials in Kyiv said.";
  private static final String T2 = "Russia attacked Kyiv overnight, launching drones and missiles at the capital Kyiv.";
  private static final String T3 = "Russia's drones and missiles hit Kyiv overnight again, the city's officials said.";

  @Test
  void reportsOfOneStrikeBecomeOneEventAndAnotherTargetDoesNot() {
    EventLinker linker = new EventLinker();
    Map<String, String> first = linker.link("a1", article("a1", T1, "struck", PloverType.ASSAULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", KYIV), LocalDate.parse("2025-06-02"));
    Map<String, String> second = linker.link("a2", article("a2", T2, "attacked", PloverType.ASSAULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", KYIV), LocalDate.parse("2025-06-02"));
    Map<String, String> meeting = linker.link("a3",
        article("a3", "Russia met Paris envoys overnight about drones and missiles in Kyiv.", "met", PloverType.CONSULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", PARIS), LocalDate.parse("2025-06-02"));
    assertThat(first).containsEntry("ev1", ArticleIds.derived("v", "a1/ev1"));
    assertThat(second).containsEntry("ev1", first.get("ev1"));
    assertThat(meeting.get("ev1")).isNotEqualTo(first.get("ev1"));
  }

  @Test
  void afterARestartStoredArticlesAreReplayedAndLinkingContinues() {
    EventLinker before = new EventLinker();
    Extraction x1 = article("a1", T1, "struck", PloverType.ASSAULT, "2025-06-01");
    Map<String, LinkedEntity> ents = Map.of("e1", RUSSIA, "e2", KYIV);
    Map<String, String> links1 = before.link("a1", x1, ents, LocalDate.parse("2025-06-02"));
    Extraction x3 = article("a3", T3, "hit", PloverType.ASSAULT, "2025-06-01");
    Map<String, String> unbroken = before.link("a3", x3, ents, LocalDate.parse("2025-06-02"));

    EventLinker after = new EventLinker();
    after.observe(new LinkedArticle(x1, List.of(new Span(0, T1.length())),
        new ArticleLinks("a1", LocalDate.parse("2025-06-02"), DateSource.INPUT, null, "s1", "strikes", ents, links1)));
    assertThat(after.link("a3", x3, ents, LocalDate.parse("2025-06-02"))).isEqualTo(unbroken);
    assertThat(unbroken.get("ev1")).isEqualTo(links1.get("ev1"));
  }

  @Test
  void triggerLemmasDropCommonInflections() {
    assertThat(EventLinker.triggerLemma("Struck")).isEqualTo("struck");
    assertThat(EventLinker.triggerLemma("attacked")).isEqualTo("attack");
    assertThat(EventLinker.triggerLemma("drone strikes")).isEqualTo("strike");
    assertThat(EventLinker.triggerLemma("casualties")).isEqualTo("casualty");
  }
}

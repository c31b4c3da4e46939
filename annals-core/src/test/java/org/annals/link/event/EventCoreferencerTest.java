package org.annals.link.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCoreferencerTest {

  private static final EventCoreferencer.Settings SETTINGS = new EventCoreferencer.Settings(0.2, 0.5, 0.6, 3, 0.2, 0.1, 0.0, 3, 0.4, 0.0, 1.0, false);

  private static EventLemmaPairs pairs() {
    Map<String, int[]> m = new HashMap<>();
    m.put("die\tkill", new int[] {8, 10});   // "killed" and "died" mostly one event
    m.put("say\tsay", new int[] {1, 50});    // reporters' "said" rarely one event
    return new EventLemmaPairs(m);
  }

  private static CorefMention m(String id, String lemma, Set<String> args, String time) {
    return new CorefMention(id, lemma, null, args, null, time, 0, Set.of());
  }

  private static EventDocument doc(String id, String words, CorefMention... mentions) {
    Map<String, Integer> terms = new HashMap<>();
    for (String w : words.split(" ")) {
      terms.merge(w, 1, Integer::sum);
    }
    return new EventDocument(id, LocalDate.of(2020, 1, 1), terms, List.of(mentions));
  }

  @Test
  void reportsOfOneHappeningShareEventsAndOtherHappeningsDoNot() {
    EventCoreferencer c = new EventCoreferencer(SETTINGS, pairs());
    List<String> a = c.add(doc("a", "earthquake chile santiago magnitude",
        m("a#1", "earthquake", Set.of("chile"), null), m("a#2", "kill", Set.of(), null), m("a#3", "say", Set.of(), null)));
    List<String> b = c.add(doc("b", "earthquake chile santiago tsunami",
        m("b#1", "earthquake", Set.of("chile"), null), m("b#2", "die", Set.of(), null), m("b#3", "say", Set.of(), null)));
    List<String> other = c.add(doc("c", "election vote parliament ballot",
        m("c#1", "kill", Set.of(), null)));
    assertThat(a).containsExactly("a#1", "a#2", "a#3");
    assertThat(b).containsExactly("a#1", "a#2", "b#3"); // "say" stays apart: its pairs rarely corefer
    assertThat(other).containsExactly("c#1");            // another happening: another group
    assertThat(c.groups()).isEqualTo(2);
  }

  @Test
  void withinOneArticleRepeatedTriggersJoin() {
    EventCoreferencer c = new EventCoreferencer(SETTINGS, pairs());
    List<String> ids = c.add(doc("a", "fire factory",
        m("a#1", "fire", Set.of(), null), m("a#2", "blaze", Set.of(), null), m("a#3", "fire", Set.of(), null)));
    assertThat(ids).containsExactly("a#1", "a#2", "a#1");
  }

  @Test
  void typesDatesAndParticipantsKeepDifferentEventsApart() {
    EventCoreferencer c = new EventCoreferencer(SETTINGS, pairs());
    c.add(doc("a", "strike kyiv drone",
        new CorefMention("a#1", "strike", "ASSAULT", Set.of("russia"), null, "2025-06-01", 0, Set.of())));
    List<String> later = c.add(doc("b", "strike kyiv drone",
        new CorefMention("b#1", "strike", "ASSAULT", Set.of("russia"), null, "2025-06-20", 0, Set.of()),
        new CorefMention("b#2", "strike", "PROTEST", Set.of("russia"), null, "2025-06-01", 0, Set.of()),
        new CorefMention("b#3", "strike", "ASSAULT", Set.of("russia"), null, "2025-06-02", 0, Set.of())));
    assertThat(later).containsExactly("b#1", "b#2", "a#1");
  }

  @Test
  void replayingStoredLinksGivesTheSameIdsAsOneUnbrokenRun() {
    EventDocument d1 = doc("a", "flood river town", m("a#1", "flood", Set.of("elbe"), null));
    EventDocument d2 = doc("b", "flood river town rain", m("b#1", "flood", Set.of("elbe"), null));
    EventDocument d3 = doc("c", "flood river town dam", m("c#1", "flood", Set.of("elbe"), null), m("c#2", "evacuate", Set.of(), null));
    EventCoreferencer unbroken = new EventCoreferencer(SETTINGS, pairs());
    List<String> i1 = unbroken.add(d1);
    List<String> i2 = unbroken.add(d2);
    List<String> i3 = unbroken.add(d3);
    EventCoreferencer restarted = new EventCoreferencer(SETTINGS, pairs());
    restarted.observe(d1, i1);
    restarted.observe(d2, i2);
    assertThat(restarted.add(d3)).isEqualTo(i3).containsExactly("a#1", "c#2");
  }

  @Test
  void lemmasOfOneStemCountAsRelatedOnlyWhenTheSettingsSaySo() {
    assertThat(org.annals.extract.event.Lemmas.sameStem("shoot", "shooting")).isTrue();
    assertThat(org.annals.extract.event.Lemmas.sameStem("injure", "injury")).isTrue();
    assertThat(org.annals.extract.event.Lemmas.sameStem("die", "death")).isFalse();
    assertThat(org.annals.extract.event.Lemmas.sameStem("attack", "attend")).isFalse();
    EventCoreferencer.Settings related = new EventCoreferencer.Settings(0.2, 0.4, 0.6, 3, 0.0, 0.0, 0.0, 3, 0.4, 0.45, 1.0, false);
    EventCoreferencer c = new EventCoreferencer(related, pairs());
    assertThat(c.add(doc("a", "gunman school", m("a#1", "shoot", Set.of(), null), m("a#2", "shooting", Set.of(), null))))
        .containsExactly("a#1", "a#1");
    EventCoreferencer strict = new EventCoreferencer(SETTINGS, pairs());
    assertThat(strict.add(doc("a", "gunman school", m("a#1", "shoot", Set.of(), null), m("a#2", "shooting", Set.of(), null))))
        .containsExactly("a#1", "a#2");
  }
}

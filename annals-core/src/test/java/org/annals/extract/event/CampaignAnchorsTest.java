package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.MentionKind;
import org.junit.jupiter.api.Test;

/** A day used as a time anchor with no event of its own, in an article about a war, names the war's start. */
class CampaignAnchorsTest {

  private static final String WAR = "Valdoria/NNP/LOCATION invaded/VBD/invade Kostrana/NNP/LOCATION ./.";

  private static List<String> anchorsOfTheWar(TaggedDoc doc) {
    List<Event> events = Extract.events(doc);
    Event war = events.stream().filter(e -> e.trigger().text().equals("invaded")).findFirst().orElseThrow();
    return war.mentions().stream().filter(m -> m.kind() == MentionKind.REFERENCE && "anchor".equals(m.lemma()))
        .map(EventMention::trigger).map(t -> t.text()).toList();
  }

  @Test
  void aDayAnchoringNoEventOfItsOwnIsTheWarsStart() {
    TaggedDoc doc = TaggedDoc.dated("2022-04-30").sentences(WAR,
        "Prices/NNS/price have/VBP/have doubled/VBN/double since/IN 24/CD February/NNP ./.")
        .time("24 February", "2022-02-24");
    assertThat(anchorsOfTheWar(doc)).as(Extract.describe(Extract.events(doc))).containsExactly("24 February");
    Event war = Extract.events(doc).stream().filter(e -> e.trigger().text().equals("invaded")).findFirst().orElseThrow();
    assertThat(war.date().value()).isEqualTo("2022-02-24");
  }

  @Test
  void notADayOfTheReportsWeeksNorWithoutAnAnchorWord() {
    TaggedDoc recent = TaggedDoc.dated("2022-04-30").sentences(WAR,
        "Prices/NNS/price have/VBP/have doubled/VBN/double since/IN 24/CD April/NNP ./.")
        .time("24 April", "2022-04-24");
    assertThat(anchorsOfTheWar(recent)).isEmpty();
    TaggedDoc plain = TaggedDoc.dated("2022-04-30").sentences(WAR,
        "Prices/NNS/price doubled/VBD/double on/IN 24/CD February/NNP ./.")
        .time("24 February", "2022-02-24");
    assertThat(anchorsOfTheWar(plain)).isEmpty();
  }

  @Test
  void notTheStartOfAWarDatedLongBefore() {
    TaggedDoc doc = TaggedDoc.dated("2022-04-30").sentences(
        "Valdoria/NNP/LOCATION invaded/VBD/invade Kostrana/NNP/LOCATION in/IN 1941/CD ./.",
        "Prices/NNS/price have/VBP/have doubled/VBN/double since/IN 24/CD February/NNP ./.")
        .time("1941", "1941").time("24 February", "2022-02-24");
    assertThat(anchorsOfTheWar(doc)).isEmpty();
  }
}

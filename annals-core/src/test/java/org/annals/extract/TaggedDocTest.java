package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.junit.jupiter.api.Test;

class TaggedDocTest {

  private final TaggedDoc doc = TaggedDoc.dated("2026-03-09").id("t1").sentences(
      "Valdorian/JJ//NORP drones/NNS/drone struck/VBD/strike Kyiv/NNP/LOCATION on/IN Sunday/NNP ,/,"
          + " Mayor/NNP Anna/NNP/PERSON Holt/NNP/PERSON said/VBD/say ./.",
      "The/DT attack/NN on/IN Kyiv/NNP/LOCATION was/VBD/be the/DT third/JJ ./.")
      .time("on Sunday", "2026-03-08");

  @Test
  void theTextJoinsWordsWithoutSpacesBeforePunctuationAndOffsetsPointIntoIt() {
    AnnotatedArticle a = doc.article();
    assertThat(a.text()).isEqualTo(
        "Valdorian drones struck Kyiv on Sunday, Mayor Anna Holt said. The attack on Kyiv was the third.");
    assertThat(a.article().id()).isEqualTo("t1");
    assertThat(a.article().date()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(1).index()).isEqualTo(1);
    assertThat(a.text(a.sentences().get(1).span())).isEqualTo("The attack on Kyiv was the third.");
    for (var s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(a.text().substring(t.start(), t.end())).isEqualTo(t.word());
      }
    }
    assertThat(a.sentences().get(1).tokens().get(0).index()).isEqualTo(a.sentences().get(0).tokens().size());
  }

  @Test
  void lemmasDefaultToTheLowerCasedWordAndTagsFollowTheLemma() {
    Token drones = doc.article().sentences().get(0).tokens().get(1);
    Token kyiv = doc.article().sentences().get(0).tokens().get(3);
    Token the = doc.article().sentences().get(1).tokens().get(0);
    assertThat(drones.lemma()).isEqualTo("drone");
    assertThat(kyiv.lemma()).isEqualTo("kyiv");
    assertThat(kyiv.ner()).isEqualTo("LOCATION");
    assertThat(the.lemma()).isEqualTo("the");
    assertThat(the.ner()).isEqualTo("O");
    assertThat(doc.article().sentences().get(0).tokens().get(0).ner()).as("NORP is MISC to the tagger")
        .isEqualTo("MISC");
  }

  @Test
  void runsOfOneTagAreMentionsAndOneTextIsOneEntityInOrderOfFirstMention() {
    assertThat(doc.entities()).extracting(Entity::id, Entity::type, Entity::name).containsExactly(
        tuple("e1", EntityType.NORP, "Valdorian"),
        tuple("e2", EntityType.LOCATION, "Kyiv"),
        tuple("e3", EntityType.PERSON, "Anna Holt"));
    assertThat(doc.entities().get(1).mentions()).extracting(Mention::start)
        .containsExactly(doc.mention("Kyiv").start(), doc.mention("Kyiv", 2).start());
    assertThat(doc.article().namedSpans()).extracting(s -> s.text()).containsExactly("Valdorian", "Kyiv", "Anna Holt",
        "Kyiv");
    assertThat(doc.ref("Kyiv", 2).entity()).isEqualTo("e2");
    assertThat(doc.entity("Anna Holt")).isEqualTo("e3");
  }

  @Test
  void knownLocationsArePlacedWithTheirCountryAndKind() {
    assertThat(doc.places()).extracting(Place::entity, Place::country, Place::kind)
        .containsExactly(tuple("e2", "UA", PlaceKind.CITY));
  }

  @Test
  void aTimeCoversTheFirstOccurrenceOfItsText() {
    TimeExpression t = doc.times().get(0);
    assertThat(doc.text().substring(t.start(), t.end())).isEqualTo("on Sunday");
    assertThat(t.value()).isEqualTo("2026-03-08");
    assertThat(doc.article().timexes()).extracting(r -> r.sentence()).containsExactly(0);
  }

  @Test
  void anAliasJoinsAnotherSpellingToAnEntity() {
    TaggedDoc d = TaggedDoc.undated().sentence("Kyivv/NNP/LOCATION (/-LRB- Kiev/NNP/LOCATION )/-RRB- was/VBD/be quiet/JJ")
        .alias("Kiev", "Kyivv");
    assertThat(d.text()).isEqualTo("Kyivv (Kiev) was quiet");
    assertThat(d.entities()).singleElement().satisfies(e -> assertThat(e.mentions()).hasSize(2));
    assertThat(d.article().article().date()).isNull();
  }

  @Test
  void malformedTokensAreRefused() {
    assertThatThrownBy(() -> TaggedDoc.undated().sentence("word")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaggedDoc.undated().sentence("Kyiv/NNP/kyiv/CITY"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> doc.mention("Odesa")).isInstanceOf(IllegalArgumentException.class);
  }
}

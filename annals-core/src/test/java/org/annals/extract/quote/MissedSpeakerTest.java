package org.annals.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.extract.place.Gazetteer;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Quote;
import org.junit.jupiter.api.Test;

/** A speaker named by a proper name the tagger did not take for an entity becomes a person. */
class MissedSpeakerTest {

  private static final QuoteAttributor ATTRIBUTOR =
      new QuoteAttributor(name -> Gazetteer.builtIn().findPlace(name).isPresent());

  @Test
  void aMissedNameThatSpeaksIsAPersonAndHisPronounsFollow() {
    TaggedDoc doc = TaggedDoc.dated("2022-06-28").sentences(
        "Kostrov/NNP described/VBD/describe the/DT attack/NN as/IN “/`` one/CD of/IN the/DT worst/JJS attacks/NNS ”/'' ./.",
        "“/`` A/DT peaceful/JJ city/NN was/VBD/be hit/VBN/hit ,/, ”/'' he/PRP said/VBD/say ./.");
    QuoteAttributor.Attributed a = ATTRIBUTOR.attribute(doc.article(), doc.entities());
    Entity added = a.entities().get(a.entities().size() - 1);
    assertThat(added.type()).isEqualTo(EntityType.PERSON);
    assertThat(added.name()).isEqualTo("Kostrov");
    assertThat(a.quotes()).extracting(q -> q.speaker().entity()).containsExactly(added.id(), added.id());
  }

  @Test
  void placesDaysHandlesAndSentenceOpeningWordsAreNoPersons() {
    TaggedDoc doc = TaggedDoc.dated("2022-06-28").sentences(
        "Kyiv/NNP said/VBD/say :/: “/`` The/DT strike/NN was/VBD/be a/DT crime/NN ./. ”/''",
        "Thursday/NNP said/VBD/say :/: “/`` The/DT strike/NN was/VBD/be a/DT crime/NN ./. ”/''",
        "Research/NNP says/VBZ/say :/: “/`` Prices/NNS rose/VBD/rise in/IN the/DT research/NN period/NN ./. ”/''");
    QuoteAttributor.Attributed a = ATTRIBUTOR.attribute(doc.article(), doc.entities());
    assertThat(a.entities()).isEqualTo(doc.entities());
    assertThat(a.quotes()).extracting(Quote::speaker).allSatisfy(s -> assertThat(s.entity()).isNull());
  }

  @Test
  void aNameTheTaggerFoundKeepsItsEntity() {
    TaggedDoc doc = TaggedDoc.dated("2022-06-28").sentences(
        "Anna/NNP/PERSON Holt/NNP/PERSON said/VBD/say :/: “/`` The/DT strike/NN was/VBD/be a/DT crime/NN ./. ”/''");
    QuoteAttributor.Attributed a = ATTRIBUTOR.attribute(doc.article(), doc.entities());
    assertThat(a.entities()).isEqualTo(doc.entities());
    assertThat(a.quotes()).extracting(q -> q.speaker().entity()).containsExactly(doc.entity("Anna Holt"));
    assertThat(List.of(a.quotes().get(0).speaker().text())).containsExactly("Anna Holt");
  }
}

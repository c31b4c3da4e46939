package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.AnnotatedArticle;
import org.junit.jupiter.api.Test;

class EventMentionFinderTest {

  static AnnotatedArticle sentence(String tagged) {
    return TaggedDoc.undated().sentence(tagged).article();
  }

  static EventMentionLexicon lexicon(String rows) throws Exception {
    return EventMentionLexicon.read(new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsVerbsAndEventNounsTheLexiconKnowsAndSkipsOthers() throws Exception {
    EventMentionLexicon lex = lexicon("""
        # comment
        earthquake\tN\t9\t10
        house\tN\t1\t20
        say\tV\t8\t10
        """);
    EventMentionFinder finder = new EventMentionFinder(lex, 0.5, 2);
    AnnotatedArticle doc = sentence(
        "The/DT/the earthquake/NN/earthquake destroyed/VBD/destroy the/DT/the house/NN/house ,/,/, police/NNS/police said/VBD/say");
    List<String> found = finder.find(doc).stream().map(ActionMention::text).toList();
    // "destroy" is unseen: an unseen verb is an event; "police" is an unseen noun without an event ending.
    assertThat(found).containsExactly("earthquake", "destroyed", "said");
  }

  @Test
  void auxiliariesAreNotEventsAndParticlesJoinTheirVerb() throws Exception {
    EventMentionFinder finder = new EventMentionFinder(lexicon(""), 0.5, 2);
    AnnotatedArticle doc = sentence("She/PRP/she has/VBZ/have checked/VBN/check in/RP/in after/IN/after evacuation/NN/evacuation");
    List<ActionMention> found = finder.find(doc);
    assertThat(found).extracting(ActionMention::text).containsExactly("checked in", "evacuation");
    ActionMention checkedIn = found.get(0);
    assertThat(checkedIn.lemma()).isEqualTo("check");
    assertThat(checkedIn.head()).isEqualTo(2);
    assertThat(checkedIn.lastToken()).isEqualTo(3);
    assertThat(doc.text().substring(checkedIn.start(), checkedIn.end())).isEqualTo("checked in");
  }

  @Test
  void aWordRarelySeenAsAnEventIsDropped() throws Exception {
    EventMentionFinder finder = new EventMentionFinder(lexicon("make\tV\t1\t10\n"), 0.5, 2);
    assertThat(finder.find(sentence("They/PRP/they made/VBD/make it/PRP/it"))).isEmpty();
  }

  @Test
  void theBuiltInLexiconLoadsAndKnowsCommonNewsEvents() {
    EventMentionLexicon lex = EventMentionLexicon.builtIn();
    assertThat(lex.get("earthquake", "N")).isNotNull();
    assertThat(lex.get("earthquake", "N").ratio()).isGreaterThan(0.5);
  }
}

package org.annals.eval.coref;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.link.event.EventCoreferencer;
import org.annals.link.event.EventDocument;
import org.annals.link.event.CorefMention;
import org.junit.jupiter.api.Test;

class CatCorporaTest {

  private Path resource(String p) throws Exception {
    return Path.of(getClass().getResource("/eval/coref/" + p).toURI());
  }

  @Test
  void ecbPlusMentionsTakeInstanceChainsIntraChainsOrSingletonsInValidatedSentences() throws Exception {
    List<GoldDocument> docs = EcbPlusCorpus.read(resource("ecb"));
    assertThat(docs).extracting(GoldDocument::id).containsExactly("1_1ecb", "1_1ecbplus");
    GoldDocument ecb = docs.get(0);
    assertThat(ecb.topic()).isEqualTo("1");
    // sentence 2 ("Nobody was hurt") is not validated, so the NEG mention there is not scored
    assertThat(ecb.mentions()).extracting(GoldMention::markable).containsExactly("1", "2", "3", "4");
    assertThat(ecb.mentions()).extracting(GoldMention::cluster)
        .containsExactly("x:ACT100", "s:1_1ecb:2", "i:1_1ecb:8", "x:ACT100");
    assertThat(ecb.mentions().get(2).tokens()).containsExactly(6, 7); // "blew off"
    assertThat(docs.get(1).mentions()).extracting(GoldMention::cluster).containsExactly("x:ACT100", "s:1_1ecbplus:2");
    GoldText text = new GoldText(ecb);
    assertThat(text.text()).startsWith("A storm hit Oslo .\n\nRoofs blew off");
    assertThat(text.goldTokens(text.start(6), text.end(7))).containsExactly(6, 7);
  }

  @Test
  void meantimeMentionsReferToInstancesAndTheCreationTimeIsTheDate() throws Exception {
    List<GoldDocument> docs = MeantimeCorpus.read(resource("meantime"));
    assertThat(docs).hasSize(1);
    GoldDocument d = docs.get(0);
    assertThat(d.id()).isEqualTo("1");
    assertThat(d.date()).isEqualTo(LocalDate.of(2010, 5, 4));
    assertThat(d.scored(0)).isTrue();
    assertThat(d.scored(2)).isFalse();
    assertThat(d.mentions()).extracting(GoldMention::cluster).containsExactly("x:OTH1", "i:1:11", "x:OTH1", "s:1:4");
  }

  @Test
  void runsScoreCrossDocumentChainsAcrossAndWithinDocumentChainsPerDocument() throws Exception {
    List<GoldDocument> docs = EcbPlusCorpus.read(resource("ecb"));
    // Hand-made features: every mention's lemma is "storm", so one online pass links all of them.
    List<PreparedDocument> prepared = new ArrayList<>();
    for (GoldDocument d : docs) {
      List<CorefMention> ms = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (GoldMention m : d.mentions()) {
        ms.add(new CorefMention(d.id() + "#" + m.markable(), "storm", null,
            Set.of(), null, null, 0, Set.of()));
        keys.add(PreparedDocument.key(d.id(), m.tokens()));
      }
      EventDocument ed =
          new EventDocument(d.id(), null, Map.of("storm", 1, "oslo", 1), ms);
      prepared.add(new PreparedDocument(d, ed, keys, ed, keys));
    }
    EventCorefRun.Result r = EventCorefRun.run(prepared, EventCoreferencer::standard, false);
    assertThat(r.keyMentions()).isEqualTo(6);
    // Key: {1,4,1'} {2} {3} {2'}; response: one chain of all six.
    // MUC recall: (3-1)/(3-1) = 1; precision: (6-4)/(6-1) = 2/5.
    assertThat(r.crossDoc().muc().recall()).isEqualTo(1.0);
    assertThat(r.crossDoc().muc().precision()).isEqualTo(0.4);
    // Within the first document: key {1,4} {2} {3}, response {1,2,3,4}: MUC P = (4-3)/3.
    // Within the second: key {1'} {2'}, response {1',2'}: MUC P = 0/1. Summed: 1/4.
    assertThat(r.withinDoc().muc().precision()).isEqualTo(0.25);
  }
}

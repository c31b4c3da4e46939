package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllNerEvalTest {

  @Test
  void readsDocumentsSentencesAndIob1Entities() throws Exception {
    List<ConllNerEval.ConllDocument> docs =
        ConllNerEval.read(Path.of(getClass().getResource("/eval/tiny.conll").toURI()));
    assertThat(docs).hasSize(2);
    ConllNerEval.ConllDocument d = docs.get(0);
    assertThat(d.tokens()).hasSize(12);
    assertThat(d.sentenceStarts()).containsExactly(0, 5);
    assertThat(d.gold()).containsExactly(
        new ConllNerEval.TokenSpan(0, 0, "ORG"),
        new ConllNerEval.TokenSpan(2, 2, "MISC"),
        new ConllNerEval.TokenSpan(5, 6, "PER"),
        new ConllNerEval.TokenSpan(7, 7, "PER"),
        new ConllNerEval.TokenSpan(9, 10, "LOC"));
  }

  @Test
  void layoutSeparatesSentencesByBlankLinesAndKnowsEachTokensOffsets() throws Exception {
    ConllNerEval.ConllDocument d =
        ConllNerEval.read(Path.of(getClass().getResource("/eval/tiny.conll").toURI())).get(0);
    ConllNerEval.Layout layout = ConllNerEval.layout(d);
    assertThat(layout.text()).startsWith("EU rejects German call .\n\nPeter Blackburn");
    assertThat(layout.text().substring(layout.starts()[9], layout.ends()[10])).isEqualTo("New York");
  }
}

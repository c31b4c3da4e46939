package org.annals.extract.event;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.PloverType;
import org.annals.model.Sentence;
import org.annals.model.Token;

/** Triggers placed by hand on a hand-made sentence, for rules that read only the trigger's position. */
final class Triggers {

  private Triggers() {}

  /** The one sentence of a document made of {@code tagged}. */
  static Sentence sentence(String tagged) {
    return TaggedDoc.dated("2025-06-02").sentence(tagged).article().sentences().get(0);
  }

  /** An ASSAULT trigger on the first token written {@code word}. */
  static TriggerMatch at(Sentence s, String word) {
    return at(s, word, PloverType.ASSAULT);
  }

  /** A trigger of {@code type} on the first token written {@code word}. */
  static TriggerMatch at(Sentence s, String word, PloverType type) {
    List<Token> toks = s.tokens();
    for (int k = 0; k < toks.size(); k++) {
      if (toks.get(k).word().equals(word)) {
        TriggerRule rule = new TriggerRule(type, List.of(toks.get(k).lemma()), List.of(false), TriggerRule.Pos.ANY,
            null, null, List.of(), false, false, false, 0);
        return new TriggerMatch(rule, k, k);
      }
    }
    throw new IllegalArgumentException("no token '" + word + "' in the sentence");
  }
}

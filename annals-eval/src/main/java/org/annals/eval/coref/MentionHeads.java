package org.annals.eval.coref;

import java.util.List;
import org.annals.model.Token;

/** The head of a gold mention span: its first verb, else its last common noun, else its last token. */
final class MentionHeads {

  private MentionHeads() {}

  /** Index into {@code tokens} (gold token indexes) of the head; {@code annotated} maps gold to annotator tokens. */
  static int head(List<Integer> tokens, Token[] annotated) {
    for (int g : tokens) {
      Token t = annotated[g];
      if (t != null && t.isVerb() && !t.lemma().equals("be") && !t.lemma().equals("have")) {
        return g;
      }
    }
    for (int k = tokens.size() - 1; k >= 0; k--) {
      Token t = annotated[tokens.get(k)];
      if (t != null && t.isNoun() && !t.isProperNoun()) {
        return tokens.get(k);
      }
    }
    return tokens.get(tokens.size() - 1);
  }
}

package org.annals.extract.event;

import java.util.List;
import org.annals.model.Token;

/** A trigger found in a sentence: the rule that matched and the tokens ({@code first..last}) it covers. */
record TriggerMatch(TriggerRule rule, int first, int last) {

  /** Verbs head clauses; nouns and adjectives sit inside noun phrases. */
  boolean isVerbal(List<Token> toks) {
    return toks.get(first).isVerb();
  }

  /** The trigger as text: every word where they are adjacent, else just the first ("blew the bridge up"). */
  int textEnd() {
    return rule.words().size() == last - first + 1 ? last : first;
  }
}

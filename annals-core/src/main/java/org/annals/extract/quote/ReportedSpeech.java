package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.Quote;

/** Reported speech: "X said (that) …", "according to X, …". */
final class ReportedSpeech {

  private ReportedSpeech() {}

  static List<Quote> find(ArticleTokens at, List<QuotedPassage> passages, List<Quote> direct, SpeakerLinker linker) {
    return new ArrayList<>();
  }
}

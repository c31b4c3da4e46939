package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** MEANTIME event mentions and event coreference (corpus_apple, intra+cross-document annotation, by default). */
public final class MeantimeEventEval extends EventCorefEval {

  @Override
  public String name() {
    return "meantime";
  }

  @Override
  public String defaultLocation() {
    return "meantime/intra_cross-doc_annotation/corpus_apple";
  }

  @Override
  protected List<GoldDocument> read(Path location) throws IOException {
    return MeantimeCorpus.read(location);
  }

  @Override
  protected String label(Path location, int docs) {
    return "MEANTIME " + location.getFileName() + " (" + docs + " docs)";
  }

  @Override
  protected boolean hasTopics() {
    return false;
  }
}

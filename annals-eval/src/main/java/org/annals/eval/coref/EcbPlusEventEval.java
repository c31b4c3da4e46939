package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** ECB+ event mentions and event coreference (the dev topics by default; any split of the same format). */
public final class EcbPlusEventEval extends EventCorefEval {

  @Override
  public String name() {
    return "ecbplus";
  }

  @Override
  public String defaultLocation() {
    return "ecbplus/dev";
  }

  @Override
  protected List<GoldDocument> read(Path location) throws IOException {
    return EcbPlusCorpus.read(location);
  }

  @Override
  protected String label(Path location, int docs) {
    return "ECB+ " + location.getFileName() + " (" + docs + " docs)";
  }

  @Override
  protected boolean hasTopics() {
    return true;
  }
}

package org.annals.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.annals.pipeline.ArticlePipeline;

/** Scores one Annals extractor against one gold standard whose files live at a given location. */
public interface GoldEvaluation {

  /** Short name used on the command line ("conll", "tempeval", "polnear"). */
  String name();

  /**
   * Default location relative to the shared data folder ("conll2003/eng.testa"); null when the
   * evaluation ships its own data, in which case {@link #evaluate} is given a null location.
   */
  String defaultLocation();

  /**
   * Runs the pipeline over the gold documents at {@code location} (null: the bundled data) and scores it.
   *
   * @param limit at most this many documents (0: all)
   */
  List<ScoreRow> evaluate(ArticlePipeline pipeline, Path location, int limit) throws IOException;

  /** Whether {@link #evaluate} runs the pipeline; if not, it may be given null (no models loaded). */
  default boolean needsPipeline() {
    return true;
  }
}

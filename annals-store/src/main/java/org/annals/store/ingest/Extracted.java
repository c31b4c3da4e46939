package org.annals.store.ingest;

import java.util.List;
import org.annals.ingest.ArticleInput;
import org.annals.model.Extraction;
import org.annals.model.Span;

/**
 * One input as the extraction half of an ingest hands it to the linking half: extracted, found
 * already stored, or failed. Plain records all through, so it travels as JSON: a Spark job
 * extracts on the executors and links on the driver.
 *
 * @param id the article id (the hash of its text), null where the input could not be read
 * @param extraction what was extracted, null where the article is already stored or failed
 * @param sentences the article's sentence bounds, empty unless extracted
 * @param dateEvidence for a date inferred from the article's own text, what it rests on; else null
 * @param problem what went wrong, null unless failed
 */
public record Extracted(ArticleInput input, String id, Extraction extraction, List<Span> sentences,
    String dateEvidence, String problem) {

  public Extracted {
    sentences = List.copyOf(sentences);
  }

  static Extracted failed(ArticleInput input, String id, String problem) {
    return new Extracted(input, id, null, List.of(), null, problem);
  }

  static Extracted alreadyStored(ArticleInput input, String id) {
    return new Extracted(input, id, null, List.of(), null, null);
  }
}

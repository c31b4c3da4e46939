package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import org.annals.link.LinkedArticle;

/**
 * The whole LinkedArticle as gzipped JSON ({@link GzippedJson}), so that replay gives the linkers
 * exactly what they were given at ingest; read only on replay.
 */
final class ArticleJson {

  private ArticleJson() {}

  static byte[] write(LinkedArticle article) {
    try {
      return GzippedJson.write(article);
    } catch (UncheckedIOException e) {
      throw new IllegalStateException("a LinkedArticle always serialises", e.getCause());
    }
  }

  static LinkedArticle read(byte[] gzipped) {
    try {
      return GzippedJson.read(gzipped, LinkedArticle.class);
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getCause().getMessage();
      throw new StoreException("a stored article cannot be read back: " + why, e.getCause());
    }
  }
}

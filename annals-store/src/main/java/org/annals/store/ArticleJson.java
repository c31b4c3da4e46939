package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.annals.link.LinkedArticle;

/**
 * The whole LinkedArticle as JSON (the model records as they are, UTF-16 offsets included), so
 * that replay gives the linkers exactly what they were given at ingest.
 */
final class ArticleJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ArticleJson() {}

  static String write(LinkedArticle article) {
    try {
      return JSON.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a LinkedArticle always serialises", e);
    }
  }

  static LinkedArticle read(String json) {
    try {
      return JSON.readValue(json, LinkedArticle.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored article cannot be read back: " + e.getOriginalMessage(), e);
    }
  }
}

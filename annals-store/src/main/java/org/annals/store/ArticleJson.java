package org.annals.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.annals.link.LinkedArticle;

/**
 * The whole LinkedArticle as (gzipped) JSON (the model records as they are, UTF-16 offsets included), so
 * that replay gives the linkers exactly what they were given at ingest.
 */
final class ArticleJson {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ArticleJson() {}

  /** Gzipped: mentions make the JSON some five times the article text, and it is read only on replay. */
  static byte[] write(LinkedArticle article) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      JSON.writeValue(gz, article);
    } catch (IOException e) {
      throw new IllegalStateException("a LinkedArticle always serialises", e);
    }
    return bytes.toByteArray();
  }

  static LinkedArticle read(byte[] gzipped) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return JSON.readValue(in, LinkedArticle.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored article cannot be read back: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new StoreException("a stored article cannot be read back: " + e.getMessage(), e);
    }
  }
}

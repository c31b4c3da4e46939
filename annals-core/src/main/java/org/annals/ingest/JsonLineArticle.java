package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DateSource;

/**
 * One JSON Lines article: {@code {"id": "a1", "text": "...", "date": "2025-06-02", "title": ...,
 * "source": ..., "url": ...}}, where only {@code text} is required. A {@code date} may also be an
 * ISO 8601 date-time; its date is taken as written in its own offset (see {@link PublicationDate}).
 */
final class JsonLineArticle {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final int MAX_MESSAGE = 160;

  private JsonLineArticle() {}

  /**
   * The article on one line.
   *
   * @param defaultId the id when the object has none: {@code <file name>:<line>}
   */
  static Article parse(String line, String defaultId, SizeLimit limit) throws InputProblem {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputProblem("malformed JSON" + column(e) + ": " + shorten(e.getOriginalMessage()));
    }
    if (!node.isObject()) {
      throw new InputProblem("expected a JSON object with a \"text\" field, found " + kind(node));
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      throw new InputProblem("no \"text\" field");
    }
    if (!textNode.isTextual()) {
      throw new InputProblem("\"text\" must be a string, not " + kind(textNode));
    }
    String text = textNode.textValue();
    if (text.isBlank()) {
      throw new InputProblem(text.isEmpty() ? "empty \"text\"" : "\"text\" holds only whitespace");
    }
    limit.checkText(text);
    String id = scalar(node, "id");
    LocalDate date = date(node);
    return new Article(id == null || id.isBlank() ? defaultId : id, text, date,
        date == null ? DateSource.NONE : DateSource.INPUT,
        blankToNull(scalar(node, "title")), blankToNull(scalar(node, "source")), blankToNull(scalar(node, "url")), 0);
  }

  private static LocalDate date(JsonNode article) throws InputProblem {
    JsonNode date = article.get("date");
    if (date == null || date.isNull() || (date.isTextual() && date.textValue().isBlank())) {
      return null;
    }
    if (!date.isTextual()) {
      throw new InputProblem("\"date\" must be a string such as \"2025-06-02\", not " + kind(date));
    }
    return PublicationDate.parseIso(date.textValue());
  }

  /** A string field; numbers and booleans are taken as written, objects and arrays are errors. */
  private static String scalar(JsonNode article, String field) throws InputProblem {
    JsonNode value = article.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new InputProblem("\"" + field + "\" must be a string, not " + kind(value));
    }
    return value.asText();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String column(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
        : " at column " + e.getLocation().getColumnNr();
  }

  /** Jackson's message without its source excerpt, on one line, cut to a readable length. */
  private static String shorten(String message) {
    if (message == null) {
      return "unreadable";
    }
    String first = message.strip().lines().findFirst().orElse("unreadable");
    return first.length() <= MAX_MESSAGE ? first : first.substring(0, MAX_MESSAGE) + "…";
  }
}

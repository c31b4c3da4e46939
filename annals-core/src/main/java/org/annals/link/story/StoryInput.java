package org.annals.link.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.date.InferredDate;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;

/**
 * What story clustering reads of one article: small and explicit, so the clusterer can be tested
 * without CoreNLP and fed again from stored articles after a restart.
 *
 * @param articleId the article's id (founding articles name their stories)
 * @param date the document date, or null (then the article is not decayed against stories)
 * @param title the title, or null
 * @param titleTerms content terms of the title ({@link NewsTerms})
 * @param bodyTerms content terms of title and text, repeated as they occur
 * @param entities entity keys, one per mention ("p:zelensky", "l:ukraine")
 * @param lede the text's first sentence, cut to {@value #LEDE_WORDS} words: a label where there is no title
 */
public record StoryInput(
    String articleId, LocalDate date, String title, List<String> titleTerms, List<String> bodyTerms,
    List<String> entities, String lede) {

  static final int LEDE_WORDS = 16;
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?](?=\\s+\\p{Lu}|$)");

  public StoryInput {
    Objects.requireNonNull(articleId, "articleId");
    titleTerms = List.copyOf(titleTerms);
    bodyTerms = List.copyOf(bodyTerms);
    entities = List.copyOf(entities);
  }

  /** From an article's extraction, with the date actually used for it (given or inferred), or null. */
  public static StoryInput of(Extraction x, LocalDate date) {
    List<String> keys = new ArrayList<>();
    for (Entity e : x.entities()) {
      String key = entityKey(e.type(), e.name());
      if (key == null) {
        continue;
      }
      for (int i = 0; i < e.mentions().size(); i++) {
        keys.add(key);
      }
    }
    return of(x.article().id(), date, x.article().title(), x.article().text(), keys);
  }

  /** From a stored article, with the date it was linked under (given or inferred). */
  public static StoryInput of(LinkedArticle stored) {
    ArticleLinks links = stored.links();
    // the clusterer saw the article before a date was inferred from its story, so without it
    boolean fromStory = links.dateSource() == DateSource.INFERRED
        && InferredDate.inferredWhileLinking(links.dateEvidence());
    return of(stored.extraction(), fromStory ? null : links.date());
  }

  /** From plain fields; {@code entityKeys} as made by {@link #entityKey}. */
  public static StoryInput of(String id, LocalDate date, String title, String text, List<String> entityKeys) {
    List<String> titleTerms = NewsTerms.of(title);
    List<String> body = new ArrayList<>(titleTerms);
    body.addAll(NewsTerms.of(text));
    return new StoryInput(id, date, title, titleTerms, body, entityKeys, lede(text));
  }

  /** The first sentence of the text's first non-empty line, at most {@value #LEDE_WORDS} words. */
  static String lede(String text) {
    String line = "";
    for (String l : (text == null ? "" : text).split("\n")) {
      if (!l.isBlank()) {
        line = l.strip();
        break;
      }
    }
    java.util.regex.Matcher end = SENTENCE_END.matcher(line);
    if (end.find()) {
      line = line.substring(0, end.start());
    }
    String[] words = line.split("\\s+");
    if (words.length <= LEDE_WORDS) {
      return line;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, LEDE_WORDS)) + "…";
  }

  private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * One key per real-world name across articles: people by surname (reports alternate "Angela
   * Merkel" and "Merkel"), others by their full lower-cased name.
   */
  public static String entityKey(EntityType type, String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = POSSESSIVE.matcher(LEADING_THE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll("").trim();
    if (n.isEmpty()) {
      return null;
    }
    if (type == EntityType.PERSON) {
      String[] parts = SPACES.split(n);
      return "p:" + parts[parts.length - 1];
    }
    return Character.toLowerCase(type.name().charAt(0)) + ":" + n;
  }
}

package org.annals.extract.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.NamedSpan;
import org.annals.model.Sentence;
import org.annals.model.Token;

/**
 * A hand-built annotated article for place tests: the text in one sentence, whitespace tokens, and
 * entities whose mentions are every occurrence of the names given for them.
 */
final class ArticleFixture {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+|\\p{P}");

  private final String text;
  private final Map<String, Entity> entities = new LinkedHashMap<>();

  ArticleFixture(String text) {
    this.text = text;
  }

  /** Adds an entity whose mentions are all occurrences of the given surface forms (the first is its name). */
  ArticleFixture entity(EntityType type, String... surfaces) {
    List<Mention> mentions = new ArrayList<>();
    for (String s : surfaces) {
      int from = 0;
      int at;
      while ((at = text.indexOf(s, from)) >= 0) {
        mentions.add(new Mention(at, at + s.length(), s));
        from = at + s.length();
      }
    }
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("no mention of " + surfaces[0] + " in the text");
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    String id = "e" + (entities.size() + 1);
    entities.put(id, new Entity(id, type, surfaces[0], List.of(), mentions));
    return this;
  }

  List<Entity> entities() {
    return List.copyOf(entities.values());
  }

  AnnotatedArticle article() {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), m.start(), m.end(), w, pos, w.toLowerCase(), "O"));
    }
    List<NamedSpan> spans = new ArrayList<>();
    for (Entity e : entities.values()) {
      for (Mention mention : e.mentions()) {
        spans.add(new NamedSpan(mention.start(), mention.end(), e.type(), 0, mention.text()));
      }
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Sentence sentence = new Sentence(0, 0, text.length(), tokens);
    return new AnnotatedArticle(Article.of("fixture", text, LocalDate.of(2025, 6, 2)), List.of(sentence), spans,
        List.of());
  }
}

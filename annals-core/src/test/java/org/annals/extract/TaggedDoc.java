package org.annals.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.extract.place.Gazetteer;
import org.annals.extract.place.PlaceResolver;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.NamedSpan;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.annals.model.Token;

/**
 * A hand-made annotated document for tests that need no CoreNLP: sentences written as
 * {@code word/POS[/lemma[/NER]]} tokens separated by spaces.
 *
 * <ul>
 *   <li>lemma: defaults to the word in lower case (an empty field, {@code Kyiv/NNP//LOCATION}, too);
 *   <li>NER: PERSON, ORGANIZATION, LOCATION, MISC, or NORP (tagged MISC on the token, as the tagger
 *       would, but typed NORP on the entity, as {@code EntityResolver} types nationalities); a
 *       known tag in the lemma's place is taken as the tag ({@code Kyiv/NNP/LOCATION});
 *   <li>text: the words joined by spaces, except before closing punctuation and clitics
 *       ({@code , . ; : ! ? ) ” 's n't}) and after opening brackets and quotes; sentences are joined
 *       by one space;
 *   <li>entities: consecutive tokens with the same tag form a mention; mentions with the same text
 *       are one entity ({@link #alias} joins other texts); ids {@code e1}, {@code e2}, … in order of
 *       first mention; the name is the first mention's text;
 *   <li>places: a {@link Place} for each LOCATION entity the built-in {@link Gazetteer} knows;
 *   <li>times: {@link #time} adds a resolved time expression over the first occurrence of a text.
 * </ul>
 *
 * <p>Words may not contain {@code /}. Example:
 *
 * <pre>
 * TaggedDoc doc = TaggedDoc.dated("2025-06-02")
 *     .sentence("Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ./.")
 *     .time("overnight", "2025-06-01");
 * </pre>
 */
public final class TaggedDoc {

  private static final Set<String> TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NORP");
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", "!", "?", ")", "]", "”", "’",
      "'s", "’s", "n't", "''", "'", "%");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "“", "‘", "``", "$");

  private final LocalDate date;
  private String id = "doc";
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  /** The entity tag of each token as written (NORP kept), parallel to the article's tokens. */
  private final List<String> tags = new ArrayList<>();
  private final List<Token> tokens = new ArrayList<>();
  private final List<TimeExpression> times = new ArrayList<>();
  private final List<RawTimex> raw = new ArrayList<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();
  private final Gazetteer gazetteer = Gazetteer.builtIn();

  private TaggedDoc(LocalDate date) {
    this.date = date;
  }

  /** A document dated {@code isoDate} (YYYY-MM-DD). */
  public static TaggedDoc dated(String isoDate) {
    return new TaggedDoc(LocalDate.parse(isoDate));
  }

  /** A document without a date. */
  public static TaggedDoc undated() {
    return new TaggedDoc(null);
  }

  /** The article id ({@code doc} unless given). */
  public TaggedDoc id(String articleId) {
    this.id = articleId;
    return this;
  }

  /** Adds one sentence of {@code word/POS[/lemma[/NER]]} tokens. */
  public TaggedDoc sentence(String tagged) {
    List<Token> toks = new ArrayList<>();
    String previous = null;
    for (String t : tagged.trim().split("\\s+")) {
      String[] f = t.split("/", -1);
      if (f.length < 2 || f.length > 4 || f[0].isEmpty() || f[1].isEmpty()) {
        throw new IllegalArgumentException("expected word/POS[/lemma[/NER]]: '" + t + "'");
      }
      String word = f[0];
      String lemma = f.length > 2 ? f[2] : "";
      String tag = f.length > 3 ? f[3] : "O";
      if (f.length == 3 && TAGS.contains(lemma)) {
        tag = lemma;
        lemma = "";
      }
      if (lemma.isEmpty()) {
        lemma = word.toLowerCase(Locale.ROOT);
      }
      if (!tag.equals("O") && !TAGS.contains(tag)) {
        throw new IllegalArgumentException("unknown entity tag '" + tag + "' in '" + t + "'");
      }
      boolean space = text.length() > 0 && !(previous != null && NO_SPACE_AFTER.contains(previous))
          && !(previous != null && NO_SPACE_BEFORE.contains(word));
      if (space) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      Token token = new Token(tokens.size(), start, text.length(), word, f[1], lemma,
          tag.equals("NORP") ? "MISC" : tag);
      tokens.add(token);
      tags.add(tag);
      toks.add(token);
      previous = word;
    }
    sentences.add(new Sentence(sentences.size(), toks.get(0).start(), toks.get(toks.size() - 1).end(), toks));
    return this;
  }

  /** Adds sentences, one per argument. */
  public TaggedDoc sentences(String... tagged) {
    for (String s : tagged) {
      sentence(s);
    }
    return this;
  }

  /** A resolved DATE expression {@code value} over the first occurrence of {@code surface}. */
  public TaggedDoc time(String surface, String value) {
    return time(surface, value, TimexType.DATE);
  }

  /** A resolved time expression of the given type over the first occurrence of {@code surface}. */
  public TaggedDoc time(String surface, String value, TimexType type) {
    Mention m = mention(surface);
    times.add(new TimeExpression(m.start(), m.end(), m.text(), type, value, true));
    int sentence = sentenceOf(m.start());
    raw.add(new RawTimex(m.start(), m.end(), m.text(), type, value, sentence));
    return this;
  }

  /** Mentions written {@code other} belong to the entity first written {@code name}. */
  public TaggedDoc alias(String other, String name) {
    aliases.put(other, name);
    return this;
  }

  /** The text so far. */
  public String text() {
    return text.toString();
  }

  /** The document date, or null. */
  public LocalDate date() {
    return date;
  }

  public AnnotatedArticle article() {
    List<NamedSpan> spans = new ArrayList<>();
    for (Run s : runs()) {
      spans.add(new NamedSpan(s.start, s.end, s.tag.equals("NORP") ? EntityType.MISC : EntityType.valueOf(s.tag),
          s.sentence, s.text));
    }
    return new AnnotatedArticle(Article.of(id, text.toString(), date), sentences, spans, raw);
  }

  public List<Entity> entities() {
    Map<String, EntityType> types = new LinkedHashMap<>();
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    for (Run s : runs()) {
      String name = aliases.getOrDefault(s.text, s.text);
      types.putIfAbsent(name, EntityType.valueOf(s.tag));
      mentions.computeIfAbsent(name, k -> new ArrayList<>()).add(new Mention(s.start, s.end, s.text));
    }
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
      out.add(new Entity("e" + (out.size() + 1), types.get(e.getKey()), e.getKey(), List.of(), e.getValue()));
    }
    return out;
  }

  /** The places the resolver finds with the built-in gazetteer, for the LOCATION entities it geocodes, in entity order. */
  public List<Place> places() {
    Set<String> locations = new HashSet<>();
    for (Entity e : entities()) {
      if (e.type() == EntityType.LOCATION) {
        locations.add(e.id());
      }
    }
    List<Place> out = new ArrayList<>();
    for (Place p : new PlaceResolver(gazetteer).resolve(article(), entities())) {
      if (locations.contains(p.entity()) && p.country() != null) {
        out.add(p);
      }
    }
    return out;
  }

  public List<TimeExpression> times() {
    return List.copyOf(times);
  }

  /** The first occurrence of {@code surface} in the text. */
  public Mention mention(String surface) {
    return mention(surface, 1);
  }

  /** The {@code nth} occurrence (from 1) of {@code surface} in the text. */
  public Mention mention(String surface, int nth) {
    int at = -1;
    for (int i = 0; i < nth; i++) {
      at = text.indexOf(surface, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("'" + surface + "' occurs fewer than " + nth + " times in: " + text);
      }
    }
    return new Mention(at, at + surface.length(), surface);
  }

  /** The entity id of the entity named (or aliased) {@code name}. */
  public String entity(String name) {
    String key = aliases.getOrDefault(name, name);
    for (Entity e : entities()) {
      if (e.name().equals(key)) {
        return e.id();
      }
    }
    throw new IllegalArgumentException("no entity '" + name + "' in: " + text);
  }

  /** A reference to the first occurrence of an entity's mention {@code surface}, with its entity id. */
  public EntityRef ref(String surface) {
    return ref(surface, 1);
  }

  /** A reference to the {@code nth} occurrence of {@code surface}, with the id of the entity written so. */
  public EntityRef ref(String surface, int nth) {
    Mention m = mention(surface, nth);
    return new EntityRef(entity(surface), m.start(), m.end(), m.text());
  }

  /** The span of sentence {@code index}. */
  public Span sentenceSpan(int index) {
    return sentences.get(index).span();
  }

  /** An extraction of this document with the given quotes and events (no figures). */
  public Extraction extraction(List<Quote> quotes, List<Event> events) {
    return new Extraction(article().article(), entities(), times, places(), quotes, List.of(), events);
  }

  /** An extraction of this document with the given events. */
  public Extraction extraction(List<Event> events) {
    return extraction(List.of(), events);
  }

  private int sentenceOf(int offset) {
    for (Sentence s : sentences) {
      if (s.start() <= offset && offset < s.end()) {
        return s.index();
      }
    }
    throw new IllegalArgumentException("offset " + offset + " is in no sentence");
  }

  private record Run(int start, int end, String tag, int sentence, String text) {}

  /** The entity mentions: runs of tokens with one tag, within a sentence. */
  private List<Run> runs() {
    List<Run> out = new ArrayList<>();
    for (Sentence s : sentences) {
      int k = 0;
      List<Token> toks = s.tokens();
      while (k < toks.size()) {
        String tag = tags.get(toks.get(k).index());
        if (tag.equals("O")) {
          k++;
          continue;
        }
        int j = k;
        while (j + 1 < toks.size() && tags.get(toks.get(j + 1).index()).equals(tag)) {
          j++;
        }
        int start = toks.get(k).start();
        int end = toks.get(j).end();
        out.add(new Run(start, end, tag, s.index(), text.substring(start, end)));
        k = j + 1;
      }
    }
    return out;
  }
}

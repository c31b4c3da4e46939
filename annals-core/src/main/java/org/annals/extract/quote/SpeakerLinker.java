package org.annals.extract.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.annals.extract.WordSets;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.Span;

/**
 * Links a speaker phrase to the entity it names, for one article.
 *
 * <ul>
 *   <li>A phrase an entity mention covers the head of ("Rubio", "Russian Foreign Minister Sergei
 *       Lavrov", or "the ministry" once the entity resolver gives it a mention) is that entity. A
 *       possessor is not the head: "Clinton's campaign manager" is not Clinton.
 *   <li>A proper name the tagger missed links by surname to a named entity.
 *   <li>"he"/"she" link to a PERSON in the nearest earlier sentence that names one, outside quoted
 *       text: the previous speaker if that sentence names them, else the sentence's first person;
 *       "it" to an ORGANIZATION, "they" to an ORGANIZATION, a group or a person. What the article
 *       shows of a person's gender rules candidates out: a title ("Mr." is not "she"), or the
 *       pronouns that follow the person's name ("Clinton said her …").
 *   <li>A definite description ("the minister", "the company") links to the nearest earlier entity
 *       whose name, titles or neighbouring words carry the same noun.
 *   <li>Anything else ("a source", "officials") keeps its span with no entity.
 * </ul>
 *
 * <p>Uses the entities' own mentions and this article's tokens only, not the resolver's coreference.
 */
final class SpeakerLinker {

  private static final int PRONOUN_SENTENCES = 8;
  private static final int NOMINAL_SENTENCES = 20;
  private static final Set<String> MALE = Set.of("mr.", "mr", "sir", "lord", "king", "prince", "father");
  private static final Set<String> FEMALE = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "lady", "queen", "princess",
      "dame");

  private record Owned(Mention mention, Entity entity) {}

  private final ArticleTokens at;
  private final List<Owned> mentions;
  private final List<QuotedPassage> passages;
  private final Map<String, Character> genders = new HashMap<>();
  private final List<Entity> entities;
  private final List<Entity> added = new ArrayList<>();
  /** Names a gazetteer knows as places: a city that "said" something is not a person. */
  private final Predicate<String> isPlace;
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}’'\\-]+(?:[\\p{Lu}][\\p{Ll}]+)?");
  private static final Set<String> WEEKDAYS = WordSets.of("weekday");
  private static final Set<String> MONTHS = WordSets.of("month");

  SpeakerLinker(ArticleTokens at, List<Entity> entities, List<QuotedPassage> passages, Predicate<String> isPlace) {
    this.isPlace = isPlace;
    this.at = at;
    this.passages = passages;
    this.entities = entities;
    List<Owned> all = new ArrayList<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        all.add(new Owned(m, e));
      }
    }
    all.sort(Comparator.comparingInt((Owned o) -> o.mention().start()).thenComparingInt(o -> -o.mention().end()));
    this.mentions = all;
  }

  /**
   * @param previousSpeaker the entity credited with the previous quote, or null
   */
  EntityRef link(Span speaker, String previousSpeaker) {
    String text = speaker.of(at.text);
    int first = at.tokenAtOrAfter(speaker.start());
    int end = at.tokenAtOrAfter(speaker.end());
    if (first >= end) {
      return new EntityRef(null, speaker.start(), speaker.end(), text);
    }
    String entity;
    if (end - first == 1 && at.pos(first).equals("PRP")) {
      entity = pronoun(at.word(first).toLowerCase(Locale.ROOT), first, previousSpeaker);
    } else {
      entity = named(speaker, first, end);
    }
    return new EntityRef(entity, speaker.start(), speaker.end(), text);
  }

  private String named(Span speaker, int first, int end) {
    int head = head(first, end);
    Span headSpan = at.get(head).span();
    Entity best = null;
    for (Owned o : mentions) {
      if (o.mention().start() >= speaker.end()) {
        break;
      }
      if (o.mention().span().overlaps(headSpan) && !possessor(o.mention(), speaker)) {
        if (best == null || rank(o.entity().type()) < rank(best.type())) {
          best = o.entity();
        }
      }
    }
    if (best != null) {
      return best.id();
    }
    if (at.pos(head).startsWith("NNP")) {
      String id = bySurname(at.word(head), speaker.start());
      return id != null || !missedName(first, end) ? id : addPerson(speaker);
    }
    String apposed = apposition(speaker);
    if (apposed != null) {
      return apposed;
    }
    if (at.pos(first).equals("DT") && !isIndefinite(at.word(first))) {
      return definite(at.lemma(head), at.word(head), first);
    }
    if (possessiveOwner(first, head)) {
      // "Ukraine's president", "Nato's secretary general": the earlier person the role and its
      // owner were written with, never one that only shares the role
      return qualifiedRole(at.lemma(head), at.word(head), first, at.word(first));
    }
    return null;
  }

  /** "the UK defence secretary, Ben Wallace, said": the person named right after the phrase. */
  private String apposition(Span speaker) {
    String text = at.text;
    int i = speaker.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ',') {
      return null;
    }
    for (Owned o : mentions) {
      int gap = o.mention().start() - i;
      if (gap > 0 && gap <= 2 && o.entity().type() == EntityType.PERSON) {
        return o.entity().id();
      }
      if (o.mention().start() > i + 2) {
        break;
      }
    }
    return null;
  }

  /**
   * Whether the phrase opens with a place or organisation owning the role ("Ukraine's president",
   * "Nato's secretary general"); "Johnson's spokesperson" is no role of a place.
   */
  private boolean possessiveOwner(int first, int head) {
    for (int i = first + 1; i < head; i++) {
      if (at.pos(i).equals("POS")) {
        Span owner = at.get(first).span();
        for (Owned o : mentions) {
          if (o.mention().span().overlaps(owner)) {
            return o.entity().type() != EntityType.PERSON;
          }
        }
        return at.pos(first).startsWith("NNP");
      }
    }
    return false;
  }

  /**
   * The nearest earlier person written with both the role and its owner ({@link #carriesRole}:
   * owner and nationality share their first four letters, "Ukraine's" and "Ukrainian"), else null.
   */
  private String qualifiedRole(String lemma, String word, int token, String owner) {
    String lower = owner.toLowerCase(Locale.ROOT);
    String stem = lower.substring(0, Math.min(4, lower.length()));
    String noun = word.toLowerCase(Locale.ROOT);
    return nearestEarlier(token, (e, m) -> e.type() == EntityType.PERSON && carriesRole(e, m, lemma, noun, stem));
  }

  /**
   * The role and its owner written with the name itself: in a title of the entity, before the name
   * ("Nato Secretary General Jens Stoltenberg") or in an apposition after it ("Olaf Scholz, the
   * German chancellor,").
   */
  private boolean carriesRole(Entity e, Mention m, String lemma, String noun, String stem) {
    for (String title : e.titles()) {
      String t = " " + title.toLowerCase(Locale.ROOT) + " ";
      if (t.contains(stem) && (t.contains(" " + noun + " ") || t.contains(" " + lemma + " "))) {
        return true;
      }
    }
    int first = at.tokenAtOrAfter(m.start());
    int last = at.tokenEndingBy(m.end());
    int sentence = at.sentenceOf(first);
    if (bothIn(Math.max(at.sentenceFirst(sentence), first - 4), first, lemma, noun, stem)) {
      return true;
    }
    return last + 1 < at.sentenceEnd(sentence) && at.word(last + 1).equals(",")
        && bothIn(last + 2, Math.min(at.sentenceEnd(sentence), last + 7), lemma, noun, stem);
  }

  private boolean bothIn(int from, int to, String lemma, String noun, String stem) {
    boolean role = false;
    boolean owner = false;
    for (int i = from; i < to; i++) {
      String w = at.word(i).toLowerCase(Locale.ROOT);
      role |= w.equals(noun) || at.lemma(i).equals(lemma);
      owner |= w.startsWith(stem);
    }
    return role && owner;
  }

  /**
   * The phrase's head: its last noun, pronoun or number outside a parenthesis and before any
   * "of" ("the US secretary of state" is a secretary).
   */
  private int head(int first, int end) {
    for (int i = first + 1; i < end - 1; i++) {
      if (at.word(i).equalsIgnoreCase("of") && (at.pos(i - 1).equals("NN") || at.pos(i - 1).equals("NNS"))) {
        end = i;
        break;
      }
    }
    int depth = 0;
    for (int i = end - 1; i >= first; i--) {
      String w = at.word(i);
      if (w.equals(")")) {
        depth++;
      } else if (w.equals("(")) {
        depth--;
      } else if (depth == 0 && (at.pos(i).startsWith("NN") || at.pos(i).equals("PRP") || at.pos(i).equals("CD")
          || at.word(i).contains("-year-old"))) {
        return i;
      }
    }
    return end - 1;
  }

  /** "Clinton" in "Clinton's campaign manager": followed by a possessive inside the phrase. */
  private boolean possessor(Mention m, Span speaker) {
    int after = at.tokenAtOrAfter(m.end());
    return after < at.size() && at.get(after).end() < speaker.end() && at.pos(after).equals("POS");
  }

  /**
   * A name of one to three capitalised proper nouns the tagger did not take for an entity
   * ("Zelenskiy described the attack as …"): not a day or month, nor an acronym.
   */
  private boolean missedName(int first, int end) {
    int start = at.get(first).start();
    if (end - first > 3 || isPlace.test(at.text.substring(start, at.get(end - 1).end()))
        || start > 0 && !Character.isWhitespace(at.text.charAt(start - 1)) && "“\"‘'(".indexOf(at.text.charAt(start - 1)) < 0) {
      return false; // "@ANZ_Research" is a handle, not a name
    }
    for (int i = first; i < end; i++) {
      String w = at.word(i);
      String lower = w.toLowerCase(Locale.ROOT);
      if (!at.pos(i).equals("NNP") || !CAPITALISED.matcher(w).matches() || WEEKDAYS.contains(lower)
          || MONTHS.contains(lower)) {
        return false;
      }
    }
    // a word capitalised only where it opens a sentence ("Research shows") is no name
    return end - first > 1 || !writtenLowerCase(at.word(first).toLowerCase(Locale.ROOT));
  }

  private boolean writtenLowerCase(String lower) {
    for (int i = 0; i < at.size(); i++) {
      if (at.word(i).equals(lower)) {
        return true;
      }
    }
    return false;
  }

  /** A person the speaker phrase names, new to the article: later quotes and pronouns find it. */
  private String addPerson(Span speaker) {
    String id = "e" + (entities.size() + added.size() + 1);
    Mention m = Mention.of(at.text, speaker);
    Entity e = new Entity(id, EntityType.PERSON, m.text(), List.of(), List.of(m));
    added.add(e);
    Owned o = new Owned(m, e);
    int i = 0;
    while (i < mentions.size() && mentions.get(i).mention().start() <= m.start()) {
      i++;
    }
    mentions.add(i, o);
    return id;
  }

  /** The persons this linker added for names the tagger missed, in the order they were met. */
  List<Entity> added() {
    return List.copyOf(added);
  }

  private String bySurname(String word, int before) {
    Entity best = null;
    for (Owned o : mentions) {
      if (o.mention().start() >= before) {
        break;
      }
      String name = o.entity().name();
      if (o.entity().type() == EntityType.PERSON || o.entity().type() == EntityType.ORGANIZATION) {
        if (surname(name).equalsIgnoreCase(word)) {
          best = o.entity();
        }
      }
    }
    return best == null ? null : best.id();
  }

  private String pronoun(String word, int token, String previousSpeaker) {
    Set<EntityType> types;
    char gender = 0;
    switch (word) {
      case "he" -> {
        types = Set.of(EntityType.PERSON);
        gender = 'm';
      }
      case "she" -> {
        types = Set.of(EntityType.PERSON);
        gender = 'f';
      }
      case "it" -> types = Set.of(EntityType.ORGANIZATION);
      case "they" -> types = Set.of(EntityType.ORGANIZATION, EntityType.NORP, EntityType.PERSON);
      default -> {
        return null;
      }
    }
    int sentence = at.sentenceOf(token);
    for (int s = sentence - 1; s >= 0 && s >= sentence - PRONOUN_SENTENCES; s--) {
      int from = at.get(at.sentenceFirst(s)).start();
      int to = at.get(at.sentenceEnd(s) - 1).end();
      Entity firstFound = null;
      for (Owned o : mentions) {
        if (o.mention().start() >= to) {
          break;
        }
        if (o.mention().start() < from || !types.contains(o.entity().type()) || quoted(o.mention().start())) {
          continue;
        }
        if (gender != 0 && contradicts(o.entity(), gender)) {
          continue;
        }
        if (o.entity().id().equals(previousSpeaker)) {
          return previousSpeaker;
        }
        if (firstFound == null) {
          firstFound = o.entity();
        }
      }
      if (firstFound != null) {
        return firstFound.id();
      }
    }
    return null;
  }

  /** Whether what the article says of the entity rules out the pronoun's gender. */
  private boolean contradicts(Entity e, char gender) {
    char known = genders.computeIfAbsent(e.id(), id -> gender(e));
    return known != 0 && known != gender;
  }

  /**
   * An entity's gender as the article shows it: a title ("Mr.", "Ms.") before a mention, else the
   * third-person pronouns that follow its mentions within their sentences ("Clinton said her
   * campaign …"), by majority. 0 where the article does not tell.
   */
  private char gender(Entity e) {
    int male = 0;
    int female = 0;
    // "Trump" and "Donald Trump" may still be two entities: pool what their names share.
    List<Mention> all = new ArrayList<>();
    String surname = surname(e.name());
    for (Entity other : entities) {
      if (other == e || other.type() == EntityType.PERSON && surname(other.name()).equals(surname)) {
        all.addAll(other.mentions());
      }
    }
    for (Mention m : all) {
      int t = at.tokenAtOrAfter(m.start());
      String title = t > 0 ? at.word(t - 1).toLowerCase(Locale.ROOT) : "";
      String own = t < at.size() ? at.word(t).toLowerCase(Locale.ROOT) : "";
      if (MALE.contains(title) || MALE.contains(own)) {
        male += 3;
      } else if (FEMALE.contains(title) || FEMALE.contains(own)) {
        female += 3;
      }
      int last = at.tokenEndingBy(m.end());
      if (last < 0 || at.quoted(last)) {
        continue;
      }
      int end = Math.min(at.sentenceEnd(at.sentenceOf(last)), last + 13);
      for (int i = last + 1; i < end; i++) {
        if (at.quoted(i) || at.get(i).ner().equals("PERSON")) {
          break;
        }
        String w = at.word(i).toLowerCase(Locale.ROOT);
        if (w.equals("he") || w.equals("his") || w.equals("him") || w.equals("himself")) {
          male++;
          break;
        }
        if (w.equals("she") || w.equals("her") || w.equals("hers") || w.equals("herself")) {
          female++;
          break;
        }
      }
    }
    return male > female ? 'm' : female > male ? 'f' : 0;
  }

  /** "the minister": the nearest earlier entity whose name, titles or neighbours carry the noun. */
  private String definite(String lemma, String word, int token) {
    String noun = word.toLowerCase(Locale.ROOT);
    return nearestEarlier(token, (e, m) -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
        && carries(e, m, lemma, noun));
  }

  /**
   * The entity of the last mention that fits in the nearest sentence holding one, looking back
   * from the token up to {@value #NOMINAL_SENTENCES} sentences; null where none fits.
   */
  private String nearestEarlier(int token, BiPredicate<Entity, Mention> fits) {
    int sentence = at.sentenceOf(token);
    for (int s = sentence; s >= 0 && s >= sentence - NOMINAL_SENTENCES; s--) {
      int from = at.get(at.sentenceFirst(s)).start();
      int to = s == sentence ? at.get(token).start() : at.get(at.sentenceEnd(s) - 1).end();
      String found = null;
      for (Owned o : mentions) {
        if (o.mention().start() >= to) {
          break;
        }
        if (o.mention().start() >= from && fits.test(o.entity(), o.mention())) {
          found = o.entity().id();
        }
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private boolean carries(Entity e, Mention m, String lemma, String noun) {
    for (String part : e.name().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (part.equals(noun) || part.equals(lemma)) {
        return true;
      }
    }
    for (String title : e.titles()) {
      for (String part : title.toLowerCase(Locale.ROOT).split("\\s+")) {
        if (part.equals(noun) || part.equals(lemma)) {
          return true;
        }
      }
    }
    // Neighbouring words: "Foreign Minister Sergei Lavrov", "Lavrov, the foreign minister,".
    int first = at.tokenAtOrAfter(m.start());
    int last = at.tokenEndingBy(m.end());
    int sentence = at.sentenceOf(first);
    int lo = Math.max(at.sentenceFirst(sentence), first - 4);
    int hi = Math.min(at.sentenceEnd(sentence), last + 7);
    for (int i = lo; i < hi; i++) {
      if ((i < first || i > last) && at.lemma(i).equals(lemma) && at.pos(i).startsWith("NN")) {
        return true;
      }
    }
    return false;
  }

  private boolean quoted(int offset) {
    for (QuotedPassage p : passages) {
      if (p.start() > offset) {
        return false;
      }
      if (offset < p.end()) {
        return true;
      }
    }
    return false;
  }

  private static String surname(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    return parts[parts.length - 1];
  }

  private static boolean isIndefinite(String determiner) {
    String d = determiner.toLowerCase(Locale.ROOT);
    return d.equals("a") || d.equals("an") || d.equals("some") || d.equals("another") || d.equals("any");
  }

  private static int rank(EntityType type) {
    return switch (type) {
      case PERSON -> 0;
      case ORGANIZATION -> 1;
      case NORP -> 2;
      case MISC -> 3;
      case LOCATION -> 4;
    };
  }
}

package org.annals.link.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.extract.entity.GenericNames;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Place;

/**
 * Links each article's entities to cross-document entities, one article at a time in stream
 * order: one entity per real-world person, organisation, place or group, under every spelling.
 *
 * <p>An article's entity joins the known entity that shares most of its name keys (a full name,
 * an alias, a geocoded place); failing that, a person named by surname joins the known person
 * with that surname whose first name agrees (or who was only ever named by surname), the most
 * mentioned one when several do. Otherwise it founds a new entity whose id hashes its type and
 * founding name, so the same stream gives the same ids. Not thread-safe: linking is sequential.
 */
public final class EntityLinker {

  private static final int MAX_ALIASES = 40;
  private static final int MAX_TITLES = 20;
  /** How often a person must have been named before a mistyped lone surname is taken as theirs. */
  private static final int MISLABEL_MIN_MENTIONS = 5;

  private final Map<String, Known> byId = new LinkedHashMap<>();
  private final Map<String, List<Known>> byKey = new HashMap<>();
  private final Map<String, List<Known>> bySurname = new HashMap<>();
  /** Entities by name key whatever their type, for a name the tagger typed otherwise in one article. */
  private final Map<String, List<Known>> byName = new HashMap<>();

  /** The article's entity ids ({@code e1}...) mapped to the cross-document entities they join. */
  public Map<String, LinkedEntity> link(Extraction extraction) {
    Map<String, Place> places = placesByEntity(extraction);
    Map<String, Known> joined = new LinkedHashMap<>();
    for (Entity entity : extraction.entities()) {
      Seen seen = Seen.of(entity, places.get(entity.id()));
      Known known = find(seen);
      if (known == null) {
        known = found(seen);
      }
      absorb(known, seen);
      joined.put(entity.id(), known);
    }
    Map<String, LinkedEntity> out = new LinkedHashMap<>();
    joined.forEach((local, known) -> out.put(local, known.snapshot()));
    return out;
  }

  /** Takes an article linked before (by a run that stopped) into the linker's memory as it was. */
  public void observe(LinkedArticle stored) {
    Map<String, Place> places = placesByEntity(stored.extraction());
    for (Entity entity : stored.extraction().entities()) {
      LinkedEntity linked = stored.links().entities().get(entity.id());
      if (linked == null) {
        continue;
      }
      Known known = byId.computeIfAbsent(linked.id(), id -> new Known(id, entity.type()));
      absorb(known, Seen.of(entity, places.get(entity.id())));
    }
  }

  /** The cross-document entities known so far. */
  public int size() {
    return byId.size();
  }

  private Known find(Seen seen) {
    Map<Known, Integer> hits = new LinkedHashMap<>();
    for (String key : seen.keys) {
      for (Known k : byKey.getOrDefault(key, List.of())) {
        hits.merge(k, 1, Integer::sum);
      }
    }
    Known retyped = otherType(seen);
    if (!hits.isEmpty()) {
      Known typed = hits.entrySet().stream()
          .max(Comparator.<Map.Entry<Known, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparingInt(e -> e.getKey().mentions)
              .thenComparing(e -> e.getKey().id, Comparator.reverseOrder()))
          .get().getKey();
      // an earlier article's stray tag ("Liz Truss" the organisation) gives way to the store's type
      boolean outvoted = retyped != null && retyped.articles > typed.articles && retyped.mentions > typed.mentions;
      return outvoted ? retyped : typed;
    }
    if (retyped != null) {
      return retyped;
    }
    if (seen.type != EntityType.PERSON) {
      return mislabelledSurname(seen);
    }
    if (seen.surname == null) {
      return null;
    }
    Known best = null;
    for (Known k : bySurname.getOrDefault(seen.surname, List.of())) {
      if (compatibleFirstNames(seen.firstNames, k.firstNames)
          && (best == null || k.mentions > best.mentions)) {
        best = k;
      }
    }
    return best;
  }

  /**
   * One type per real entity: a name the store knows well under another type ("Mariupol" a place
   * in most articles, an organisation in one; "Liz Truss" a person) is that entity, so a single
   * article's tag does not found a second one. Never a lone name some person bears (it goes by
   * the surname index), never a place the gazetteer geocoded, and only an entity typed so by two articles or
   * more and named so more often than this article does: the store outvotes one article.
   */
  private Known otherType(Seen seen) {
    if (seen.placeKeyed) {
      return null; // the gazetteer knows it as a place
    }
    Known best = null;
    for (String name : seen.names) {
      String key = NameKeys.key(name);
      if (key.isEmpty() || seen.type == EntityType.PERSON && NameKeys.tokens(key) < 2
          && bySurname.containsKey(key)) {
        continue; // a lone name some person bears is that person's surname
      }
      for (Known k : byName.getOrDefault(key, List.of())) {
        if (k.type != seen.type && k.type != EntityType.NORP && seen.type != EntityType.NORP
            && k.articles >= 2 && k.mentions > seen.mentions
            && (best == null || k.mentions > best.mentions)) {
          best = k;
        }
      }
    }
    return best;
  }

  /**
   * The tagger sometimes types a lone surname as a place, organisation or group ("Trump said");
   * one that no gazetteer knows and no entity of its own type holds joins the person of that
   * surname that has been mentioned most, if that person is well established.
   */
  private Known mislabelledSurname(Seen seen) {
    if (seen.placeKeyed || seen.names.isEmpty()) {
      return null;
    }
    Known best = null;
    for (String name : seen.names) {
      String key = NameKeys.key(name);
      if (NameKeys.tokens(key) != 1) {
        return null;
      }
      for (Known k : bySurname.getOrDefault(key, List.of())) {
        if (k.mentions >= MISLABEL_MIN_MENTIONS && (best == null || k.mentions > best.mentions)) {
          best = k;
        }
      }
    }
    return best;
  }

  /** First names agree when either side has none, or some pair shares an initial. */
  private static boolean compatibleFirstNames(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      for (String y : b) {
        if (x.charAt(0) == y.charAt(0)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A new entity's id, from what names it rather than from the article that happened to name it
   * first: a person's id comes from the surname alone, so "Putin" and "Vladimir Putin" found the
   * same id whichever comes first (a namesake whose first name does not fit takes "#2").
   */
  private Known found(Seen seen) {
    String founder = seen.type == EntityType.PERSON && seen.surname != null
        ? "PERSON|~" + seen.surname
        : seen.type + "|" + seen.primaryKey;
    String id = ArticleIds.derived("E", founder);
    for (int n = 2; byId.containsKey(id); n++) {
      id = ArticleIds.derived("E", founder + "#" + n);
    }
    Known known = new Known(id, seen.type);
    byId.put(id, known);
    return known;
  }

  private void absorb(Known known, Seen seen) {
    for (String key : seen.keys) {
      if (known.keys.add(key)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(known);
      }
    }
    if (seen.surname != null && known.surnames.add(seen.surname)) {
      bySurname.computeIfAbsent(seen.surname, k -> new ArrayList<>(1)).add(known);
    }
    known.firstNames.addAll(seen.firstNames);
    for (String name : seen.names) {
      String key = NameKeys.key(name);
      // a person's lone surname names no one else's entity
      if (!key.isEmpty() && !(known.type == EntityType.PERSON && NameKeys.tokens(key) < 2)) {
        List<Known> same = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!same.contains(known)) {
          same.add(known);
        }
      }
    }
    seen.names.forEach(name -> known.names.merge(name, 1, Integer::sum));
    for (String title : seen.titles) {
      if (known.titles.size() < MAX_TITLES) {
        known.titles.add(title);
      }
    }
    known.mentions += seen.mentions;
    known.articles++;
  }

  private static Map<String, Place> placesByEntity(Extraction extraction) {
    Map<String, Place> out = new HashMap<>();
    for (Place p : extraction.places()) {
      if (p.entity() != null && p.country() != null) {
        out.put(p.entity(), p);
      }
    }
    return out;
  }

  /** What one article says of one entity. */
  private record Seen(EntityType type, String primaryKey, Set<String> keys, String surname,
      Set<String> firstNames, List<String> names, List<String> titles, int mentions, boolean placeKeyed) {

    static Seen of(Entity entity, Place place) {
      // a generic name ("Ministry of Defence") names and links only where it is all the article says
      boolean qualified = GenericNames.isQualified(entity.name());
      List<String> names = new ArrayList<>();
      Set<String> nameSet = new LinkedHashSet<>();
      for (String n : allNames(entity)) {
        if (!(qualified && GenericNames.isGeneric(n)) && nameSet.add(n)) {
          names.add(n);
        }
      }
      String primaryKey = NameKeys.key(entity.name());
      Set<String> keys = new LinkedHashSet<>();
      Set<String> firstNames = new LinkedHashSet<>();
      String surname = null;
      for (String name : names) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
          continue;
        }
        if (entity.type() == EntityType.PERSON) {
          // a lone surname is ambiguous: it meets other names through the surname index only
          surname = NameKeys.surname(key);
          if (NameKeys.tokens(key) >= 2) {
            keys.add(entity.type() + "|" + key);
            firstNames.add(NameKeys.firstToken(key));
          }
        } else {
          keys.add(entity.type() + "|" + key);
        }
      }
      boolean placeKeyed = place != null && place.lat() != null;
      if (placeKeyed) {
        keys.add("place|" + place.country() + "|" + NameKeys.key(place.name()));
      }
      return new Seen(entity.type(), primaryKey, keys, surname, firstNames, names, entity.titles(),
          entity.mentions().size(), placeKeyed);
    }

    private static List<String> allNames(Entity entity) {
      List<String> out = new ArrayList<>();
      if (NameKeys.isName(entity.name())) {
        out.add(entity.name().strip());
      }
      for (Mention m : entity.mentions()) {
        if (NameKeys.isName(m.text())) {
          out.add(m.text().strip());
        }
      }
      if (out.isEmpty()) {
        // only nominal mentions ("the ministry"): its resolved name is all there is to go by
        out.add(entity.name().strip());
      }
      return out;
    }
  }

  /** A cross-document entity as the linker remembers it. */
  private static final class Known {
    final String id;
    final EntityType type;
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
    final Set<String> firstNames = new LinkedHashSet<>();
    final Map<String, Integer> names = new TreeMap<>();
    final Set<String> titles = new LinkedHashSet<>();
    int mentions;
    int articles;

    Known(String id, EntityType type) {
      this.id = id;
      this.type = type;
    }

    LinkedEntity snapshot() {
      String canonical = canonicalName();
      List<String> aliases = names.entrySet().stream()
          .filter(e -> !e.getKey().equals(canonical))
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .limit(MAX_ALIASES)
          .map(Map.Entry::getKey)
          .toList();
      return new LinkedEntity(id, type, canonical, aliases, List.copyOf(titles));
    }

    /** The fullest name seen most often: a person's full name before the surname alone. */
    private String canonicalName() {
      return names.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> fullness(e.getKey()))
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey)
          .orElse(id);
    }

    private int fullness(String name) {
      if (type != EntityType.PERSON) {
        return 0;
      }
      // "Volodymyr Zelensky" over "Zelensky"; initials ("S.V. Lavrov") rank below given names
      int tokens = NameKeys.tokens(NameKeys.key(name));
      return tokens >= 2 && !name.contains(".") ? 2 : tokens >= 2 ? 1 : 0;
    }
  }
}

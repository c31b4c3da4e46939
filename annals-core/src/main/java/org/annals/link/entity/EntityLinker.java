package org.annals.link.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annals.extract.entity.GenericNames;
import org.annals.extract.entity.KnownOrganisations;
import org.annals.extract.place.Gazetteer;
import org.annals.link.ArticleIds;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.link.SnapshotIn;
import org.annals.link.SnapshotOut;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PlaceKind;

/**
 * Links each article's entities to cross-document entities, one article at a time in stream
 * order: one entity per real-world person, organisation, place or group, under every spelling.
 *
 * <p>An article's entity joins the known entity that shares most of its name keys (a full name,
 * an alias, a geocoded place), whatever type the tagger gave each: one name is one entity, typed
 * as most of its mentions were. Failing that, a person named by surname (or a lone name tagged
 * otherwise, "Trump" as a place) joins the known person with that surname whose first name agrees
 * (or who was only ever named by surname), the most mentioned one when several do. Otherwise it
 * founds a new entity whose id hashes what identifies it (surname, gazetteer entry or name, never
 * the type or the article), so the same articles give the same ids in any order but for namesakes.
 * Not thread-safe: linking is sequential.
 */
public final class EntityLinker {

  private static final int MAX_ALIASES = 40;
  private static final int MAX_TITLES = 20;
  /** Key prefix of a name: names meet whatever type the tagger gave them. */
  private static final String KEY = "name|";
  /** Organisations known by a one-word name ("Pentagon", "Hamas"): no one's surname. */
  private static final KnownOrganisations ORGANISATIONS = KnownOrganisations.builtIn();
  /** Founder prefix of an entity known by a surname: the one kind of identity namesakes share. */
  private static final String SURNAME = "PERSON|~";

  private final Gazetteer gazetteer = Gazetteer.builtIn();
  private final Map<String, Known> byId = new LinkedHashMap<>();
  private final Map<String, List<Known>> byKey = new HashMap<>();
  private final Map<String, List<Known>> bySurname = new HashMap<>();

  /** The article's entity ids ({@code e1}...) mapped to the cross-document entities they join. */
  public Map<String, LinkedEntity> link(Extraction extraction) {
    Map<String, Place> places = placesByEntity(extraction);
    Map<String, Known> joined = new LinkedHashMap<>();
    for (Entity entity : extraction.entities()) {
      Seen seen = Seen.of(entity, places.get(entity.id()));
      Known known = find(seen);
      if (known == null) {
        known = foundOrSame(seen);
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
      Known known = byId.computeIfAbsent(linked.id(), Known::new);
      absorb(known, Seen.of(entity, places.get(entity.id())));
    }
  }

  /** Writes what this linker knows, for {@link #load} into a new one. */
  public void save(SnapshotOut out) {
    Map<Known, Integer> ordinal = new HashMap<>();
    out.count(byId.size());
    for (Known k : byId.values()) {
      ordinal.put(k, ordinal.size());
      out.string(k.id);
      out.count(k.typeVotes.size());
      k.typeVotes.forEach((type, votes) -> {
        out.count(type.ordinal());
        out.integer(votes);
      });
      out.strings(k.keys);
      out.sortedStrings(k.places);
      out.strings(k.surnames);
      out.strings(k.firstNames);
      out.strings(k.givenNames);
      out.counts(k.names);
      out.strings(k.titles);
      out.integer(k.mentions);
      out.string(k.unitName);
    }
    saveIndex(out, byKey, ordinal);
    saveIndex(out, bySurname, ordinal);
  }

  private static void saveIndex(SnapshotOut out, Map<String, List<Known>> index, Map<Known, Integer> ordinal) {
    out.count(index.size());
    for (Map.Entry<String, List<Known>> e : SnapshotOut.sorted(index)) {
      out.string(e.getKey());
      out.count(e.getValue().size());
      for (Known k : e.getValue()) {
        out.count(ordinal.get(k));
      }
    }
  }

  /** Takes the state {@link #save} wrote into this linker, which must be new. */
  public void load(SnapshotIn in) {
    if (!byId.isEmpty()) {
      throw new IllegalStateException("load into a linker that has seen articles");
    }
    EntityType[] types = EntityType.values();
    List<Known> all = new ArrayList<>();
    int n = in.count();
    for (int i = 0; i < n; i++) {
      Known k = new Known(in.string());
      int votes = in.count();
      for (int v = 0; v < votes; v++) {
        k.typeVotes.put(types[in.count()], in.integer());
      }
      k.keys.addAll(in.strings(ArrayList::new));
      k.places.addAll(in.strings(ArrayList::new));
      k.surnames.addAll(in.strings(ArrayList::new));
      k.firstNames.addAll(in.strings(ArrayList::new));
      k.givenNames.addAll(in.strings(ArrayList::new));
      k.names.putAll(in.counts(HashMap::new));
      k.titles.addAll(in.strings(ArrayList::new));
      k.mentions = in.integer();
      k.unitName = in.string();
      all.add(k);
      byId.put(k.id, k);
    }
    loadIndex(in, byKey, all);
    loadIndex(in, bySurname, all);
  }

  private static void loadIndex(SnapshotIn in, Map<String, List<Known>> index, List<Known> all) {
    int n = in.count();
    for (int i = 0; i < n; i++) {
      String key = in.string();
      int size = in.count();
      List<Known> ks = new ArrayList<>(1);
      for (int j = 0; j < size; j++) {
        ks.add(all.get(in.count()));
      }
      index.computeIfAbsent(key, k -> ks);
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
        // a name does not join two places the gazetteer tells apart (Georgia the country, the state)
        if (seen.placeKey == null || k.places.isEmpty() || k.places.contains(seen.placeKey)) {
          hits.merge(k, 1, Integer::sum);
        }
      }
    }
    if (!hits.isEmpty()) {
      return hits.entrySet().stream()
          .max(Comparator.<Map.Entry<Known, Integer>>comparingInt(Map.Entry::getValue)
              .thenComparingInt(e -> e.getKey().mentions)
              .thenComparing(e -> e.getKey().id, Comparator.reverseOrder()))
          .get().getKey();
    }
    if (seen.surname == null) {
      return null;
    }
    Known best = null;
    for (Known k : bySurname.getOrDefault(seen.surname, List.of())) {
      if ((compatibleFirstNames(seen.firstNames, k.firstNames) || !Collections.disjoint(seen.givenNames, k.givenNames))
          && (best == null || k.mentions > best.mentions
              || k.mentions == best.mentions && k.id.compareTo(best.id) < 0)) {
        best = k;
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
   * A new entity's id, from what identifies it rather than from the article or the tag that
   * happened to come first: a person's surname (so "Putin" and "Vladimir Putin" found the same
   * id; a namesake whose first name does not fit takes "#2"), a geocoded place's gazetteer entry,
   * else the name. Never the type: one name is one entity whatever the tagger called it. Only
   * people have namesakes: any other entity whose identity is already known is that entity.
   */
  private Known foundOrSame(Seen seen) {
    String founder = seen.placeKey != null ? seen.placeKey
        : seen.type != EntityType.PERSON ? gazetteerKey(seen.primaryName) : null;
    if (founder == null) {
      founder = seen.surname != null ? SURNAME + seen.surname : "n|" + NameKeys.key(seen.primaryName);
    }
    String id = ArticleIds.derived("E", founder);
    Known same = byId.get(id);
    if (same != null && !founder.startsWith(SURNAME)) {
      return same; // what identifies it ("The Hague" and "Hague" the organisation: one gazetteer entry) is one entity
    }
    for (int n = 2; byId.containsKey(id); n++) {
      id = ArticleIds.derived("E", founder + "#" + n);
    }
    Known known = new Known(id);
    byId.put(id, known);
    return known;
  }

  /** The key a name the gazetteer knows would have, geocoded: the same whether or not this article's context geocoded it. */
  private String gazetteerKey(String name) {
    return gazetteer.findPlace(name).map(e -> placeKey(e.country(), e.name())).orElse(null);
  }

  private static String placeKey(String country, String name) {
    return "place|" + country + "|" + NameKeys.key(name);
  }

  private void absorb(Known known, Seen seen) {
    for (String key : seen.keys) {
      if (known.keys.add(key)) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(known);
      }
    }
    if (seen.placeKey != null) {
      known.places.add(seen.placeKey);
    }
    if (seen.surname != null && known.surnames.add(seen.surname)) {
      bySurname.computeIfAbsent(seen.surname, k -> new ArrayList<>(1)).add(known);
    }
    if (seen.unitName != null) {
      known.unitName = seen.unitName;
    }
    known.firstNames.addAll(seen.firstNames);
    known.givenNames.addAll(seen.givenNames);
    known.typeVotes.merge(seen.type, seen.mentions, Integer::sum);
    seen.names.forEach(name -> known.names.merge(name, 1, Integer::sum));
    for (String title : seen.titles) {
      if (known.titles.size() < MAX_TITLES) {
        known.titles.add(title);
      }
    }
    known.mentions += seen.mentions;
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

  /**
   * What one article says of one entity, and what identifies it across articles: its names'
   * keys (whatever its type), the gazetteer entry of a geocoded place, and a surname for a person
   * or for a lone name that is neither a geocoded place, an acronym nor a known organisation
   * ("Trump" tagged a place).
   */
  private record Seen(EntityType type, String primaryName, Set<String> keys, String placeKey, String unitName,
      String surname, Set<String> firstNames, Set<String> givenNames, List<String> names, List<String> titles,
      int mentions) {

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
      boolean person = entity.type() == EntityType.PERSON;
      String placeKey = place != null && place.lat() != null ? EntityLinker.placeKey(place.country(), place.name()) : null;
      Set<String> keys = new LinkedHashSet<>();
      Set<String> firstNames = new LinkedHashSet<>();
      Set<String> givenNames = new LinkedHashSet<>();
      String surname = null;
      boolean lone = !person && placeKey == null;
      for (String name : names) {
        String key = NameKeys.key(name);
        if (key.isEmpty()) {
          continue;
        }
        boolean single = NameKeys.tokens(key) < 2;
        if (person) {
          // a lone surname is ambiguous: it meets other names through the surname index only
          surname = NameKeys.surname(key);
          if (!single) {
            keys.add(KEY + key);
            List<String> given = NameKeys.givenNames(key);
            firstNames.add(given.get(0));
            for (String g : given) {
              if (g.length() > 1) {
                givenNames.add(g); // "Tayyip Erdoğan" is "Recep Tayyip Erdoğan"
              }
            }
          }
        } else {
          keys.add(KEY + key);
          lone &= single && !isAcronym(name) && ORGANISATIONS.name(name).isEmpty();
        }
      }
      if (lone && !keys.isEmpty()) {
        surname = keys.iterator().next().substring(KEY.length());
      }
      if (placeKey != null) {
        keys.add(placeKey);
      }
      // "the Kharkiv region" is the unit the gazetteer calls "Kharkiv Oblast", not the city Kharkiv:
      // named so, a reader tells the two apart
      String unitName = placeKey != null && place.kind() == PlaceKind.ADMIN
          && !NameKeys.key(place.name()).equals(NameKeys.key(entity.name())) ? place.name() : null;
      if (unitName != null && !names.contains(unitName)) {
        names.add(unitName);
      }
      return new Seen(entity.type(), entity.name(), keys, placeKey, unitName, surname, firstNames, givenNames, names,
          entity.titles(), entity.mentions().size());
    }

    /** "NATO", "SWIFT", "U.S.": written as an acronym, which no one bears as a surname. */
    private static boolean isAcronym(String name) {
      return name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
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
    /** Mentions under each type the tagger gave: the type most mentioned is the entity's. */
    final Map<EntityType, Integer> typeVotes = new java.util.EnumMap<>(EntityType.class);
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> places = new HashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
    final Set<String> firstNames = new LinkedHashSet<>();
    /** Every given name of more than one letter, a middle name included. */
    final Set<String> givenNames = new LinkedHashSet<>();
    final Map<String, Integer> names = new TreeMap<>();
    final Set<String> titles = new LinkedHashSet<>();
    int mentions;
    /** The gazetteer's name of the administrative unit it is ("Kharkiv Oblast"), else null. */
    String unitName;

    Known(String id) {
      this.id = id;
    }

    /** The type most mentions were given, the first in {@link EntityType}'s order on a tie. */
    EntityType type() {
      EntityType best = null;
      for (Map.Entry<EntityType, Integer> e : typeVotes.entrySet()) {
        if (best == null || e.getValue() > typeVotes.get(best)) {
          best = e.getKey();
        }
      }
      return best;
    }

    LinkedEntity snapshot() {
      String canonical = canonicalName();
      List<String> aliases = names.entrySet().stream()
          .filter(e -> !e.getKey().equals(canonical))
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
          .limit(MAX_ALIASES)
          .map(Map.Entry::getKey)
          .toList();
      return new LinkedEntity(id, type(), canonical, aliases, List.copyOf(titles));
    }

    /** An administrative unit's gazetteer name, else the fullest name seen most often: a person's full name before the surname alone. */
    private String canonicalName() {
      if (unitName != null) {
        return unitName;
      }
      return names.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> fullness(e.getKey()))
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey)
          .orElse(id);
    }

    private int fullness(String name) {
      if (type() != EntityType.PERSON) {
        return 0;
      }
      // "Volodymyr Zelensky" over "Zelensky"; initials ("S.V. Lavrov") rank below given names
      int tokens = NameKeys.tokens(NameKeys.key(name));
      return tokens >= 2 && !name.contains(".") ? 2 : tokens >= 2 ? 1 : 0;
    }
  }
}

package org.annals.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.extract.WordSets;
import org.annals.extract.place.Gazetteer;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Mention;
import org.annals.model.NamedSpan;
import org.annals.model.PlaceKind;
import org.annals.model.Sentence;
import org.annals.model.Span;

/**
 * Within-document coreference: groups an article's named mentions into entities ("Sergei Lavrov",
 * "S.V. Lavrov", "Lavrov"; "US", "United States"), types nationalities as NORP, collects the
 * titles written with a name, and adds the nominal mentions news uses for them ("the US secretary
 * of state", "the ministry").
 */
public final class EntityResolver {

  /** "Updated at 14.04 BST": a time zone is a name (CoNLL's MISC), never a party's. */
  private static final Set<String> TIME_ZONES = WordSets.of("time.zone");
  private static final Set<String> GROUP_WORDS = Set.of("muslim", "muslims", "christian", "christians", "jewish",
      "jews", "jew", "catholic", "catholics", "orthodox", "protestant", "sunni", "shia", "shiite", "hindu", "buddhist",
      "democrat", "democrats", "republican", "republicans", "conservatives", "tory", "tories", "islamist",
      "islamists", "kurdish", "kurds", "arab", "arabs", "palestinians", "european", "europeans", "western",
      "westerners", "slavic", "baltic", "nordic", "african", "asian", "latino", "hispanic");

  private static final Pattern THE_NOMINAL = Pattern.compile(
      "\\b[Tt]he (ministry|department|agency|service)\\b");

  private final Gazetteer gazetteer;
  private final KnownOrganisations organisations = KnownOrganisations.builtIn();

  public EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** An entity being built. */
  private static final class Cluster {
    EntityType type;
    final List<Mention> mentions = new ArrayList<>();
    final List<Mention> named = new ArrayList<>();
    final Set<String> titles = new LinkedHashSet<>();
    String placeKey;
    String canonical;

    Cluster(EntityType type) {
      this.type = type;
    }

    int firstStart() {
      return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
    }
  }

  public List<Entity> resolve(AnnotatedArticle doc) {
    String text = doc.text();
    List<Cluster> clusters = new ArrayList<>();
    List<NamedSpan> spans = doc.namedSpans();
    List<EntityType> types = articleTypes(spans);
    for (int i = 0; i < spans.size(); i++) {
      NamedSpan s = spans.get(i);
      Mention m = new Mention(s.start(), s.end(), s.text());
      EntityType type = types.get(i);
      String qualified = type == EntityType.ORGANIZATION ? qualifiedName(text, s) : null;
      Cluster c = qualified != null ? withCanonical(clusters, qualified) : find(clusters, type, s.text());
      if (c == null) {
        c = new Cluster(type);
        c.placeKey = placeKey(type, s.text());
        if (type == EntityType.ORGANIZATION) {
          c.canonical = qualified != null ? qualified : organisations.name(s.text()).orElse(null);
        }
        clusters.add(c);
      }
      c.mentions.add(m);
      c.named.add(m);
      if (type == EntityType.PERSON) {
        Sentence sentence = doc.sentenceAt(s.start());
        int tokenIndex = sentence.tokenAtOrAfter(s.start());
        String title = TitleFinder.titleBefore(text, sentence, tokenIndex);
        if (title != null) {
          c.titles.add(title);
        }
      }
    }
    mergeSurnamesIntoPersons(clusters);
    addTitleMentions(text, clusters);
    addInstitutionMentions(text, clusters);

    List<Entity> out = new ArrayList<>();
    clusters.sort(Comparator.comparingInt(Cluster::firstStart));
    for (Cluster c : clusters) {
      c.mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
      out.add(new Entity("e" + (out.size() + 1), c.type, canonicalName(c), List.copyOf(c.titles),
          dedupe(c.mentions)));
    }
    return out;
  }

  /**
   * One type per name in the article. The tagger's type per span is corrected by what the
   * project knows: a well-known organisation's name ("Nato", "EU") is that organisation, a
   * gazetteer place tagged as a person ("Bucha", "Kyiv") is the place unless the article names a
   * person with that surname, nationality words are groups. Then a name the article gives as a
   * person and as something else is one or the other throughout ({@link #personOrNot}).
   */
  private List<EntityType> articleTypes(List<NamedSpan> spans) {
    Set<String> surnames = new HashSet<>();
    for (NamedSpan s : spans) {
      String[] tokens = Names.normalise(s.text()).split(" ");
      if (s.type() == EntityType.PERSON && tokens.length > 1) {
        surnames.add(tokens[tokens.length - 1]);
      }
    }
    List<EntityType> types = new ArrayList<>(spans.size());
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (NamedSpan s : spans) {
      EntityType type = spanType(s, surnames);
      types.add(type);
      if (type != EntityType.NORP) {
        votes.computeIfAbsent(Names.normalise(s.text()), k -> new LinkedHashMap<>())
            .merge(type, 1, Integer::sum);
      }
    }
    for (int i = 0; i < spans.size(); i++) {
      Map<EntityType, Integer> v = votes.get(Names.normalise(spans.get(i).text()));
      if (v != null && v.size() > 1 && v.containsKey(EntityType.PERSON)) {
        types.set(i, personOrNot(v));
      }
    }
    return types;
  }

  /**
   * A name is a person or it is not: the side most of its spans take, the first span's on a tie;
   * not a person, it takes its most given other type. Organisation and place stay apart ("Madrid"
   * the city, "Madrid" the team), as the tagger told them.
   */
  private static EntityType personOrNot(Map<EntityType, Integer> votes) {
    int person = votes.get(EntityType.PERSON);
    EntityType other = null;
    int others = 0;
    for (Map.Entry<EntityType, Integer> e : votes.entrySet()) {
      if (e.getKey() != EntityType.PERSON) {
        others += e.getValue();
        if (other == null || e.getValue() > votes.get(other)) {
          other = e.getKey();
        }
      }
    }
    boolean personFirst = votes.keySet().iterator().next() == EntityType.PERSON;
    return person > others || person == others && personFirst ? EntityType.PERSON : other;
  }

  private EntityType spanType(NamedSpan s, Set<String> surnames) {
    if (s.text().equals(s.text().toUpperCase(Locale.ROOT)) && TIME_ZONES.contains(s.text().toLowerCase(Locale.ROOT))) {
      return EntityType.MISC; // written in capitals: "WEST" the time zone, "West" the place
    }
    if (organisations.name(s.text()).isPresent()) {
      return EntityType.ORGANIZATION;
    }
    if (s.type() == EntityType.PERSON) {
      String n = Names.normalise(s.text());
      boolean place = gazetteer.findPlace(s.text()).isPresent();
      return place && !surnames.contains(n) ? EntityType.LOCATION : EntityType.PERSON;
    }
    if (s.type() != EntityType.MISC && s.type() != EntityType.LOCATION) {
      return s.type();
    }
    String lower = s.text().toLowerCase(Locale.ROOT);
    if (gazetteer.demonymCountry(s.text()).isPresent() || GROUP_WORDS.contains(lower)) {
      return EntityType.NORP;
    }
    return s.type();
  }

  /** The cluster a new mention belongs to, or null for a new entity. Latest match wins. */
  private Cluster find(List<Cluster> clusters, EntityType type, String text) {
    String norm = Names.normalise(text);
    String key = placeKey(type, text);
    for (int i = clusters.size() - 1; i >= 0; i--) {
      Cluster c = clusters.get(i);
      if (c.type != type) {
        continue;
      }
      for (Mention m : c.named) {
        if (Names.normalise(m.text()).equals(norm)) {
          return c;
        }
      }
    }
    for (int i = clusters.size() - 1; i >= 0; i--) {
      Cluster c = clusters.get(i);
      if (c.type != type) {
        continue;
      }
      if (key != null && key.equals(c.placeKey)) {
        return c;
      }
      for (Mention m : c.named) {
        if (sameReferent(type, norm, Names.normalise(m.text()))) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean sameReferent(EntityType type, String a, String b) {
    String[] ta = a.split(" ");
    String[] tb = b.split(" ");
    switch (type) {
      case PERSON: {
        String sa = ta[ta.length - 1];
        String sb = tb[tb.length - 1];
        if (!(sa.equals(sb) || spellingVariant(sa, sb))) {
          return false;
        }
        if (ta.length == 1 || tb.length == 1) {
          return true;
        }
        // first names must agree, or one be the other's initial ("S.V. Lavrov", "Sergei Lavrov")
        return ta[0].charAt(0) == tb[0].charAt(0);
      }
      case ORGANIZATION:
        return isTokenSuffix(ta, tb) || isTokenSuffix(tb, ta) || isAcronym(a, tb) || isAcronym(b, ta);
      default:
        return false;
    }
  }

  /** "Zelenskiy" / "Zelensky", "Kyiv" / "Kiev": one edit apart in a long enough name. */
  private static boolean spellingVariant(String a, String b) {
    if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= 1 && a.charAt(0) == b.charAt(0);
  }

  /** "state department" is a token suffix of "us state department" (at least two tokens). */
  private static boolean isTokenSuffix(String[] shorter, String[] longer) {
    if (shorter.length < 2 || shorter.length >= longer.length) {
      return false;
    }
    for (int i = 1; i <= shorter.length; i++) {
      if (!shorter[shorter.length - i].equals(longer[longer.length - i])) {
        return false;
      }
    }
    return true;
  }

  /** "sbu" against the words of "sluzhba bezpeky ukrainy", "nato" against "north atlantic treaty organization". */
  private static boolean isAcronym(String acronym, String[] words) {
    if (acronym.contains(" ") || acronym.length() < 2 || words.length < 2) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!Set.of("of", "the", "and", "for", "&").contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(acronym.replace(".", ""));
  }

  /**
   * Places that are the same gazetteer entry ("US", "United States") share a key, and so do the
   * names of one known organisation ("EU", "European Union").
   */
  private String placeKey(EntityType type, String text) {
    if (type == EntityType.ORGANIZATION) {
      return organisations.name(text).map(name -> "org|" + name).orElse(null);
    }
    if (type != EntityType.LOCATION) {
      return null;
    }
    Optional<Gazetteer.Entry> e = gazetteer.findPlace(text);
    return e.map(entry -> entry.kind() + "|" + entry.country() + "|" + entry.name()).orElse(null);
  }

  /**
   * The tagger sometimes types a lone surname as a place or organisation ("Trump said"); where
   * the article names a person with that surname, the mention is that person.
   */
  private void mergeSurnamesIntoPersons(List<Cluster> clusters) {
    for (Cluster c : new ArrayList<>(clusters)) {
      if (c.type == EntityType.PERSON || c.type == EntityType.NORP) {
        continue;
      }
      String single = null;
      for (Mention m : c.named) {
        String n = Names.normalise(m.text());
        if (n.contains(" ") || (single != null && !single.equals(n))) {
          single = null;
          break;
        }
        single = n;
      }
      if (single == null || gazetteer.findPlace(single).isPresent()) {
        continue;
      }
      for (Cluster p : clusters) {
        if (p.type != EntityType.PERSON) {
          continue;
        }
        boolean match = false;
        for (Mention m : p.named) {
          String[] tokens = Names.normalise(m.text()).split(" ");
          match |= tokens.length > 1 && tokens[tokens.length - 1].equals(single);
        }
        if (match) {
          p.mentions.addAll(c.mentions);
          p.named.addAll(c.named);
          clusters.remove(c);
          break;
        }
      }
    }
  }

  /**
   * A generic organisation name ("Ministry of Defence") with a country written right before it
   * ("Russia's", "the Russian", "UK") is that country's: "Ministry of Defence (Russia)", so that
   * different countries' ministries stay apart. Null where the name is not generic or no country
   * is written; such a mention joins the latest entity of its name.
   */
  private String qualifiedName(String text, NamedSpan s) {
    String name = s.text().strip();
    if (!GenericNames.isGeneric(name)) {
      return ownCountryQualified(name);
    }
    String country = countryBefore(text, s.start());
    return country == null ? null : GenericNames.qualified(name, country);
  }

  /**
   * A generic name the country opens ("UK Ministry of Defence", "Russian Defence Ministry") as
   * {@link GenericNames#qualified}, else null.
   */
  private String ownCountryQualified(String name) {
    Matcher m = COUNTRY_WORD.matcher(name);
    if (!m.matches() || !GenericNames.isGeneric(m.group(2))) {
      return null;
    }
    String country = country(m.group(1));
    return country == null ? null : GenericNames.qualified(m.group(2), country);
  }

  private static final Pattern COUNTRY_WORD = Pattern.compile("^(?:the )?([\\p{Lu}][\\p{L}.]*)(?:['’]s)? (.+)$");

  private static Cluster withCanonical(List<Cluster> clusters, String name) {
    for (Cluster c : clusters) {
      if (name.equals(c.canonical)) {
        return c;
      }
    }
    return null;
  }

  private static final Pattern COUNTRY_BEFORE = Pattern.compile(
      "(?:^|\\s)(?:the\\s+)?([\\p{Lu}][\\p{L}.]*(?:\\s+[\\p{Lu}][\\p{L}.]*)?)(?:['’]s)?\\s+(?:the\\s+)?$");

  /** The country named or implied by the words right before a mention, else null. */
  private String countryBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 30), start);
    Matcher m = COUNTRY_BEFORE.matcher(before);
    if (!m.find()) {
      return null;
    }
    return country(m.group(1));
  }

  /** The country a word names ("UK", "Russia") or whose nationality it is ("Russian"), else null. */
  private String country(String words) {
    Optional<String> iso = gazetteer.demonymCountry(words);
    if (iso.isEmpty()) {
      Optional<Gazetteer.Entry> place = gazetteer.findPlace(words);
      if (place.isPresent() && place.get().kind() == PlaceKind.COUNTRY) {
        return place.get().name();
      }
      return null;
    }
    return gazetteer.country(iso.get()).map(Gazetteer.Entry::name).orElse(null);
  }

  /** "the US secretary of state" after "US Secretary of State Marco Rubio" is Rubio. */
  private static void addTitleMentions(String text, List<Cluster> clusters) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Cluster c : clusters) {
      if (c.type != EntityType.PERSON || c.titles.isEmpty()) {
        continue;
      }
      int after = c.firstStart();
      for (String title : c.titles) {
        String needle = "the " + title.toLowerCase(Locale.ROOT);
        if (!title.contains(" ")) {
          continue; // "the president" alone is too ambiguous to resolve by text
        }
        int from = after;
        int at;
        while ((at = lower.indexOf(needle, from)) >= 0) {
          int end = at + needle.length();
          from = end;
          boolean wordEnd = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
          if (wordEnd && !overlapsAny(clusters, at, end) && !followedByName(text, end)) {
            c.mentions.add(new Mention(at, end, text.substring(at, end)));
          }
        }
      }
    }
  }

  /** "the ministry" → the ministry named before, or the one a minister's title implies. */
  private void addInstitutionMentions(String text, List<Cluster> clusters) {
    Matcher m = THE_NOMINAL.matcher(text);
    while (m.find()) {
      if (overlapsAny(clusters, m.start(), m.end()) || followedByName(text, m.end())) {
        continue;
      }
      String head = m.group(1).toLowerCase(Locale.ROOT);
      Cluster target = null;
      int best = -1;
      for (Cluster c : clusters) {
        if (c.type != EntityType.ORGANIZATION) {
          continue;
        }
        for (Mention n : c.named) {
          if (n.start() < m.start() && n.start() > best && n.text().toLowerCase(Locale.ROOT).contains(head)) {
            best = n.start();
            target = c;
          }
        }
      }
      if (target == null && head.equals("ministry")) {
        target = ministryFromTitle(clusters, m.start());
      }
      if (target != null) {
        target.mentions.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end())));
      }
    }
  }

  /** "Russian Foreign Minister" before "the ministry" implies the Russian Foreign Ministry. */
  private Cluster ministryFromTitle(List<Cluster> clusters, int before) {
    String best = null;
    int bestStart = -1;
    for (Cluster c : clusters) {
      if (c.type != EntityType.PERSON) {
        continue;
      }
      for (String title : c.titles) {
        String lower = title.toLowerCase(Locale.ROOT);
        int idx = lower.lastIndexOf("minister");
        if (idx > 0 && !lower.contains("prime minister") && c.firstStart() < before && c.firstStart() > bestStart) {
          bestStart = c.firstStart();
          best = title.substring(0, idx) + "Ministry";
        }
      }
    }
    if (best == null) {
      return null;
    }
    String name = Character.toUpperCase(best.charAt(0)) + best.substring(1);
    String qualified = ownCountryQualified(name); // "Ministry of Foreign Affairs (Türkiye)"
    if (qualified != null) {
      name = qualified;
    }
    for (Cluster c : clusters) {
      if (c.type == EntityType.ORGANIZATION && name.equalsIgnoreCase(c.canonical)) {
        return c;
      }
    }
    Cluster c = new Cluster(EntityType.ORGANIZATION);
    c.canonical = name;
    clusters.add(c);
    return c;
  }

  private static boolean followedByName(String text, int end) {
    // "the ministry Sergei ..." is not a bare nominal; a following capital means a name goes on
    return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
        && !Character.isUpperCase(text.charAt(Math.min(text.length() - 1, end + 2)));
  }

  private static boolean overlapsAny(List<Cluster> clusters, int start, int end) {
    Span s = new Span(start, end);
    for (Cluster c : clusters) {
      for (Mention m : c.mentions) {
        if (m.span().overlaps(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private String canonicalName(Cluster c) {
    if (c.canonical != null) {
      return c.canonical;
    }
    if (c.type == EntityType.LOCATION) {
      for (Mention m : c.named) {
        Optional<Gazetteer.Entry> e = gazetteer.findPlace(m.text());
        if (e.isPresent() && e.get().kind() == PlaceKind.COUNTRY) {
          return e.get().name();
        }
      }
    }
    Mention best = null;
    for (Mention m : c.named) {
      if (best == null || better(m, best)) {
        best = m;
      }
    }
    return best.text();
  }

  /** More words wins; among equals, one without initials ("Sergei Lavrov" over "S.V. Lavrov"). */
  private static boolean better(Mention a, Mention b) {
    int wa = a.text().split("\\s+").length;
    int wb = b.text().split("\\s+").length;
    if (wa != wb) {
      return wa > wb;
    }
    boolean ia = a.text().contains(".");
    boolean ib = b.text().contains(".");
    return !ia && ib;
  }

  private static List<Mention> dedupe(List<Mention> sorted) {
    List<Mention> out = new ArrayList<>(sorted.size());
    for (Mention m : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().equals(m.span())) {
        out.add(m);
      }
    }
    return out;
  }
}

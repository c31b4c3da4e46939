package org.annals.link.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.extract.TaggedDoc;
import org.annals.link.ArticleIds;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.link.SnapshotIn;
import org.annals.link.SnapshotOut;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.Mention;
import org.annals.model.MentionKind;
import org.annals.model.PloverType;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventLinkerTest {

  private static final LinkedEntity RUSSIA = new LinkedEntity("g-russia", EntityType.LOCATION, "Russia", List.of(), List.of());
  private static final LinkedEntity KYIV = new LinkedEntity("g-kyiv", EntityType.LOCATION, "Kyiv", List.of(), List.of());
  private static final LinkedEntity PARIS = new LinkedEntity("g-paris", EntityType.LOCATION, "Paris", List.of(), List.of());

  /** An article "<actor> <trigger> <target> ..." with one event whose actor is e1 and target e2. */
  private static Extraction article(String id, String text, String trigger, PloverType type, String date) {
    Article a = Article.of(id, text, LocalDate.parse("2025-06-02"));
    int t = text.indexOf(trigger);
    int r = text.indexOf("Russia");
    String targetName = text.contains("Kyiv") ? "Kyiv" : "Paris";
    int k = text.indexOf(targetName);
    Event e = new Event("ev1", type, null, null, EventStatus.ASSERTED, new Mention(t, t + trigger.length(), trigger),
        List.of(new EntityRef("e1", r, r + 6, "Russia")), List.of(new EntityRef("e2", k, k + targetName.length(), targetName)),
        null, new EventDate(date, 0, 0, ""), List.of(), new Span(0, text.length()));
    return new Extraction(a, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(e));
  }

  private static final String T1 = "Russia struck Kyiv overnight with drones and missiles, officials in Kyiv said.";
  private static final String T2 = "Russia attacked Kyiv overnight, launching drones and missiles at the capital Kyiv.";
  private static final String T3 = "Russia's drones and missiles hit Kyiv overnight again, the city's officials said.";

  @Test
  void reportsOfOneStrikeBecomeOneEventAndAnotherTargetDoesNot() {
    EventLinker linker = new EventLinker();
    Map<String, String> first = linker.link("a1", article("a1", T1, "struck", PloverType.ASSAULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", KYIV), LocalDate.parse("2025-06-02"));
    Map<String, String> second = linker.link("a2", article("a2", T2, "attacked", PloverType.ASSAULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", KYIV), LocalDate.parse("2025-06-02"));
    Map<String, String> meeting = linker.link("a3",
        article("a3", "Russia met Paris envoys overnight about drones and missiles in Kyiv.", "met", PloverType.CONSULT, "2025-06-01"),
        Map.of("e1", RUSSIA, "e2", PARIS), LocalDate.parse("2025-06-02"));
    assertThat(first).containsEntry("ev1", ArticleIds.derived("v", "a1/ev1"));
    assertThat(second).containsEntry("ev1", first.get("ev1"));
    assertThat(meeting.get("ev1")).isNotEqualTo(first.get("ev1"));
  }

  @Test
  void afterARestartStoredArticlesAreReplayedAndLinkingContinues() {
    EventLinker before = new EventLinker();
    Extraction x1 = article("a1", T1, "struck", PloverType.ASSAULT, "2025-06-01");
    Map<String, LinkedEntity> ents = Map.of("e1", RUSSIA, "e2", KYIV);
    Map<String, String> links1 = before.link("a1", x1, ents, LocalDate.parse("2025-06-02"));
    Extraction x3 = article("a3", T3, "hit", PloverType.ASSAULT, "2025-06-01");
    Map<String, String> unbroken = before.link("a3", x3, ents, LocalDate.parse("2025-06-02"));

    EventLinker after = new EventLinker();
    after.observe(new LinkedArticle(x1, List.of(new Span(0, T1.length())),
        new ArticleLinks("a1", LocalDate.parse("2025-06-02"), DateSource.INPUT, null, "s1", "strikes", ents, links1)));
    assertThat(after.link("a3", x3, ents, LocalDate.parse("2025-06-02"))).isEqualTo(unbroken);
    assertThat(unbroken.get("ev1")).isEqualTo(links1.get("ev1"));
  }

  @Test
  void triggerLemmasDropCommonInflections() {
    assertThat(EventLinker.triggerLemma("Struck")).isEqualTo("struck");
    assertThat(EventLinker.triggerLemma("attacked")).isEqualTo("attack");
    assertThat(EventLinker.triggerLemma("drone strikes")).isEqualTo("strike");
    assertThat(EventLinker.triggerLemma("casualties")).isEqualTo("casualty");
  }

  // ---- articles told in a line each ------------------------------------------------------------

  /** What kind of entity each name of the hand-made articles is. */
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("Russia", "LOCATION"), Map.entry("Ukraine", "LOCATION"), Map.entry("Kyiv", "LOCATION"),
      Map.entry("Kharkiv", "LOCATION"), Map.entry("Odesa", "LOCATION"), Map.entry("Belgorod", "LOCATION"), Map.entry("Paris", "LOCATION"), Map.entry("Moscow", "LOCATION"),
      Map.entry("Sarnow", "LOCATION"), Map.entry("Anna Holt", "PERSON"), Map.entry("Piet Vos", "PERSON"),
      Map.entry("Turkey", "LOCATION"), Map.entry("Sweden", "LOCATION"), Map.entry("Finland", "LOCATION"),
      Map.entry("Northern Alliance", "ORGANIZATION"), Map.entry("Ukrainian", "NORP"), Map.entry("Russian", "NORP"));

  /** One hand-made article and its extraction. */
  private record Told(String id, LocalDate date, TaggedDoc doc, Extraction extraction) {

    /** The article's entities linked across articles by name: the same name, the same entity. */
    Map<String, LinkedEntity> entities() {
      Map<String, LinkedEntity> out = new LinkedHashMap<>();
      for (var e : doc.entities()) {
        out.put(e.id(), new LinkedEntity("g-" + e.name().toLowerCase().replace(' ', '-'), e.type(), e.name(),
            List.of(), List.of()));
      }
      return out;
    }
  }

  /**
   * An article with one event, told in one line: {@code id reportDate TYPE lemma actors > recipients}
   * and options: {@code @value} the date the text gives, {@code in=Place}, {@code ref} (a reference,
   * not news), {@code planned} (future), {@code not} (negated), {@code mode=phone}, {@code bare} (no party named),
   * {@code fig=CATEGORY:unit:value} (a figure the event gives, "fig=MONEY:GBP:1e9"). Names
   * are joined by {@code ,}; the report date {@code -} is none.
   */
  private static Told told(String line) {
    String[] f = line.trim().split("\\s+");
    String id = f[0];
    LocalDate date = f[1].equals("-") ? null : LocalDate.parse(f[1]);
    PloverType type = PloverType.valueOf(f[2]);
    String lemma = f[3];
    List<String> actors = new ArrayList<>();
    List<String> recipients = new ArrayList<>();
    String value = null;
    String place = null;
    String mode = null;
    boolean reference = false;
    List<Figure> figures = new ArrayList<>();
    EventStatus status = EventStatus.ASSERTED;
    boolean afterArrow = false;
    for (int i = 4; i < f.length; i++) {
      String w = f[i];
      if (w.equals(">")) {
        afterArrow = true;
      } else if (w.startsWith("@")) {
        value = w.substring(1);
      } else if (w.startsWith("in=")) {
        place = w.substring(3).replace('_', ' ');
      } else if (w.startsWith("mode=")) {
        mode = w.substring(5);
      } else if (w.startsWith("fig=")) {
        String[] g = w.substring(4).split(":");
        figures.add(new Figure(0, 1, w, Double.parseDouble(g[2]), FigureQualifier.EXACT, FigureCategory.valueOf(g[0]),
            null, g[1].isEmpty() ? null : g[1], false));
      } else if (w.equals("ref")) {
        reference = true;
      } else if (w.equals("planned")) {
        status = EventStatus.FUTURE;
      } else if (w.equals("not")) {
        status = EventStatus.NEGATED;
      } else if (!w.equals("bare")) {
        for (String name : w.split(",")) {
          (afterArrow ? recipients : actors).add(name.replace('_', ' '));
        }
      }
    }
    StringBuilder tagged = new StringBuilder();
    for (String a : actors) {
      tagged.append(tagged(a)).append(' ');
    }
    tagged.append(lemma).append("/NN/").append(lemma);
    for (String r : recipients) {
      tagged.append(" on/IN ").append(tagged(r));
    }
    if (place != null) {
      tagged.append(" in/IN ").append(tagged(place));
    }
    tagged.append(" ./.");
    TaggedDoc doc = (date == null ? TaggedDoc.undated() : TaggedDoc.dated(date.toString())).id(id)
        .sentence(tagged.toString());
    Mention trigger = doc.mention(lemma);
    List<EntityRef> actorRefs = actors.stream().map(doc::ref).toList();
    List<EntityRef> recipientRefs = recipients.stream().map(doc::ref).toList();
    EntityRef location = place != null ? doc.ref(place)
        : type == PloverType.ASSAULT ? recipientRefs.stream()
            .filter(r -> KINDS.get(r.text()).equals("LOCATION")).findFirst().orElse(null) : null;
    EventDate eventDate = value == null ? null : new EventDate(value, 0, 0, value);
    Span sentence = doc.sentenceSpan(0);
    EventMention mention = new EventMention(trigger, lemma, sentence, status,
        reference ? MentionKind.REFERENCE : MentionKind.REPORT, eventDate);
    List<Integer> figureIndexes = java.util.stream.IntStream.range(0, figures.size()).boxed().toList();
    Event e = new Event("ev1", type, mode, null, status, trigger, actorRefs, recipientRefs, location, eventDate,
        figureIndexes, sentence, List.of(mention));
    Extraction x = doc.extraction(List.of(e));
    return new Told(id, date, doc, new Extraction(x.article(), x.entities(), x.times(), x.places(), x.quotes(),
        figures, x.events()));
  }

  private static String tagged(String name) {
    String kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalArgumentException("no kind for " + name);
    }
    StringBuilder out = new StringBuilder();
    for (String w : name.split(" ")) {
      out.append(out.length() == 0 ? "" : " ").append(w).append("/NNP/").append(kind);
    }
    return out.toString();
  }

  /**
   * Links the articles in order; which articles' events share a record: "a1 a2; a3", "-a4" where
   * none. A null linker: a new one, taken through a snapshot before each article.
   */
  private static String link(EventLinker linker, List<Told> articles) {
    Map<String, List<String>> byRecord = new LinkedHashMap<>();
    List<String> none = new ArrayList<>();
    boolean snapshots = linker == null;
    if (snapshots) {
      linker = new EventLinker();
    }
    for (Told t : articles) {
      if (snapshots) {
        linker = throughSnapshot(linker);
      }
      String id = linker.link(t.id(), t.extraction(), t.entities(), t.date()).get("ev1");
      if (id == null) {
        none.add("-" + t.id());
      } else {
        byRecord.computeIfAbsent(id, k -> new ArrayList<>()).add(t.id());
      }
    }
    List<String> groups = new ArrayList<>();
    byRecord.values().forEach(g -> groups.add(String.join(" ", g)));
    groups.addAll(none);
    return String.join("; ", groups);
  }

  private static List<Told> articles(String lines) {
    List<Told> out = new ArrayList<>();
    for (String line : lines.split(";")) {
      out.add(told(line));
    }
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      reports of one strike on one place on one day are one event, another place another |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01; a2 2025-06-02 ASSAULT attack Russia > Kyiv @2025-06-01;\
        a3 2025-06-02 ASSAULT strike Russia > Kharkiv @2025-06-01 | a1 a2; a3
      a date given two days apart is another strike, a day apart the same |\
        a1 2025-06-03 ASSAULT strike Russia > Kyiv @2025-06-01; a2 2025-06-03 ASSAULT strike Russia > Kyiv @2025-06-03;\
        a3 2025-06-03 ASSAULT strike Russia > Kyiv @2025-06-02 | a1 a3; a2
      undated news links within a few days of the event's day |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01; a2 2025-06-04 ASSAULT strike Russia > Kyiv | a1 a2
      a record only its news dates happened by its first report: a day given after it is another event |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv; a2 2025-06-04 ASSAULT strike Russia > Kyiv @2025-06-03;\
        a3 2025-06-04 ASSAULT strike Russia > Kyiv @2025-06-01 | a1 a3; a2
      undated news never links ten days later |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01; a2 2025-06-11 ASSAULT strike Russia > Kyiv | a1; a2
      undated news of an undated event links within a few days of its first report |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv; a2 2025-06-04 ASSAULT strike Russia > Kyiv;\
        a3 2025-06-12 ASSAULT strike Russia > Kyiv | a1 a2; a3
      an undated reference to a campaign links back any distance |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2025-06-02 ASSAULT invasion bare ref | a1 a2
      an undated reference never links forward |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2021-06-02 ASSAULT invasion Russia > Ukraine ref | a1; a2
      an undated war that names no one is the war of the day, not one of history |\
        a1 2022-02-24 ASSAULT war bare @1945; a2 2022-03-01 ASSAULT war bare ref;\
        a3 2022-03-01 ASSAULT invasion Russia > Ukraine @2022-02-24; a4 2022-03-02 ASSAULT war bare ref | a1; a3 a4; -a2
      an undated war is never one of history, even with a party in common |\
        a1 2022-02-24 ASSAULT war Russia @1945; a2 2022-03-01 ASSAULT war Russia ref | a1; a2
      a record no mention dates is of the days it was told, not of a year long before them |\
        a1 2022-02-23 ASSAULT invasion Russia > Ukraine; a2 2022-02-28 ASSAULT operation Russia > Ukraine @2020 ref;\
        a3 2022-02-28 ASSAULT operation Russia > Ukraine @2022-02 ref | a1 a3; a2
      news of the day never joins an event of history, whoever takes part |\
        a1 2022-06-29 CONSULT summit Anna_Holt > Piet_Vos @2010; a2 2022-06-29 CONSULT summit Anna_Holt > Piet_Vos | a1; a2
      a place of no known country does not keep a reference from a war told by countries |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-04-14 ASSAULT war ref in=Sarnow | a1 a2
      a war spans the towns of the countries it is fought in, but not a town of another country |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24 in=Ukraine; a2 2022-03-01 ASSAULT war ref in=Kyiv;\
        a3 2022-03-02 ASSAULT war ref in=Kharkiv; a4 2022-03-03 ASSAULT war ref in=Paris | a1 a2 a3; a4
      news that names nothing joins a record of its kind whose sentences it matches, and founds none |\
        a1 2025-06-02 AGREE deal Anna_Holt > Piet_Vos @2025-06-01; a2 2025-06-02 AGREE memorandum bare;\
        a3 2025-06-02 AGREE deal bare | a1 a3; -a2
      a reference that names no one and joins nothing gets no id |\
        a1 2025-06-02 ASSAULT invasion bare ref | -a1
      an incident that names nothing and joins nothing gets no id |\
        a1 2025-06-02 ASSAULT attack Russia > Kyiv @2025-06-01; a2 2025-06-02 CONSULT talk bare | a1; -a2
      a country-wide attack on the first day of a campaign between the same countries is its start |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-02-25 ASSAULT attack Russia > Ukraine @2022-02-24 | a1 a2
      …or on the country's people, or on the country by no one named |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-02-25 ASSAULT attack Russia > Ukrainian @2022-02-24;\
        a3 2022-02-24 ASSAULT attack > Ukraine | a1 a2 a3
      …but not an attack on a city, nor one a week later |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-02-25 ASSAULT attack Russia > Kyiv @2022-02-24;\
        a3 2022-03-03 ASSAULT attack Russia > Ukraine @2022-03-03 | a1; a2; a3
      a war told by its capital ("Moscow had to invade") is the state's war |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-02-25 ASSAULT invade Moscow ref | a1 a2
      an attack launched where no place is named, by an actor of a campaign begun that day, is its start |\
        a1 2022-02-24 ASSAULT invasion Anna_Holt,Russia > Ukraine @2022-02-24; a2 2022-02-24 ASSAULT launch Anna_Holt;\
        a3 2022-02-24 ASSAULT launch Piet_Vos | a1 a2; a3
      an undated reference to a country-wide attack is the campaign's start, any time after it, never before |\
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24; a2 2022-06-27 ASSAULT attack Russia > Ukraine ref;\
        a3 2022-06-27 ASSAULT attack Russia > Kyiv ref; a4 2022-06-27 ASSAULT attack Russia > Ukraine;\
        a5 2021-06-27 ASSAULT attack Russia > Ukraine ref | a1 a2; a3; a4; a5
      an undated reference that names only countries finds the record of the weeks before it, not of months |\
        a1 2022-05-16 REJECT approve Turkey > Sweden,Finland @2022-05-16; a2 2022-05-30 REJECT approve Turkey > Sweden,Finland ref;\
        a3 2022-08-30 REJECT approve Turkey > Sweden,Finland ref | a1 a2; a3
      …what was only planned is found by a party that singles it out, not by its day |\
        a1 2022-05-16 REJECT approve Turkey > Sweden,Finland @2022-05-20 planned; a2 2022-05-30 REJECT approve Turkey > Sweden,Finland ref planned | a1; a2
      two sides are two strikes |\
        a1 2025-06-02 ASSAULT strike Russia > Kharkiv @2025-06-01; a2 2025-06-02 ASSAULT strike Ukraine > Kharkiv @2025-06-01 | a1; a2
      a plan never joins what happened |\
        a1 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01; a2 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos planned | a1; a2
      what did not happen never joins what did; two tellings that it did not happen are one |\
        a1 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01; a2 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 not;\
        a3 2025-06-03 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 not | a1; a2 a3
      a phone call never joins a visit; a call joins a call |\
        a1 2025-06-02 CONSULT visit Anna_Holt > Piet_Vos @2025-06-01 mode=visit; a2 2025-06-02 CONSULT call Anna_Holt > Piet_Vos @2025-06-01 mode=phone;\
        a3 2025-06-02 CONSULT conversation Piet_Vos > Anna_Holt @2025-06-01 mode=phone | a1; a2 a3
      places that disagree keep two meetings apart |\
        a1 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 in=Kyiv; a2 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 in=Odesa | a1; a2
      a record told of a city and its country never takes another city of that country |\
        a1 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01; a2 2025-06-02 ASSAULT attack Russia > Ukraine @2025-06-01;\
        a3 2025-06-03 ASSAULT strike Russia > Kharkiv @2025-06-01 | a1 a2; a3
      the same sum told by other parties is one pledge; another sum, a small count or a tally is no reason |\
        a1 2022-06-29 AID pledge Anna_Holt > Ukraine fig=MONEY:GBP:1e9; a2 2022-06-29 AID pledge Piet_Vos > Ukraine fig=MONEY:GBP:1e9;\
        a3 2022-06-29 AID pledge Northern_Alliance > Ukraine fig=MONEY:GBP:2e9; a4 2025-06-02 ASSAULT strike Russia > Kyiv fig=KILLED::3;\
        a5 2025-06-03 ASSAULT strike Anna_Holt fig=KILLED::3 | a1 a2; a3; a4; a5
      a state and its people saying one thing on one day are one statement; two attacks of one side are not one |\
        a1 2022-03-24 REQUEST request Ukraine @2022-03-24; a2 2022-03-24 REQUEST request Ukrainian @2022-03-24;\
        a3 2022-03-24 ASSAULT strike Russia @2022-03-24; a4 2022-03-24 ASSAULT strike Russian @2022-03-24 | a1 a2; a3; a4
      a country and a city inside it agree |\
        a1 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 in=Kyiv; a2 2025-06-02 CONSULT meeting Anna_Holt > Piet_Vos @2025-06-01 in=Ukraine | a1 a2
      """)
  void anArticlesEventJoinsTheRecordItFitsAndHasAReasonToJoin(String behaviour, String lines, String expected) {
    assertThat(link(new EventLinker(), articles(lines))).isEqualTo(expected);
    // a linker saved and loaded again before each article (a restart from a snapshot) links alike
    assertThat(link(null, articles(lines))).as("through snapshots").isEqualTo(expected);
  }

  /** The linker a snapshot of {@code linker} loads into; written again, it gives the same bytes. */
  private static EventLinker throughSnapshot(EventLinker linker) {
    SnapshotOut out = new SnapshotOut();
    linker.save(out);
    byte[] saved = out.finish();
    EventLinker loaded = new EventLinker();
    SnapshotIn in = new SnapshotIn(saved);
    loaded.load(in);
    assertThat(in.atEnd()).isTrue();
    SnapshotOut again = new SnapshotOut();
    loaded.save(again);
    assertThat(again.finish()).isEqualTo(saved);
    return loaded;
  }

  /** Event {@code n} of a hand-made article: an asserted attack told in one sentence, by one mention. */
  private static Event assault(int n, Mention trigger, String lemma, Span sentence, List<EntityRef> actors,
      List<EntityRef> recipients, EntityRef location, EventDate date, MentionKind kind) {
    return new Event("ev" + n, PloverType.ASSAULT, null, null, EventStatus.ASSERTED, trigger, actors, recipients,
        location, date, List.of(), sentence,
        List.of(new EventMention(trigger, lemma, sentence, EventStatus.ASSERTED, kind, date)));
  }

  /** "Russia struck Kyiv … shelled Kyiv": two strikes of one day, told in one sentence or in two. */
  private static Told twoStrikes(String id, boolean oneSentence) {
    TaggedDoc doc = TaggedDoc.dated("2025-06-02").id(id);
    if (oneSentence) {
      doc.sentence("Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION and/CC shelled/VBD/shell Kyiv/NNP/LOCATION"
          + " again/RB ./.");
    } else {
      doc.sentences("Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION ./.",
          "Russia/NNP/LOCATION shelled/VBD/shell Kyiv/NNP/LOCATION again/RB ./.");
    }
    List<Event> events = new ArrayList<>();
    String[][] triggers = {{"struck", "strike"}, {"shelled", "shell"}};
    for (int i = 0; i < 2; i++) {
      Mention trigger = doc.mention(triggers[i][0]);
      Span sentence = doc.sentenceSpan(oneSentence ? 0 : i);
      EventDate date = new EventDate("2025-06-01", 0, 0, "");
      events.add(assault(i + 1, trigger, triggers[i][1], sentence, List.of(doc.ref("Russia", oneSentence ? 1 : i + 1)),
          List.of(doc.ref("Kyiv", i + 1)), doc.ref("Kyiv", i + 1), date, MentionKind.REPORT));
    }
    return new Told(id, LocalDate.parse("2025-06-02"), doc, doc.extraction(events));
  }

  @Test
  void twoEventsOfOneArticleToldInOneSentenceNeverShareARecord() {
    Told first = told("a1 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01");
    for (boolean oneSentence : new boolean[] {true, false}) {
      EventLinker linker = new EventLinker();
      String record = linker.link("a1", first.extraction(), first.entities(), first.date()).get("ev1");
      Told both = twoStrikes("a2", oneSentence);
      Map<String, String> links = linker.link("a2", both.extraction(), both.entities(), both.date());
      assertThat(links.get("ev1")).isEqualTo(record);
      if (oneSentence) {
        assertThat(links.get("ev2")).as("told in one sentence: two events").isNotNull().isNotEqualTo(record);
      } else {
        assertThat(links.get("ev2")).as("told in two sentences: may be one").isEqualTo(record);
      }
    }
  }

  /**
   * "The war in Ukraine, which began when Russian forces invaded": one sentence that names a war
   * twice names one war, and both names join its record (two incidents of one sentence do not).
   */
  @Test
  void oneSentenceNamingAWarTwiceNamesOneWar() {
    EventLinker linker = new EventLinker();
    Told war = told("a0 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24");
    String record = linker.link("a0", war.extraction(), war.entities(), war.date()).get("ev1");
    TaggedDoc doc = TaggedDoc.dated("2022-03-26").id("a1").sentences(
        "The/DT war/NN in/IN Ukraine/NNP/LOCATION began/VBD/begin when/WRB Russian/JJ/NORP forces/NNS/force invaded/VBD/invade ./.");
    Span sentence = doc.sentenceSpan(0);
    List<Event> events = new ArrayList<>();
    String[][] triggers = {{"war", "war"}, {"invaded", "invade"}};
    for (int i = 0; i < 2; i++) {
      Mention trigger = doc.mention(triggers[i][0]);
      List<EntityRef> actors = i == 0 ? List.of() : List.of(doc.ref("Russian"));
      List<EntityRef> places = i == 0 ? List.of(doc.ref("Ukraine")) : List.of();
      events.add(assault(i + 1, trigger, triggers[i][1], sentence, actors, places, i == 0 ? doc.ref("Ukraine") : null,
          null, MentionKind.REFERENCE));
    }
    Told article = new Told("a1", LocalDate.parse("2022-03-26"), doc, doc.extraction(events));
    Map<String, String> links = linker.link("a1", article.extraction(), article.entities(), article.date());
    assertThat(links.get("ev1")).isEqualTo(record);
    assertThat(links.get("ev2")).isEqualTo(record);
  }

  /**
   * "The invasion began at dawn. … Russia's invasion of Ukraine began at dawn.": an article's bare
   * reference first in its text still finds the war its later sentence names, not an older record.
   */
  @Test
  void aBareReferenceLinksAfterTheEventsOfItsArticleThatNameParties() {
    EventLinker linker = new EventLinker();
    Told older = told("a0 2022-02-23 ASSAULT invasion > Sarnow @2022-02-23");
    String olderRecord = linker.link("a0", older.extraction(), older.entities(), older.date()).get("ev1");
    TaggedDoc doc = TaggedDoc.dated("2022-02-24").id("a1").sentences(
        "The/DT invasion/NN/invasion began/VBD/begin at/IN dawn/NN ./.",
        "Russia/NNP/LOCATION invasion/NN/invasion of/IN Ukraine/NNP/LOCATION began/VBD/begin at/IN dawn/NN ./.");
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Mention trigger = doc.mention("invasion", i + 1);
      Span sentence = doc.sentenceSpan(i);
      List<EntityRef> actors = i == 0 ? List.of() : List.of(doc.ref("Russia"));
      List<EntityRef> recipients = i == 0 ? List.of() : List.of(doc.ref("Ukraine"));
      events.add(assault(i + 1, trigger, "invasion", sentence, actors, recipients, null, null, MentionKind.REFERENCE));
    }
    Told article = new Told("a1", LocalDate.parse("2022-02-24"), doc, doc.extraction(events));
    Map<String, String> links = linker.link("a1", article.extraction(), article.entities(), article.date());
    assertThat(links.get("ev2")).as("the war named").isNotNull().isNotEqualTo(olderRecord);
    assertThat(links.get("ev1")).as("the bare reference").isEqualTo(links.get("ev2"));
  }

  @Test
  void aRestartedLinkerContinuesExactlyAsAnUnbrokenOne() {
    List<Told> stream = articles("""
        a1 2022-02-24 ASSAULT invasion Russia > Ukraine @2022-02-24;
        a2 2022-02-25 ASSAULT attack Russia > Ukraine @2022-02-24;
        a3 2025-06-02 ASSAULT strike Russia > Kyiv @2025-06-01;
        a4 2025-06-03 ASSAULT strike Russia > Kyiv;
        a5 2025-06-03 ASSAULT invasion bare ref;
        a6 2025-06-03 CONSULT talk bare;
        a7 2025-06-03 CONSULT call Anna_Holt > Piet_Vos mode=phone;
        a8 2025-06-04 CONSULT conversation Piet_Vos > Anna_Holt mode=phone;
        a9 2025-06-04 ASSAULT attack Russia > Kyiv @2025-06-01;
        a10 2025-06-12 ASSAULT strike Russia > Kyiv""");
    EventLinker unbroken = new EventLinker();
    List<Map<String, String>> expected = new ArrayList<>();
    for (Told t : stream) {
      expected.add(unbroken.link(t.id(), t.extraction(), t.entities(), t.date()));
    }
    assertThat(expected.get(1)).as("the campaign's start").isEqualTo(expected.get(0));
    assertThat(expected.get(5)).as("names nothing, joins nothing").isEmpty();
    assertThat(expected.get(4)).as("a reference to the campaign").isEqualTo(expected.get(0));
    assertThat(List.of(expected.get(3), expected.get(8))).as("news of the strike").containsOnly(expected.get(2));
    assertThat(expected.get(7)).as("the call").isEqualTo(expected.get(6));
    assertThat(expected.get(9).get("ev1")).as("ten days later").isNotEqualTo(expected.get(2).get("ev1"));

    for (int stop = 0; stop <= stream.size(); stop++) {
      EventLinker before = new EventLinker();
      List<LinkedArticle> stored = new ArrayList<>();
      for (Told t : stream.subList(0, stop)) {
        Map<String, String> links = before.link(t.id(), t.extraction(), t.entities(), t.date());
        stored.add(new LinkedArticle(t.extraction(), List.of(t.doc().sentenceSpan(0)), new ArticleLinks(t.id(),
            t.date(), DateSource.INPUT, null, "s1", "story", t.entities(), links)));
      }
      EventLinker after = new EventLinker();
      stored.forEach(after::observe);
      for (int i = stop; i < stream.size(); i++) {
        Told t = stream.get(i);
        assertThat(after.link(t.id(), t.extraction(), t.entities(), t.date()))
            .as("article %s after a restart at %d", t.id(), stop).isEqualTo(expected.get(i));
      }
    }
  }
}

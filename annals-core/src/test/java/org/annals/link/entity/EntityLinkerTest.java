package org.annals.link.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.link.ArticleLinks;
import org.annals.link.LinkedArticle;
import org.annals.link.LinkedEntity;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

  private final EntityLinker linker = new EntityLinker();

  @Test
  void spellingsOfOnePersonAcrossArticlesAreOneEntityWithAliasesAndTitles() {
    LinkedEntity a = linkOne(person("Volodymyr Zelensky", List.of("Ukrainian President"), "Volodymyr Zelensky", "Zelensky"));
    LinkedEntity b = linkOne(person("Zelenskiy", List.of(), "Zelenskiy"));
    LinkedEntity c = linkOne(person("Volodymyr Zelenskyy", List.of("President"), "Volodymyr Zelenskyy", "he"));

    assertThat(b.id()).isEqualTo(a.id());
    assertThat(c.id()).isEqualTo(a.id());
    assertThat(c.name()).isEqualTo("Volodymyr Zelensky");
    assertThat(c.aliases()).contains("Zelensky", "Zelenskiy", "Volodymyr Zelenskyy").doesNotContain("he");
    assertThat(c.titles()).containsExactly("Ukrainian President", "President");
  }

  @Test
  void aSurnameJoinsThePersonWithAgreeingFirstNameAndOthersStayApart() {
    LinkedEntity donald = linkOne(person("Donald Trump", List.of(), "Donald Trump"));
    LinkedEntity melania = linkOne(person("Melania Trump", List.of(), "Melania Trump"));
    LinkedEntity surname = linkOne(person("Trump", List.of(), "Trump"));
    LinkedEntity initials = linkOne(person("D. Trump", List.of(), "D. Trump"));

    assertThat(melania.id()).isNotEqualTo(donald.id());
    assertThat(initials.id()).isEqualTo(donald.id());
    // the lone surname joins a Trump; both are candidates, so it takes the most mentioned
    assertThat(surname.id()).isIn(donald.id(), melania.id());
  }

  @Test
  void aPersonNamedByAMiddleNameAndSurnameIsThatPersonButAMiddleInitialJoinsNoOne() {
    LinkedEntity full = linkOne(person("Recep Tayyip Erdoğan", List.of(), "Recep Tayyip Erdoğan"));
    LinkedEntity middle = linkOne(person("Tayyip Erdoğan", List.of(), "Tayyip Erdoğan"));
    assertThat(middle.id()).isEqualTo(full.id());
    LinkedEntity donald = linkOne(person("Donald J. Trump", List.of(), "Donald J. Trump"));
    LinkedEntity joanna = linkOne(person("Joanna Trump", List.of(), "Joanna Trump"));
    assertThat(joanna.id()).isNotEqualTo(donald.id());
  }

  @Test
  void aPersonsIdDoesNotDependOnWhichNameCameFirst() {
    EntityLinker surnameFirst = new EntityLinker();
    String a = surnameFirst.link(person("Putin", List.of(), "Putin")).get("e1").id();
    assertThat(surnameFirst.link(person("Vladimir Putin", List.of(), "Vladimir Putin")).get("e1").id()).isEqualTo(a);
    EntityLinker fullNameFirst = new EntityLinker();
    String b = fullNameFirst.link(person("Vladimir Putin", List.of(), "Vladimir Putin")).get("e1").id();
    assertThat(fullNameFirst.link(person("Putin", List.of(), "Putin")).get("e1").id()).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    // a namesake whose first name does not fit is another person
    assertThat(fullNameFirst.link(person("Lyudmila Putin", List.of(), "Lyudmila Putin")).get("e1").id())
        .isNotEqualTo(b);
  }

  @Test
  void aPersonFirstNamedBySurnameGetsTheFullNameLater() {
    LinkedEntity first = linkOne(person("Lavrov", List.of(), "Lavrov"));
    LinkedEntity later = linkOne(person("Sergei Lavrov", List.of("Foreign Minister"), "Sergei Lavrov", "Lavrov"));

    assertThat(later.id()).isEqualTo(first.id());
    assertThat(later.name()).isEqualTo("Sergei Lavrov");
  }

  @Test
  void anHonorificIsNoPartOfTheName() {
    LinkedEntity full = linkOne(person("Donald Trump", List.of(), "Donald Trump"));
    LinkedEntity mister = linkOne(person("Mr. Trump", List.of(), "Mr. Trump"));
    assertThat(mister.id()).isEqualTo(full.id());
    assertThat(mister.name()).isEqualTo("Donald Trump");
  }

  @Test
  void aLoneSurnameTypedAsSomethingElseJoinsAWellKnownPersonButAGeocodedPlaceDoesNot() {
    LinkedEntity trump = null;
    for (int i = 0; i < 3; i++) {
      trump = linkOne(person("Donald Trump", List.of(), "Donald Trump", "Trump"));
    }
    LinkedEntity mistyped = linker.link(extraction(new Entity("e1", EntityType.LOCATION, "Trump", List.of(),
        mentions("Trump")))).get("e1");
    LinkedEntity jordanPerson = null;
    for (int i = 0; i < 3; i++) {
      jordanPerson = linkOne(person("Michael Jordan", List.of(), "Michael Jordan", "Jordan"));
    }
    LinkedEntity jordanCountry = linkOne(place("Jordan", "Jordan"));

    assertThat(mistyped.id()).isEqualTo(trump.id());
    assertThat(mistyped.type()).isEqualTo(EntityType.PERSON);
    assertThat(jordanCountry.id()).isNotEqualTo(jordanPerson.id());
    assertThat(jordanCountry.type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void oneNameForTwoPlacesTheGazetteerTellsApartIsTwoEntities() {
    LinkedEntity country = linkOne(place("Georgia", "Georgia", "GE"));
    LinkedEntity state = linkOne(place("Georgia", "Georgia", "US"));
    LinkedEntity countryAgain = linkOne(place("Georgia", "Georgia", "GE"));

    assertThat(state.id()).isNotEqualTo(country.id());
    assertThat(countryAgain.id()).isEqualTo(country.id());
  }

  @Test
  void aCityAndTheUnitNamedAfterItAreTwoEntitiesAndTheUnitIsNamedSo() {
    LinkedEntity city = linkOne(place("Kharkiv", "Kharkiv"));
    LinkedEntity unit = linkOne(place("Kharkiv", "Kharkiv Oblast", "UA", PlaceKind.ADMIN));
    assertThat(unit.id()).isNotEqualTo(city.id());
    assertThat(city.name()).isEqualTo("Kharkiv");
    assertThat(unit.name()).isEqualTo("Kharkiv Oblast");
    assertThat(unit.aliases()).containsExactly("Kharkiv");
  }

  @Test
  void geocodedPlacesMeetUnderTheirGazetteerEntryWhateverTheSpelling() {
    LinkedEntity kyiv = linkOne(place("Kyiv", "Kyiv"));
    LinkedEntity kiev = linkOne(place("Kiev", "Kyiv"));
    assertThat(kiev.id()).isEqualTo(kyiv.id());
  }

  @Test
  void organisationsMeetThroughAliasesSeenTogetherOnce() {
    LinkedEntity both = linkOne(org("Security Service of Ukraine", "Security Service of Ukraine", "SBU"));
    LinkedEntity acronym = linkOne(org("SBU", "SBU"));
    LinkedEntity ministry = linkOne(org("Russian Foreign Ministry", "the ministry"));

    assertThat(acronym.id()).isEqualTo(both.id());
    assertThat(ministry.id()).isNotEqualTo(both.id());
    assertThat(ministry.name()).isEqualTo("Russian Foreign Ministry");
  }

  @Test
  void sameStreamSameIdsAndARestartedLinkerContinuesWhereTheFirstStopped() {
    List<Extraction> stream = List.of(
        person("Marco Rubio", List.of("US Secretary of State"), "Marco Rubio"),
        person("Rubio", List.of(), "Rubio"),
        org("NATO", "NATO"),
        person("Marco Rubio", List.of(), "Marco Rubio"));

    EntityLinker whole = new EntityLinker();
    List<Map<String, LinkedEntity>> once = new ArrayList<>();
    stream.forEach(x -> once.add(whole.link(x)));

    EntityLinker first = new EntityLinker();
    List<LinkedArticle> stored = new ArrayList<>();
    for (Extraction x : stream.subList(0, 2)) {
      stored.add(stored(x, first.link(x)));
    }
    EntityLinker restarted = new EntityLinker();
    stored.forEach(restarted::observe);
    Map<String, LinkedEntity> third = restarted.link(stream.get(2));
    Map<String, LinkedEntity> fourth = restarted.link(stream.get(3));

    assertThat(third.get("e1").id()).isEqualTo(once.get(2).get("e1").id());
    assertThat(fourth.get("e1")).isEqualTo(once.get(3).get("e1"));
    assertThat(restarted.size()).isEqualTo(whole.size()).isEqualTo(2);
  }

  @Test
  void countriesMinistriesOfOneGenericNameStayApartAndEachLinksToItself() {
    LinkedEntity russia = linkOne(org("Ministry of Defence (Russia)", "Ministry of Defence"));
    LinkedEntity uk = linkOne(org("Ministry of Defence (United Kingdom)", "Ministry of Defence"));
    LinkedEntity russiaAgain = linkOne(org("Ministry of Defence (Russia)", "Ministry of Defence", "ministry"));
    LinkedEntity bare = linkOne(org("Ministry of Defence", "Ministry of Defence"));

    assertThat(uk.id()).isNotEqualTo(russia.id());
    assertThat(russiaAgain.id()).isEqualTo(russia.id());
    assertThat(russiaAgain.name()).isEqualTo("Ministry of Defence (Russia)");
    assertThat(bare.id()).isNotIn(russia.id(), uk.id());
  }

  @Test
  void oneNameIsOneEntityWhateverTheTaggerCalledItTypedAsMostMentionsWere() {
    LinkedEntity mistypedFirst = linkOne(org("Liz Truss", "Liz Truss"));
    LinkedEntity truss = linkOne(person("Liz Truss", List.of(), "Liz Truss", "Truss"));
    LinkedEntity camp = linkOne(org("Camp Baird", "Camp Baird"));
    LinkedEntity campPlace = linkOne(extraction(new Entity("e1", EntityType.LOCATION, "Camp Baird", List.of(),
        mentions("Camp Baird", "Camp Baird"))));

    assertThat(truss.id()).isEqualTo(mistypedFirst.id());
    assertThat(truss.type()).isEqualTo(EntityType.PERSON);
    assertThat(campPlace.id()).isEqualTo(camp.id());
    assertThat(campPlace.type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void theSameArticlesInAnyOrderGiveTheSameIdsAndTypes() {
    List<Extraction> stream = List.of(
        org("Getty Images", "Getty Images"),
        extraction(new Entity("e1", EntityType.LOCATION, "Getty Images", List.of(), mentions("Getty Images"))),
        extraction(new Entity("e1", EntityType.LOCATION, "Trump", List.of(), mentions("Trump"))),
        person("Donald Trump", List.of(), "Donald Trump", "Trump"),
        person("Vladimir Putin", List.of(), "Vladimir Putin"),
        extraction(new Entity("e1", EntityType.ORGANIZATION, "Putin", List.of(), mentions("Putin"))),
        org("European Union", "European Union", "EU"),
        org("European Union", "EU"), // a known organisation's acronym alone: the extractor names it
        place("Kyiv", "Kyiv"));
    Map<String, EntityType> forward = idsAndTypes(stream);
    List<Extraction> reversed = new ArrayList<>(stream);
    java.util.Collections.reverse(reversed);
    List<Extraction> shuffled = new ArrayList<>(stream);
    java.util.Collections.shuffle(shuffled, new java.util.Random(7));

    assertThat(idsAndTypes(reversed)).isEqualTo(forward);
    assertThat(idsAndTypes(shuffled)).isEqualTo(forward);
    assertThat(forward).hasSize(5).containsValues(EntityType.ORGANIZATION, EntityType.PERSON);
  }

  /** The entities a stream ends with, by id, with the type the last article's link gave each. */
  private static Map<String, EntityType> idsAndTypes(List<Extraction> stream) {
    EntityLinker linker = new EntityLinker();
    Map<String, EntityType> out = new java.util.TreeMap<>();
    for (Extraction x : stream) {
      linker.link(x);
    }
    // a last look through a fresh link of each article reads the settled type of every entity
    for (Extraction x : stream) {
      LinkedEntity e = linker.link(x).get("e1");
      out.put(e.id(), e.type());
    }
    return out;
  }

  private LinkedEntity linkOne(Extraction x) {
    return linker.link(x).get("e1");
  }

  private static LinkedArticle stored(Extraction x, Map<String, LinkedEntity> entities) {
    return new LinkedArticle(x, List.of(), new ArticleLinks(x.article().id(), null, DateSource.NONE, null, null,
        null, entities, Map.of()));
  }

  private static Extraction person(String name, List<String> titles, String... mentions) {
    return extraction(new Entity("e1", EntityType.PERSON, name, titles, mentions(mentions)));
  }

  private static Extraction org(String name, String... mentions) {
    return extraction(new Entity("e1", EntityType.ORGANIZATION, name, List.of(), mentions(mentions)));
  }

  private static Extraction place(String name, String gazetteerName) {
    return place(name, gazetteerName, "UA");
  }

  private static Extraction place(String name, String gazetteerName, String country) {
    return place(name, gazetteerName, country, PlaceKind.CITY);
  }

  private static Extraction place(String name, String gazetteerName, String country, PlaceKind kind) {
    Entity e = new Entity("e1", EntityType.LOCATION, name, List.of(), mentions(name));
    return new Extraction(Article.of("a", name, null), List.of(e), List.of(),
        List.of(new Place("e1", gazetteerName, country, 50.45, 30.52, kind, 0.9)), List.of(), List.of(), List.of());
  }

  private static Extraction extraction(Entity e) {
    return new Extraction(Article.of("a", e.name(), null), List.of(e), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  private static List<Mention> mentions(String... texts) {
    List<Mention> out = new ArrayList<>();
    int at = 0;
    for (String t : texts) {
      out.add(new Mention(at, at + t.length(), t));
      at += t.length() + 1;
    }
    return out;
  }
}

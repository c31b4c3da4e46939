package org.annals.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annals.model.EntityType;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.builtIn());

  private List<Place> resolve(ArticleFixture f) {
    return resolver.resolve(f.article(), f.entities());
  }

  private Place only(ArticleFixture f, String entityId) {
    return resolve(f).stream().filter(p -> p.entity().equals(entityId)).findFirst().orElseThrow();
  }

  @Test
  void geocodesKnownPlacesInEntityOrder() {
    ArticleFixture f = new ArticleFixture("Drones hit Kyiv overnight, while Russia said Odessa was calm.")
        .entity(EntityType.LOCATION, "Kyiv")
        .entity(EntityType.LOCATION, "Russia")
        .entity(EntityType.LOCATION, "Odessa");
    List<Place> places = resolve(f);
    assertThat(places).extracting(Place::entity, Place::name, Place::country, Place::kind).containsExactly(
        tuple("e1", "Kyiv", "UA", PlaceKind.CITY),
        tuple("e2", "Russia", "RU", PlaceKind.COUNTRY),
        tuple("e3", "Odesa", "UA", PlaceKind.CITY));
    assertThat(places.get(0).lat()).isBetween(50.3, 50.6);
    assertThat(places.get(0).lon()).isBetween(30.3, 30.7);
    assertThat(places).allSatisfy(p -> assertThat(p.confidence()).isGreaterThanOrEqualTo(0.8).isLessThanOrEqualTo(1.0));
  }

  @Test
  void unknownPlaceIsReportedWithoutCoordinates() {
    ArticleFixture f = new ArticleFixture("Shelling was reported near Zzyzxivka in Ukraine.")
        .entity(EntityType.LOCATION, "Zzyzxivka")
        .entity(EntityType.LOCATION, "Ukraine");
    Place p = only(f, "e1");
    assertThat(p.name()).isEqualTo("Zzyzxivka");
    assertThat(p.lat()).isNull();
    assertThat(p.lon()).isNull();
    assertThat(p.country()).isNull();
    assertThat(p.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(p.confidence()).isEqualTo(PlaceResolver.UNKNOWN_CONFIDENCE);
  }

  @Test
  void georgiaIsTheCountryUnlessTheArticleIsInTheUnitedStates() {
    ArticleFixture alone = new ArticleFixture("Protesters gathered in Georgia on Sunday.")
        .entity(EntityType.LOCATION, "Georgia");
    assertThat(only(alone, "e1").country()).isEqualTo("GE");
    assertThat(only(alone, "e1").kind()).isEqualTo(PlaceKind.COUNTRY);

    ArticleFixture american = new ArticleFixture("Voters in Georgia lined up in Atlanta and Savannah.")
        .entity(EntityType.LOCATION, "Georgia")
        .entity(EntityType.LOCATION, "Atlanta");
    Place state = only(american, "e1");
    assertThat(state.country()).isEqualTo("US");
    assertThat(state.kind()).isEqualTo(PlaceKind.ADMIN);

    ArticleFixture caucasus = new ArticleFixture("Georgia's leaders met in Tbilisi after talks with the U.S.")
        .entity(EntityType.LOCATION, "Georgia")
        .entity(EntityType.LOCATION, "Tbilisi")
        .entity(EntityType.LOCATION, "U.S.");
    assertThat(only(caucasus, "e1").country()).isEqualTo("GE");
  }

  @Test
  void demonymsInTheArticleDecideBetweenNamesakes() {
    ArticleFixture pakistan = new ArticleFixture("Pakistani officials said floods hit Punjab.")
        .entity(EntityType.MISC, "Pakistani")
        .entity(EntityType.LOCATION, "Punjab");
    assertThat(only(pakistan, "e2").country()).isEqualTo("PK");

    ArticleFixture india = new ArticleFixture("Indian officials said floods hit Punjab.")
        .entity(EntityType.MISC, "Indian")
        .entity(EntityType.LOCATION, "Punjab");
    assertThat(only(india, "e2").country()).isEqualTo("IN");
  }

  @Test
  void namingACountryDoesNotOutweighACapital() {
    ArticleFixture f = new ArticleFixture("U.S. officials arrived in Paris for talks.")
        .entity(EntityType.LOCATION, "U.S.")
        .entity(EntityType.LOCATION, "Paris");
    assertThat(only(f, "e2").country()).isEqualTo("FR");
  }

  @Test
  void regionAfterAMentionChoosesTheAdministrativeUnit() {
    ArticleFixture f = new ArticleFixture(
        "A bridge collapsed in Russia's Bryansk region, and drones struck Kharkiv city overnight.")
        .entity(EntityType.LOCATION, "Russia")
        .entity(EntityType.LOCATION, "Bryansk")
        .entity(EntityType.LOCATION, "Kharkiv");
    Place bryansk = only(f, "e2");
    assertThat(bryansk.name()).isEqualTo("Bryansk Oblast");
    assertThat(bryansk.kind()).isEqualTo(PlaceKind.ADMIN);
    assertThat(bryansk.country()).isEqualTo("RU");
    Place kharkiv = only(f, "e3");
    assertThat(kharkiv.kind()).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void cityAndOblastOfOneNameAreToldApartByTheText() {
    ArticleFixture city = new ArticleFixture("A missile hit an apartment block in Kharkiv.")
        .entity(EntityType.LOCATION, "Kharkiv");
    assertThat(only(city, "e1").name()).isEqualTo("Kharkiv");
    assertThat(only(city, "e1").kind()).isEqualTo(PlaceKind.CITY);

    ArticleFixture oblast = new ArticleFixture("Villages in the Sumy and Kharkiv regions were shelled.")
        .entity(EntityType.LOCATION, "Sumy")
        .entity(EntityType.LOCATION, "Kharkiv");
    assertThat(resolve(oblast)).extracting(Place::name).containsExactly("Sumy Oblast", "Kharkiv Oblast");

    ArticleFixture regional = new ArticleFixture("Kharkiv regional governor Oleh Syniehubov said two were hurt.")
        .entity(EntityType.LOCATION, "Kharkiv");
    assertThat(only(regional, "e1").name()).isEqualTo("Kharkiv Oblast");

    ArticleFixture tagged = new ArticleFixture("Fighting continued in the Donetsk Oblast.")
        .entity(EntityType.LOCATION, "Donetsk Oblast");
    assertThat(only(tagged, "e1").kind()).isEqualTo(PlaceKind.ADMIN);
  }

  @Test
  void mostMentionsDecideBetweenCityAndUnit() {
    ArticleFixture capital = new ArticleFixture(
        "Kyiv said air defences worked. Drones were downed over Kyiv region. Kyiv was calm by morning.")
        .entity(EntityType.LOCATION, "Kyiv");
    assertThat(only(capital, "e1").name()).isEqualTo("Kyiv");

    ArticleFixture region = new ArticleFixture("Kursk region was shelled. Villages in Kursk were evacuated.")
        .entity(EntityType.LOCATION, "Kursk");
    assertThat(only(region, "e1").name()).isEqualTo("Kursk Oblast");
  }

  @Test
  void triesEveryMentionOfAnEntity() {
    // The canonical name is an unknown form; one mention is a known spelling.
    ArticleFixture f = new ArticleFixture("Kyivv (Kiev) was quiet.")
        .entity(EntityType.LOCATION, "Kyivv", "Kiev");
    Place p = only(f, "e1");
    assertThat(p.name()).isEqualTo("Kyiv");
    assertThat(p.lat()).isNotNull();
  }

  @Test
  void caseAndDiacriticsDoNotMatter() {
    ArticleFixture f = new ArticleFixture("Reports from ZAPORIZHZHIA and Dnipró.")
        .entity(EntityType.LOCATION, "ZAPORIZHZHIA")
        .entity(EntityType.LOCATION, "Dnipró");
    assertThat(resolve(f)).extracting(Place::name).containsExactly("Zaporizhzhia", "Dnipro");
  }

  @Test
  void organisationsAndMiscAreConservative() {
    ArticleFixture f = new ArticleFixture("Ukraine said the Kremlin rejected it, and Russian media agreed.")
        .entity(EntityType.ORGANIZATION, "Ukraine")
        .entity(EntityType.ORGANIZATION, "Kremlin")
        .entity(EntityType.MISC, "Russian");
    List<Place> places = resolve(f);
    assertThat(places).extracting(Place::entity).containsExactly("e1");
    Place ukraine = places.get(0);
    assertThat(ukraine.country()).isEqualTo("UA");
    assertThat(ukraine.confidence()).isLessThan(0.9);
  }

  @Test
  void directionAndDesignatorLowerTheConfidence() {
    ArticleFixture f = new ArticleFixture("Fighting in Eastern Ukraine and in Pokrovsk district went on; Ukraine said so.")
        .entity(EntityType.LOCATION, "Eastern Ukraine")
        .entity(EntityType.LOCATION, "Pokrovsk district")
        .entity(EntityType.LOCATION, "Ukraine");
    List<Place> places = resolve(f);
    assertThat(places).extracting(Place::country).containsExactly("UA", "UA", "UA");
    Place east = places.get(0);
    assertThat(east.name()).isEqualTo("Eastern Ukraine");
    assertThat(east.lat()).as("never the country's centre for a part of it").isNull();
    assertThat(east.lon()).isNull();
    assertThat(east.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(east.confidence()).isLessThan(places.get(2).confidence());
    assertThat(places.get(1).name()).isEqualTo("Pokrovsk");
    assertThat(places.get(1).confidence()).isLessThan(0.7);
  }

  @Test
  void resultIsTheSameOnEveryRun() {
    ArticleFixture f = new ArticleFixture("Georgia, Punjab and Victoria were mentioned with Atlanta.")
        .entity(EntityType.LOCATION, "Georgia")
        .entity(EntityType.LOCATION, "Punjab")
        .entity(EntityType.LOCATION, "Victoria")
        .entity(EntityType.LOCATION, "Atlanta");
    assertThat(resolve(f)).isEqualTo(resolve(f)).hasSize(4);
  }
}

package org.annals.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.Place;
import org.annals.model.PlaceKind;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private final PlaceResolver resolver = new PlaceResolver(Gazetteer.builtIn());

  private List<Place> resolve(TaggedDoc f) {
    return resolver.resolve(f.article(), f.entities());
  }

  private static TaggedDoc doc(String... sentences) {
    return TaggedDoc.dated("2025-06-02").sentences(sentences);
  }

  private Place only(TaggedDoc f, String entityId) {
    return resolve(f).stream().filter(p -> p.entity().equals(entityId)).findFirst().orElseThrow();
  }

  @Test
  void geocodesKnownPlacesInEntityOrder() {
    TaggedDoc f = doc("Drones/NNS/drone hit/VBD Kyiv/NNP/LOCATION overnight/RB ,/, while/IN Russia/NNP/LOCATION"
        + " said/VBD/say Odessa/NNP/LOCATION was/VBD/be calm/JJ ./.");
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
    TaggedDoc f = doc("Shelling/NN was/VBD/be reported/VBN/report near/IN Zzyzxivka/NNP/LOCATION in/IN"
        + " Ukraine/NNP/LOCATION ./.");
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
    TaggedDoc alone = doc("Protesters/NNS/protester gathered/VBD/gather in/IN Georgia/NNP/LOCATION on/IN Sunday/NNP ./.");
    assertThat(only(alone, "e1").country()).isEqualTo("GE");
    assertThat(only(alone, "e1").kind()).isEqualTo(PlaceKind.COUNTRY);

    TaggedDoc american = doc("Voters/NNS/voter in/IN Georgia/NNP/LOCATION lined/VBD/line up/RP in/IN"
        + " Atlanta/NNP/LOCATION and/CC Savannah/NNP ./.");
    Place state = only(american, "e1");
    assertThat(state.country()).isEqualTo("US");
    assertThat(state.kind()).isEqualTo(PlaceKind.ADMIN);

    TaggedDoc caucasus = doc("Georgia/NNP/LOCATION 's/POS leaders/NNS/leader met/VBD/meet in/IN Tbilisi/NNP/LOCATION"
        + " after/IN talks/NNS/talk with/IN the/DT U.S./NNP/LOCATION");
    assertThat(only(caucasus, "e1").country()).isEqualTo("GE");
  }

  @Test
  void demonymsInTheArticleDecideBetweenNamesakes() {
    TaggedDoc pakistan = doc("Pakistani/JJ/MISC officials/NNS/official said/VBD/say floods/NNS/flood hit/VBD"
        + " Punjab/NNP/LOCATION ./.");
    assertThat(only(pakistan, "e2").country()).isEqualTo("PK");

    TaggedDoc india = doc("Indian/JJ/MISC officials/NNS/official said/VBD/say floods/NNS/flood hit/VBD"
        + " Punjab/NNP/LOCATION ./.");
    assertThat(only(india, "e2").country()).isEqualTo("IN");
  }

  @Test
  void namingACountryDoesNotOutweighACapital() {
    TaggedDoc f = doc("U.S./NNP/LOCATION officials/NNS/official arrived/VBD/arrive in/IN Paris/NNP/LOCATION"
        + " for/IN talks/NNS/talk ./.");
    assertThat(only(f, "e2").country()).isEqualTo("FR");
  }

  @Test
  void regionAfterAMentionChoosesTheAdministrativeUnit() {
    TaggedDoc f = doc("A/DT bridge/NN collapsed/VBD/collapse in/IN Russia/NNP/LOCATION 's/POS Bryansk/NNP/LOCATION"
        + " region/NN ,/, and/CC drones/NNS/drone struck/VBD/strike Kharkiv/NNP/LOCATION city/NN overnight/RB ./.");
    Place bryansk = only(f, "e2");
    assertThat(bryansk.name()).isEqualTo("Bryansk Oblast");
    assertThat(bryansk.kind()).isEqualTo(PlaceKind.ADMIN);
    assertThat(bryansk.country()).isEqualTo("RU");
    Place kharkiv = only(f, "e3");
    assertThat(kharkiv.kind()).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void cityAndOblastOfOneNameAreToldApartByTheText() {
    TaggedDoc city = doc("A/DT missile/NN hit/VBD an/DT apartment/NN block/NN in/IN Kharkiv/NNP/LOCATION ./.");
    assertThat(only(city, "e1").name()).isEqualTo("Kharkiv");
    assertThat(only(city, "e1").kind()).isEqualTo(PlaceKind.CITY);

    TaggedDoc oblast = doc("Villages/NNS/village in/IN the/DT Sumy/NNP/LOCATION and/CC Kharkiv/NNP/LOCATION"
        + " regions/NNS/region were/VBD/be shelled/VBN/shell ./.");
    assertThat(resolve(oblast)).extracting(Place::name).containsExactly("Sumy Oblast", "Kharkiv Oblast");

    TaggedDoc regional = doc("Kharkiv/NNP/LOCATION regional/JJ governor/NN Oleh/NNP Syniehubov/NNP said/VBD/say"
        + " two/CD were/VBD/be hurt/VBN ./.");
    assertThat(only(regional, "e1").name()).isEqualTo("Kharkiv Oblast");

    TaggedDoc tagged = doc("Fighting/NN continued/VBD/continue in/IN the/DT Donetsk/NNP/LOCATION Oblast/NNP/LOCATION ./.");
    assertThat(only(tagged, "e1").kind()).isEqualTo(PlaceKind.ADMIN);
  }

  @Test
  void mostMentionsDecideBetweenCityAndUnit() {
    TaggedDoc capital = doc("Kyiv/NNP/LOCATION said/VBD/say air/NN defences/NNS/defence worked/VBD/work ./.",
        "Drones/NNS/drone were/VBD/be downed/VBN/down over/IN Kyiv/NNP/LOCATION region/NN ./.",
        "Kyiv/NNP/LOCATION was/VBD/be calm/JJ by/IN morning/NN ./.");
    assertThat(only(capital, "e1").name()).isEqualTo("Kyiv");

    TaggedDoc region = doc("Kursk/NNP/LOCATION region/NN was/VBD/be shelled/VBN/shell ./.",
        "Villages/NNS/village in/IN Kursk/NNP/LOCATION were/VBD/be evacuated/VBN/evacuate ./.");
    assertThat(only(region, "e1").name()).isEqualTo("Kursk Oblast");
  }

  @Test
  void triesEveryMentionOfAnEntity() {
    // The canonical name is an unknown form; one mention is a known spelling.
    TaggedDoc f = doc("Kyivv/NNP/LOCATION (/-LRB- Kiev/NNP/LOCATION )/-RRB- was/VBD/be quiet/JJ ./.")
        .alias("Kiev", "Kyivv");
    Place p = only(f, "e1");
    assertThat(p.name()).isEqualTo("Kyiv");
    assertThat(p.lat()).isNotNull();
  }

  @Test
  void caseAndDiacriticsDoNotMatter() {
    TaggedDoc f = doc("Reports/NNS/report from/IN ZAPORIZHZHIA/NNP/LOCATION and/CC Dnipró/NNP/LOCATION ./.");
    assertThat(resolve(f)).extracting(Place::name).containsExactly("Zaporizhzhia", "Dnipro");
  }

  @Test
  void organisationsAndMiscAreConservative() {
    TaggedDoc f = doc("Ukraine/NNP/ORGANIZATION said/VBD/say the/DT Kremlin/NNP/ORGANIZATION rejected/VBD/reject"
        + " it/PRP ,/, and/CC Russian/JJ/MISC media/NNS agreed/VBD/agree ./.");
    List<Place> places = resolve(f);
    assertThat(places).extracting(Place::entity).containsExactly("e1");
    Place ukraine = places.get(0);
    assertThat(ukraine.country()).isEqualTo("UA");
    assertThat(ukraine.confidence()).isLessThan(0.9);
  }

  @Test
  void directionAndDesignatorLowerTheConfidence() {
    TaggedDoc f = doc("Fighting/NN in/IN Eastern/NNP/LOCATION Ukraine/NNP/LOCATION and/CC in/IN"
        + " Pokrovsk/NNP/LOCATION district/NN/district/LOCATION went/VBD/go on/RP ;/: Ukraine/NNP/LOCATION"
        + " said/VBD/say so/RB ./.");
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
    TaggedDoc f = doc("Georgia/NNP/LOCATION ,/, Punjab/NNP/LOCATION and/CC Victoria/NNP/LOCATION were/VBD/be"
        + " mentioned/VBN/mention with/IN Atlanta/NNP/LOCATION ./.");
    assertThat(resolve(f)).isEqualTo(resolve(f)).hasSize(4);
  }

  @Test
  void aSiteLiesInTheCityItIsNextToOrThatTheTextPutsItIn() {
    TaggedDoc known = doc("Troops/NNS/troop left/VBD/leave Azovstal/NNP/LOCATION ,/, near/IN the/DT centre/NN of/IN"
        + " Mariupol/NNP/LOCATION ,/, and/CC Kyiv/NNP/LOCATION ./.");
    assertThat(only(known, "e1").within()).isEqualTo("e2");
    assertThat(only(known, "e2").within()).isNull();
    TaggedDoc far = doc("Troops/NNS/troop left/VBD/leave Azovstal/NNP/LOCATION for/IN Kyiv/NNP/LOCATION ./.");
    assertThat(only(far, "e1").within()).isNull();
    TaggedDoc told = doc("Troops/NNS/troop left/VBD/leave the/DT Zzyzx/NNP/LOCATION steel/NN plant/NN in/IN"
        + " Mariupol/NNP/LOCATION ./.");
    Place site = only(told, "e1");
    assertThat(site.within()).isEqualTo("e2");
    assertThat(site.country()).isEqualTo("UA");
    assertThat(site.lat()).isEqualTo(only(told, "e2").lat());
    assertThat(site.kind()).isEqualTo(PlaceKind.OTHER);
    assertThat(site.confidence()).isEqualTo(PlaceResolver.PART_CONFIDENCE);
    TaggedDoc apart = doc("Troops/NNS/troop left/VBD/leave Zzyzx/NNP/LOCATION for/IN Mariupol/NNP/LOCATION ./.");
    assertThat(only(apart, "e1").within()).isNull();
  }
}

package org.annals.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.annals.model.PlaceKind;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.builtIn();

  private Gazetteer.Entry find(String name) {
    Optional<Gazetteer.Entry> e = gazetteer.findPlace(name);
    assertThat(e).as(name).isPresent();
    return e.get();
  }

  @Test
  void findsCountriesByNameAndShortForms() {
    for (String us : List.of("United States", "US", "U.S.", "USA", "United States of America", "America")) {
      assertThat(find(us).country()).as(us).isEqualTo("US");
      assertThat(find(us).kind()).isEqualTo(PlaceKind.COUNTRY);
    }
    for (String uk : List.of("UK", "U.K.", "Britain", "Great Britain", "United Kingdom")) {
      assertThat(find(uk).country()).as(uk).isEqualTo("GB");
    }
    assertThat(find("Russian Federation").name()).isEqualTo("Russia");
    assertThat(find("Ukraine").country()).isEqualTo("UA");
    assertThat(find("the Netherlands").country()).isEqualTo("NL");
    assertThat(find("Ivory Coast").country()).isEqualTo("CI");
    assertThat(find("Burma").country()).isEqualTo("MM");
  }

  @Test
  void knowsEveryIsoCountryWithAPlausiblePoint() {
    Gazetteer.Entry ukraine = gazetteer.country("UA").orElseThrow();
    assertThat(ukraine.lat()).isBetween(44.0, 53.0);
    assertThat(ukraine.lon()).isBetween(22.0, 41.0);
    Gazetteer.Entry chile = gazetteer.country("cl").orElseThrow();
    assertThat(chile.lat()).isNegative();
    assertThat(gazetteer.country("ZZ")).isEmpty();
  }

  @Test
  void matchesAlternativeSpellingsCaseAndDiacritics() {
    Gazetteer.Entry kyiv = find("Kyiv");
    assertThat(find("Kiev")).isEqualTo(kyiv);
    assertThat(find("KYIV")).isEqualTo(kyiv);
    assertThat(kyiv.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(kyiv.lat()).isCloseTo(50.45, org.assertj.core.data.Offset.offset(0.1));
    assertThat(find("Kharkov")).isEqualTo(find("Kharkiv"));
    assertThat(find("Odessa")).isEqualTo(find("Odesa"));
    assertThat(find("Zaporozhye").name()).isEqualTo("Zaporizhzhia");
    assertThat(find("Munchen")).isEqualTo(find("München"));
    assertThat(find("Sao Paulo").name()).isEqualTo("São Paulo");
    assertThat(find("St. Petersburg").country()).isEqualTo("RU");
    assertThat(find("Artemivsk").name()).isEqualTo("Bakhmut");
  }

  @Test
  void bareNameSharedWithAUnitIsTheCity() {
    assertThat(find("Kharkiv").kind()).isEqualTo(PlaceKind.CITY);
    assertThat(find("Bryansk").kind()).isEqualTo(PlaceKind.CITY);
    assertThat(find("New York").kind()).isEqualTo(PlaceKind.CITY);
  }

  @Test
  void designatorTurnsANameIntoItsAdministrativeUnit() {
    Gazetteer.Entry bryansk = find("Bryansk region");
    assertThat(bryansk.name()).isEqualTo("Bryansk Oblast");
    assertThat(bryansk.country()).isEqualTo("RU");
    assertThat(bryansk.kind()).isEqualTo(PlaceKind.ADMIN);
    assertThat(find("Bryansk Oblast")).isEqualTo(bryansk);
    assertThat(find("bryansk oblast")).isEqualTo(bryansk);
    assertThat(find("Kharkiv region").name()).isEqualTo("Kharkiv Oblast");
    assertThat(find("Kharkov Oblast").name()).isEqualTo("Kharkiv Oblast");
    assertThat(find("region of Kharkiv").name()).isEqualTo("Kharkiv Oblast");
    assertThat(find("Kursk province").name()).isEqualTo("Kursk Oblast");
    assertThat(find("Krasnodar Krai").country()).isEqualTo("RU");
    assertThat(find("Washington state").name()).isEqualTo("Washington State");
    assertThat(find("Idlib governorate").country()).isEqualTo("SY");
  }

  @Test
  void firstLevelUnitsOfTheNewsHeavyCountries() {
    assertThat(find("Crimea").country()).isEqualTo("UA");
    assertThat(find("Donetsk Oblast").kind()).isEqualTo(PlaceKind.ADMIN);
    assertThat(find("Transcarpathia").name()).isEqualTo("Zakarpattia Oblast");
    assertThat(find("Chechnya").country()).isEqualTo("RU");
    assertThat(find("Texas").country()).isEqualTo("US");
    assertThat(find("Bavaria").country()).isEqualTo("DE");
    assertThat(find("Sichuan").country()).isEqualTo("CN");
    assertThat(find("Khyber Pakhtunkhwa").country()).isEqualTo("PK");
    assertThat(find("Helmand").country()).isEqualTo("AF");
    assertThat(find("Borno").country()).isEqualTo("NG");
    assertThat(find("North Darfur").country()).isEqualTo("SD");
  }

  @Test
  void regionsThatAreNotAdministrativeUnits() {
    Gazetteer.Entry donbas = find("Donbass");
    assertThat(donbas.name()).isEqualTo("Donbas");
    assertThat(donbas.kind()).isEqualTo(PlaceKind.REGION);
    assertThat(find("Gaza").name()).isEqualTo("Gaza Strip");
    assertThat(find("Middle East").country()).isNull();
    assertThat(find("Siberia").country()).isEqualTo("RU");
  }

  @Test
  void prefersTheCountryForAnAmbiguousName() {
    List<Gazetteer.Entry> georgia = gazetteer.findAll("Georgia");
    assertThat(georgia).extracting(Gazetteer.Entry::country).containsExactly("GE", "US");
    assertThat(georgia.get(0).kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(find("Paris").country()).isEqualTo("FR");
    assertThat(find("Tripoli").country()).isEqualTo("LY");
  }

  @Test
  void directionNarrowsACityButNotACountryToItsPoint() {
    assertThat(find("northern Kharkiv").name()).isEqualTo("Kharkiv");
    // The centre of Ukraine is not in eastern Ukraine.
    assertThat(gazetteer.findPlace("eastern Ukraine")).isEmpty();
    assertThat(gazetteer.candidates("Southern Russia").get(0).place().country()).isEqualTo("RU");
    assertThat(gazetteer.candidates("Southern Russia").get(0).pointMisleads()).isTrue();
  }

  @Test
  void unknownNamesAreNotFound() {
    assertThat(gazetteer.findPlace("Zzyzxville")).isEmpty();
    assertThat(gazetteer.findPlace("")).isEmpty();
    assertThat(gazetteer.findPlace("Zzyzx region")).isEmpty();
  }

  @Test
  void demonymsIncludingPluralsAndCompounds() {
    assertThat(gazetteer.demonymCountry("Russian")).contains("RU");
    assertThat(gazetteer.demonymCountry("Russians")).contains("RU");
    assertThat(gazetteer.demonymCountry("Ukrainian")).contains("UA");
    assertThat(gazetteer.demonymCountry("Ukrainians")).contains("UA");
    assertThat(gazetteer.demonymCountry("American")).contains("US");
    assertThat(gazetteer.demonymCountry("British")).contains("GB");
    assertThat(gazetteer.demonymCountry("north korean")).contains("KP");
    assertThat(gazetteer.demonymCountry("Filipino")).contains("PH");
    assertThat(gazetteer.demonymCountry("Swiss")).contains("CH");
    assertThat(gazetteer.demonymCountry("Kremlin")).isEmpty();
    assertThat(gazetteer.demonymCountry(null)).isEmpty();
  }

  @Test
  void everyCapitalIsACityOfItsCountryMarkedAsCapital() throws Exception {
    try (var in = Gazetteer.class.getResourceAsStream("/org/annals/gazetteer/countries.tsv");
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      List<String> rows = reader.lines().skip(1).filter(l -> !l.startsWith("#")).toList();
      assertThat(rows).hasSizeGreaterThanOrEqualTo(249);
      for (String row : rows) {
        String[] f = row.split("\t", -1);
        for (String capital : f[4].split("\\|")) {
          if (capital.isBlank()) {
            continue;
          }
          assertThat(gazetteer.candidates(capital))
              .as("capital %s of %s", capital, f[0])
              .anyMatch(c -> c.place().capital() && f[0].equals(c.place().country())
                  && c.place().kind() == PlaceKind.CITY);
        }
      }
    }
    assertThat(gazetteer.candidates("Kharkiv").get(0).place().capital()).isFalse();
  }

  @Test
  void tablesHaveTheExpectedCoverage() {
    long countries = GazetteerTables.readBuiltIn().places().stream().filter(p -> p.kind() == PlaceKind.COUNTRY).count();
    assertThat(countries).isGreaterThanOrEqualTo(249);
    long ukrainianUnits = GazetteerTables.readBuiltIn().places().stream()
        .filter(p -> p.kind() == PlaceKind.ADMIN && "UA".equals(p.country())).count();
    assertThat(ukrainianUnits).isGreaterThanOrEqualTo(27);
    long cities = GazetteerTables.readBuiltIn().places().stream().filter(p -> p.kind() == PlaceKind.CITY).count();
    assertThat(cities).isGreaterThanOrEqualTo(1000);
  }
}

package org.annals.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void keyIgnoresCaseDiacriticsAndPunctuation() {
    assertThat(PlaceNames.key("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
    assertThat(PlaceNames.key("IVANO FRANKIVSK")).isEqualTo("ivano frankivsk");
    assertThat(PlaceNames.key("U.S.")).isEqualTo("us");
    assertThat(PlaceNames.key("Côte d’Ivoire")).isEqualTo(PlaceNames.key("Cote d'Ivoire"));
    assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
    assertThat(PlaceNames.key("Diyarbakır")).isEqualTo("diyarbakir");
    assertThat(PlaceNames.key("İzmir")).isEqualTo("izmir");
  }

  @Test
  void keyDropsLeadingTheAndSpellsOutSaint() {
    assertThat(PlaceNames.key("the Netherlands")).isEqualTo("netherlands");
    assertThat(PlaceNames.key("St. Petersburg")).isEqualTo("saint petersburg");
    assertThat(PlaceNames.key("St Petersburg")).isEqualTo(PlaceNames.key("Saint Petersburg"));
    assertThat(PlaceNames.key("Trinidad & Tobago")).isEqualTo("trinidad and tobago");
  }

  @Test
  void designatorsAreStrippedFromEitherEnd() {
    assertThat(PlaceNames.withoutDesignator("bryansk region")).isEqualTo("bryansk");
    assertThat(PlaceNames.withoutDesignator("kharkiv oblast")).isEqualTo("kharkiv");
    assertThat(PlaceNames.withoutDesignator("khanty mansi autonomous okrug")).isEqualTo("khanty mansi");
    assertThat(PlaceNames.withoutDesignator("region of kharkiv")).isEqualTo("kharkiv");
    assertThat(PlaceNames.withoutDesignator("kharkiv")).isNull();
    assertThat(PlaceNames.withoutLocalDesignator("bakhmut district")).isEqualTo("bakhmut");
    assertThat(PlaceNames.withoutDirection("eastern ukraine")).isEqualTo("ukraine");
  }
}

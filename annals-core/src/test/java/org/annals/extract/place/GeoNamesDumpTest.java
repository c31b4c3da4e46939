package org.annals.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesDumpTest {

  @TempDir
  Path dir;

  private static Path sample() throws URISyntaxException {
    return Path.of(GeoNamesDumpTest.class.getResource("geonames-sample.txt").toURI());
  }

  @Test
  void readsTheCitiesFormat() throws Exception {
    List<KnownPlace> places = GeoNamesDump.read(sample());
    assertThat(places).hasSize(4);
    KnownPlace kyiv = places.get(0);
    assertThat(kyiv.entry().name()).isEqualTo("Kyiv");
    assertThat(kyiv.entry().country()).isEqualTo("UA");
    assertThat(kyiv.entry().lat()).isEqualTo(50.45466);
    assertThat(kyiv.entry().lon()).isEqualTo(30.5238);
    assertThat(kyiv.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(kyiv.population()).isEqualTo(2797553);
    assertThat(kyiv.capital()).isTrue();
    // Latin-script alternate names are kept; other scripts and airport codes are not.
    assertThat(kyiv.names()).contains("Kiev", "Kyjiv").doesNotContain("KBP", "Київ");
    assertThat(places.get(1).capital()).isFalse();
  }

  @Test
  void extendsTheBuiltInGazetteer() throws Exception {
    assertThat(Gazetteer.builtIn().findPlace("Vyshhorod")).isEmpty();
    Gazetteer extended = Gazetteer.fromGeoNames(sample());
    assertThat(extended.size()).isEqualTo(Gazetteer.builtIn().size() + 4);
    Gazetteer.Entry vyshhorod = extended.findPlace("Vyshgorod").orElseThrow();
    assertThat(vyshhorod.name()).isEqualTo("Vyshhorod");
    assertThat(vyshhorod.country()).isEqualTo("UA");
    // The built-in Kyiv and the GeoNames Kyiv are one place, not two readings.
    assertThat(extended.findAll("Kyiv")).hasSize(1);
    // Paris, Texas is a reading of "Paris", after the capital of France.
    assertThat(extended.findAll("Paris")).extracting(Gazetteer.Entry::country).containsExactly("FR", "US");
  }

  @Test
  void badLineIsReportedWithFileAndLineNumber() throws Exception {
    Path dump = dir.resolve("cities15000.txt");
    String good = Files.readAllLines(sample(), StandardCharsets.UTF_8).get(0);
    Files.writeString(dump, good + "\n" + good + "\n703448\tKyiv\tonly four fields\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GeoNamesDump.read(dump))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessageContaining("cities15000.txt:3")
        .hasMessageContaining("expected 19 tab-separated fields, found 3")
        .satisfies(e -> {
          GazetteerFormatException g = (GazetteerFormatException) e;
          assertThat(g.file()).isEqualTo("cities15000.txt");
          assertThat(g.line()).isEqualTo(3);
        });
  }

  @Test
  void badCoordinateIsReportedWithFileAndLineNumber() throws Exception {
    Path dump = dir.resolve("cities15000.txt");
    String good = Files.readAllLines(sample(), StandardCharsets.UTF_8).get(0);
    Files.writeString(dump, good.replace("50.45466", "fifty") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Gazetteer.fromGeoNames(dump))
        .isInstanceOf(GazetteerFormatException.class)
        .hasMessageStartingWith("cities15000.txt:1: latitude (field 5) is not a number");
    Files.writeString(dump, "\n" + good.replace("30.5238", "230.5") + "\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GeoNamesDump.read(dump))
        .hasMessageStartingWith("cities15000.txt:2: longitude (field 6) out of range");
  }

  @Test
  void missingFileIsAnIoError() {
    assertThatThrownBy(() -> Gazetteer.fromGeoNames(dir.resolve("absent.txt"))).isInstanceOf(IOException.class);
  }
}

package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TitleLineTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Drones hit port city\nThe attack began at night.",
      "Drones hit port city\r\nThe attack began at night.",
      "  Drones hit port city  \n\nThe attack began at night.",
      "Drones hit port city\n\n\nThe attack began at night."})
  void shortFirstLineBeforeMoreTextIsTheTitle(String text) {
    assertThat(TitleLine.find(text)).isEqualTo("Drones hit port city");
  }

  @Test
  void questionsMayBeHeadlines() {
    assertThat(TitleLine.find("Will the ceasefire hold?\nDiplomats are doubtful.")).isEqualTo("Will the ceasefire hold?");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The minister met his counterpart on Monday.\nThey discussed the talks.",
      "\"We will not give up,\" he said.\nThe talks go on.",
      "KYIV:\nDrones hit the city overnight.",
      "Drones hit port city",
      "Drones hit port city\n   \n",
      "2025\nThe year of talks."})
  void sentencesDatelinesAndLoneLinesAreNoTitles(String text) {
    assertThat(TitleLine.find(text)).isNull();
  }

  @Test
  void aLongFirstLineIsAParagraph() {
    String line = "Drones hit the port city again ".repeat(7).strip();
    assertThat(line.length()).isGreaterThan(TitleLine.MAX_LENGTH);
    assertThat(TitleLine.find(line + "\nMore text.")).isNull();
    assertThat(TitleLine.find(line.substring(0, 150).strip() + "\nMore text.")).isNotNull();
  }
}

package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventScaleTest {

  @ParameterizedTest(name = "{0} is a campaign")
  @ValueSource(strings = {"war", "invasion", "invade", "offensive", "counteroffensive", "counter-offensive",
      "occupation", "campaign", "siege", "blockade"})
  void campaignLemmasNameHappeningsOfMonths(String lemma) {
    assertThat(EventScale.campaign(lemma)).isTrue();
  }

  @ParameterizedTest(name = "{0} is an incident")
  @ValueSource(strings = {"strike", "attack", "shelling", "onslaught", "meet", "talk", "raid", "War", "wars"})
  void otherLemmasNameIncidents(String lemma) {
    assertThat(EventScale.campaign(lemma)).isFalse();
  }

  @Test
  void noLemmaIsNoCampaign() {
    assertThat(EventScale.campaign(null)).isFalse();
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      "strike, strike, true",
      "invade, invasion, true",
      "war, invasion, true",
      "war, invade, true",
      "invasion, war, true",
      "shoot, shooting, true",
      "shell, shelling, true",
      "attack, strike, true",
      "memorandum, deal, true",
      "massacre, killing, true",
      "attack, meeting, false",
      "war, siege, false",
      "offensive, counteroffensive, false",
      "war, warn, false",
      "occupation, war, false",
  })
  void twoLemmasNameOneHappeningByWordStemOrOneCampaign(String a, String b, boolean same) {
    assertThat(EventScale.sameHappening(a, b)).isEqualTo(same);
    assertThat(EventScale.sameHappening(b, a)).as("symmetric").isEqualTo(same);
  }

  @ParameterizedTest(name = "[{index}] {1} in \"{0}\": told as it starts {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Valdoria/NNP/LOCATION launched/VBD/launch its/PRP$ full-scale/JJ invasion/NN ./.               | invasion | true
      Valdoria/NNP/LOCATION launched/VBD/launch a/DT long/JJ brutal/JJ invasion/NN ./.               | invasion | true
      Valdoria/NNP/LOCATION launched/VBD/launch what/WP became/VBD/become a/DT long/JJ invasion/NN ./. | invasion | false
      The/DT war/NN broke/VBD/break out/RP in/IN spring/NN ./.                                        | war      | true
      Prices/NNS/price rose/VBD/rise since/IN the/DT war/NN began/VBD/begin ./.                       | war      | true
      Valdoria/NNP/LOCATION 's/POS war/NN in/IN Kostrana/NNP/LOCATION continues/VBZ/continue ./.      | war      | false
      Valdoria/NNP/LOCATION declared/VBD/declare war/NN on/IN Kostrana/NNP/LOCATION ./.               | war      | true
      The/DT outbreak/NN of/IN war/NN shook/VBD/shake markets/NNS/market ./.                          | war      | true
      Kostrana/NNP/LOCATION condemned/VBD/condemn the/DT invasion/NN ./.                              | invasion | false
      """)
  void aCampaignIsToldAsItStartsByAStartWordNearIt(String tagged, String noun, boolean told) {
    Sentence s = Triggers.sentence(tagged);
    TriggerMatch t = Triggers.at(s, noun);
    assertThat(EventScale.told(s.tokens(), t.first(), t.last())).isEqualTo(told);
  }
}

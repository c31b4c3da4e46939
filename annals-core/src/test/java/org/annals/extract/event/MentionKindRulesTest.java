package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.extract.event.MentionKindRules.Anchor;
import org.annals.model.EventDate;
import org.annals.model.MentionKind;
import org.annals.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionKindRulesTest {

  private static final LocalDate REPORTED = LocalDate.of(2025, 6, 2);
  private final MentionKindRules rules = new MentionKindRules();

  private Anchor anchor(String tagged, String trigger, String date, LocalDate documentDate) {
    Sentence s = Triggers.sentence(tagged);
    EventDate d = date == null ? null : new EventDate(date, 0, 0, date);
    return rules.anchor(s.tokens(), Triggers.at(s, trigger), d, documentDate);
  }

  @ParameterizedTest(name = "[{index}] {1} in \"{0}\": {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # a time anchor: since / before / until / after + a definite noun or a clause
      Prices/NNS/price have/VBP/have doubled/VBN/double since/IN the/DT invasion/NN ./.               | invasion | TIME
      Exports/NNS/export fell/VBD/fall before/IN the/DT war/NN ./.                                      | war      | TIME
      Talks/NNS/talk stalled/VBD/stall until/IN the/DT offensive/NN ./.                                | offensive | TIME
      Prices/NNS/price have/VBP/have doubled/VBN/double since/IN Russia/NNP/LOCATION invaded/VBD/invade ./. | invaded | TIME
      Kostrana/NNP/LOCATION held/VBD/hold the/DT pass/NN before/IN its/PRP$ troops/NNS/troop withdrew/VBD/withdraw ./. | withdrew | TIME
      The/DT port/NN stayed/VBD/stay shut/VBN until/IN the/DT rebels/NNS/rebel retreated/VBD/retreat ./. | retreated | TIME
      Grain/NN exports/NNS/export recovered/VBD/recover after/IN the/DT invasion/NN ./.               | invasion | TIME
      Flights/NNS/flight resumed/VBD/resume following/VBG/follow the/DT strike/NN ./.                 | strike   | TIME
      Exports/NNS/export fell/VBD/fall prior/RB to/TO the/DT blockade/NN ./.                            | blockade | TIME
      # a noun of time governs it: at the start of, on the eve of, in the first days of
      Nobody/NN fled/VBD/flee at/IN the/DT start/NN of/IN the/DT war/NN ./.                            | war      | TIME
      Envoys/NNS/envoy met/VBD/meet on/IN the/DT eve/NN of/IN the/DT offensive/NN ./.                  | offensive | TIME
      Many/JJ fled/VBD/flee in/IN the/DT first/JJ days/NNS/day of/IN the/DT invasion/NN ./.            | invasion | TIME
      # a prefix makes it a period bound
      Trade/NN returned/VBD/return to/TO pre-invasion/JJ levels/NNS/level ./.                          | pre-invasion | TIME
      # a cause
      Valdoria/NNP/LOCATION expelled/VBD/expel envoys/NNS/envoy in/IN response/NN to/TO the/DT attack/NN ./. | attack | CAUSE
      No/DT group/NN claimed/VBD/claim responsibility/NN for/IN the/DT strike/NN ./.                   | strike   | CAUSE
      Sarnow/NNP/LOCATION struck/VBD/strike back/RB in/IN retaliation/NN for/IN the/DT shelling/NN ./. | shelling | CAUSE
      Outrage/NN grew/VBD/grow over/IN the/DT shelling/NN ./.                                          | shelling | CAUSE
      # the object of a reaction, made definite
      The/DT mayor/NN condemned/VBD/condemn the/DT attack/NN ./.                                       | attack   | REACTION
      Kostrana/NNP/LOCATION denied/VBD/deny the/DT strike/NN ./.                                        | strike   | REACTION
      Envoys/NNS/envoy called/VBD/call the/DT station/NN attack/NN a/DT crime/NN ./.                   | attack   | REACTION
      Leaders/NNS/leader condemned/VBD/condemn Valdoria/NNP/LOCATION 's/POS invasion/NN ./.            | invasion | REACTION
      # named by its place, as a thing known
      Reports/NNS/report of/IN the/DT Sarnow/NNP/LOCATION massacre/NN spread/VBD/spread ./.         | massacre | NAMED
      The/DT Sarnow/NNP/LOCATION station/NN strike/NN shocked/VBD/shock the/DT world/NN ./.         | strike   | NAMED
      # an atrocity with no date is told once found, of a known past; a killing may be the day's news
      Envoys/NNS/envoy saw/VBD/see evidence/NN of/IN atrocities/NNS/atrocity in/IN Sarnow/NNP/LOCATION ./. | atrocities | ATROCITY
      After/IN massacres/NNS/massacre in/IN Sarnow/NNP/LOCATION ,/, talks/NNS/talk stalled/VBD/stall ./. | massacres | ATROCITY
      # news
      A/DT Sarnow/NNP/LOCATION strike/NN killed/VBD/kill two/CD ./.                                  | strike   | NONE
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION overnight/RB ./.                     | struck   | NONE
      The/DT attack/NN killed/VBD/kill two/CD people/NNS/people ./.                                     | attack   | NONE
      Two/CD died/VBD/die after/IN an/DT attack/NN on/IN Sarnow/NNP/LOCATION ./.                       | attack   | NONE
      Two/CD died/VBD/die after/IN missiles/NNS/missile hit/VBD/hit the/DT town/NN ./.                 | hit      | NONE
      Two/CD died/VBD/die following/VBG/follow an/DT attack/NN on/IN Sarnow/NNP/LOCATION ./.           | attack   | NONE
      The/DT mayor/NN condemned/VBD/condemn a/DT new/JJ attack/NN on/IN Sarnow/NNP/LOCATION ./.        | attack   | NONE
      Tensions/NNS/tension rose/VBD/rise over/IN an/DT attack/NN on/IN Sarnow/NNP/LOCATION ./.         | attack   | NONE
      # a clause put first ends at its comma: what follows is the sentence's own news
      Before/IN dawn/NN ,/, Valdoria/NNP/LOCATION launched/VBD/launch drones/NNS/drone at/IN Sarnow/NNP/LOCATION ./. | launched | NONE
      Since/IN the/DT war/NN began/VBD/begin ,/, Valdoria/NNP/LOCATION has/VBZ/have struck/VBN/strike Sarnow/NNP/LOCATION again/RB ./. | struck | NONE
      Since/IN the/DT war/NN began/VBD/begin ,/, Valdoria/NNP/LOCATION has/VBZ/have struck/VBN/strike Sarnow/NNP/LOCATION again/RB ./. | began | TIME
      Valdoria/NNP/LOCATION ,/, since/IN the/DT siege/NN began/VBD/begin ,/, has/VBZ/have shelled/VBN/shell Sarnow/NNP/LOCATION ./. | shelled | NONE
      Prices/NNS/price doubled/VBD/double since/IN Valdoria/NNP/LOCATION ,/, backed/VBN/back by/IN allies/NNS/ally ,/, invaded/VBD/invade ./. | invaded | TIME
      """)
  void howTheSentenceSpeaksOfTheEvent(String tagged, String trigger, Anchor expected) {
    assertThat(anchor(tagged, trigger, null, REPORTED)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] dated {0}, reported {1}: {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      2025-06-01 | 2025-06-02 | NONE
      2025-05-26 | 2025-06-02 | NONE
      2025-05-25 | 2025-06-02 | RECOLLECTION
      2025-02-24 | 2025-06-02 | RECOLLECTION
      2025-05    | 2025-06-02 | NONE
      2025-05    | 2025-06-20 | RECOLLECTION
      2022       | 2025-06-02 | RECOLLECTION
      2025-02-24 | -          | NONE
      XXXX-02-24 | 2025-06-02 | NONE
      2025-06-09 | 2025-06-02 | NONE
      """)
  void aDateMoreThanAWeekBeforeTheReportIsARecollection(String date, LocalDate documentDate, Anchor expected) {
    String tagged = "Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN that/DT day/NN ./.";
    assertThat(anchor(tagged, "struck", date, documentDate)).isEqualTo(expected);
  }

  @Test
  void aTimeAnchorIsATimeAnchorHoweverOldItsDate() {
    assertThat(anchor("Prices/NNS/price have/VBP/have doubled/VBN/double since/IN the/DT invasion/NN ./.", "invasion",
        "2022-02-24", REPORTED)).isEqualTo(Anchor.TIME);
  }

  @ParameterizedTest(name = "[{index}] {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Grain/NN exports/NNS/export recovered/VBD/recover after/IN the/DT invasion/NN ./.  | invasion | REFERENCE
      Nobody/NN fled/VBD/flee in/IN the/DT wake/NN of/IN the/DT strike/NN ./.            | strike   | REFERENCE
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION overnight/RB ./.       | struck   | REPORT
      """)
  void aReportIsNewsAndEveryAnchorARefererence(String tagged, String trigger, MentionKind expected) {
    Sentence s = Triggers.sentence(tagged);
    assertThat(rules.kind(s.tokens(), Triggers.at(s, trigger), null, REPORTED)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {1} in \"{0}\": aside {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The/DT onslaught/NN came/VBD/come a/DT night/NN after/IN Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./. | fired | true
      Two/CD died/VBD/die when/WRB a/DT missile/NN hit/VBD/hit the/DT town/NN ./.                                      | hit   | true
      Sirens/NNS/siren sounded/VBD/sound as/IN Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./.                 | fired | true
      Sirens/NNS/siren sounded/VBD/sound because/IN Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./.            | fired | true
      Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone at/IN Sarnow/NNP/LOCATION ./.                                | fired | false
      Before/IN dawn/NN ,/, Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone at/IN Sarnow/NNP/LOCATION ./.           | fired | false
      When/WRB the/DT sirens/NNS/siren stopped/VBD/stop ,/, Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./.       | stopped | true
      When/WRB the/DT sirens/NNS/siren stopped/VBD/stop ,/, Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./.       | fired | false
      The/DT onslaught/NN came/VBD/come a/DT night/NN after/IN Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./. | onslaught | false
      Valdoria/NNP/LOCATION fired/VBD/fire drones/NNS/drone as/RB well/RB as/IN missiles/NNS/missile ./.                 | missiles | false
      """)
  void anEventToldInAClauseThatDatesOrExplainsAnotherIsAnAside(String tagged, String trigger, boolean aside) {
    Sentence s = Triggers.sentence(tagged);
    assertThat(rules.aside(s.tokens(), Triggers.at(s, trigger))).isEqualTo(aside);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      00:58'Historic day': Valdoria's leaders confirm intention to join Nato – video By joining, Valdoria gives up a tradition. | confirm | true
      00:58'Historic day': Valdoria's leaders confirm intention to join Nato – video By joining, Valdoria gives up a tradition. | gives | false
      Valdoria lifts objections to Kostrana's bidRead more The president rewarded the lifting of the veto. | lifts | true
      Valdoria lifts objections to Kostrana's bidRead more The president rewarded the lifting of the veto. | rewarded | false
      Valdoria struck Sarnow at 04:30 on Sunday, officials said. | struck | false
      """)
  void aVideoCaptionOrAReadMoreHeadlineIsALinkToAnotherStory(String text, String word, boolean link) {
    int at = text.indexOf(word);
    assertThat(MentionKindRules.inLink(MentionKindRules.links(text, 0, text.length()), at)).isEqualTo(link);
  }

  @Test
  void aCaptionWhoseRunningTimeWasCutOffAsAStampIsStillALink() {
    String text = "01:32Valdoria releases footage of strike on mall – video";
    int sentence = text.indexOf("Valdoria");
    assertThat(MentionKindRules.inLink(MentionKindRules.links(text, sentence, text.length()), text.indexOf("strike")))
        .isTrue();
  }
}

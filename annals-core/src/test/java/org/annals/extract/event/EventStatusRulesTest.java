package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Event status, read through the extractor on one hand-made sentence reported on Monday 2 June 2025. */
class EventStatusRulesTest {

  private static TaggedDoc doc(String tagged) {
    return TaggedDoc.dated("2025-06-02").sentence(tagged);
  }

  /** The status the sentence gives the mention whose trigger is {@code trigger}. */
  private static EventStatus status(TaggedDoc doc, String trigger) {
    List<Event> events = Extract.events(doc);
    for (Event e : events) {
      for (EventMention m : e.mentions()) {
        if (m.trigger().text().equals(trigger)) {
          return m.status();
        }
      }
    }
    throw new AssertionError("no mention '" + trigger + "' in " + Extract.describe(events));
  }

  @ParameterizedTest(name = "[{index}] {1} in \"{0}\": {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. | struck | - | ASSERTED
      Valdoria/NNP/LOCATION did/VBD/do not/RB attack/VB Sarnow/NNP/LOCATION ./. | attack | - | NEGATED
      Valdoria/NNP/LOCATION refused/VBD/refuse to/TO meet/VB Anna/NNP/PERSON Holt/NNP/PERSON ./. | meet | - | NEGATED
      Valdoria/NNP/LOCATION denied/VBD/deny attacking/VBG/attack Sarnow/NNP/LOCATION ./. | attacking | - | DENIED
      Holt/NNP/PERSON rejected/VBD/reject claims/NNS/claim that/IN Valdoria/NNP/LOCATION had/VBD/have attacked/VBN/attack Sarnow/NNP/LOCATION ./. | attacked | - | DENIED
      Holt/NNP/PERSON dismissed/VBD/dismiss reports/NNS/report of/IN airstrikes/NNS/airstrike on/IN Sarnow/NNP/LOCATION ./. | airstrikes | - | DENIED
      Holt/NNP/PERSON rejected/VBD/reject the/DT plan/NN after/IN Valdoria/NNP/LOCATION attacked/VBD/attack Sarnow/NNP/LOCATION ./. | attacked | - | ASSERTED
      Valdoria/NNP/LOCATION could/MD strike/VB Sarnow/NNP/LOCATION ./. | strike | - | HYPOTHETICAL
      Valdoria/NNP/LOCATION will/MD strike/VB Sarnow/NNP/LOCATION if/IN attacked/VBN/attack ./. | strike | - | HYPOTHETICAL
      Kostrana/NNP/LOCATION is/VBZ/be ready/JJ to/TO meet/VB Anna/NNP/PERSON Holt/NNP/PERSON ./. | meet | - | HYPOTHETICAL
      Envoys/NNS/envoy discussed/VBD/discuss the/DT risk/NN of/IN an/DT attack/NN on/IN Sarnow/NNP/LOCATION ./. | attack | - | HYPOTHETICAL
      Kostrana/NNP/LOCATION stood/VBD/stand on/IN the/DT brink/NN of/IN war/NN ,/, 20/CD February/NNP ./. | war | 20 February=2025-02-20 | HYPOTHETICAL
      Valdoria/NNP/LOCATION will/MD meet/VB Anna/NNP/PERSON Holt/NNP/PERSON ./. | meet | - | FUTURE
      Valdoria/NNP/LOCATION pledged/VBD/pledge weapons/NNS/weapon to/TO Kostrana/NNP/LOCATION ./. | pledged | - | ASSERTED
      Valdoria/NNP/LOCATION will/MD pledge/VB weapons/NNS/weapon to/TO Kostrana/NNP/LOCATION ./. | pledge | - | FUTURE
      Valdoria/NNP/LOCATION plans/VBZ/plan to/TO visit/VB Sarnow/NNP/LOCATION ./. | visit | - | FUTURE
      Anna/NNP/PERSON Holt/NNP/PERSON is/VBZ/be expected/VBN/expect to/TO visit/VB Sarnow/NNP/LOCATION ./. | visit | - | FUTURE
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION meet/VBP/meet on/IN June/NNP 9/CD ./. | meet | on June 9=2025-06-09 | FUTURE
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION meet/VBP/meet tomorrow/NN ./. | meet | tomorrow=2025-06-03 | FUTURE
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION meet/VBP/meet next/JJ week/NN ./. | meet | next week=2025-W24 | FUTURE
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION meet/VBP/meet next/JJ month/NN ./. | meet | next month=2025-07 | FUTURE
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION met/VBD/meet last/JJ week/NN ./. | met | last week=2025-W22 | ASSERTED
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION met/VBD/meet on/IN Friday/NNP ./. | met | on Friday=2025-06-06 | ASSERTED
      Valdoria/NNP/LOCATION said/VBD/say it/PRP had/VBD/have struck/VBN/strike Sarnow/NNP/LOCATION ./. | struck | - | CLAIMED
      Valdoria/NNP/LOCATION allegedly/RB shelled/VBD/shell Sarnow/NNP/LOCATION ./. | shelled | - | CLAIMED
      # a date written out before the report makes a past event, whatever modal stands before it
      Valdoria/NNP/LOCATION could/MD invade/VB Kostrana/NNP/LOCATION like/IN it/PRP did/VBD/do Sarnow/NNP/LOCATION on/IN 24/CD February/NNP ./. | invade | on 24 February=2025-02-24 | ASSERTED
      Valdoria/NNP/LOCATION could/MD invade/VB Kostrana/NNP/LOCATION on/IN Friday/NNP ./. | invade | on Friday=2025-05-30 | HYPOTHETICAL
      # a reproach presupposes the deed; a possibility in the past does not
      Valdoria/NNP/LOCATION should/MD not/RB have/VB/have invaded/VBN/invade Kostrana/NNP/LOCATION ./. | invaded | - | ASSERTED
      Valdoria/NNP/LOCATION could/MD have/VB/have invaded/VBN/invade Kostrana/NNP/LOCATION ./. | invaded | - | HYPOTHETICAL
      # a perfect participle phrase opening the sentence is done, whatever the main clause makes conditional
      Yet/RB having/VBG/have been/VBN/be invaded/VBN/invade by/IN Valdoria/NNP/LOCATION ,/, Kostrana/NNP/LOCATION wo/MD/will n't/RB/not meet/VB Anna/NNP/PERSON Holt/NNP/PERSON unless/IN it/PRP is/VBZ/be safe/JJ ./. | invaded | - | ASSERTED
      Kostrana/NNP/LOCATION would/MD meet/VB Anna/NNP/PERSON Holt/NNP/PERSON if/IN it/PRP were/VBD/be safe/JJ ,/, having/VBG/have been/VBN/be invaded/VBN/invade ./. | meet | - | HYPOTHETICAL
      # a capacity or a case provided for is no deed
      Valdoria/NNP/LOCATION is/VBZ/be capable/JJ of/IN invading/VBG/invade Kostrana/NNP/LOCATION ./. | invading | - | HYPOTHETICAL
      Valdoria/NNP/LOCATION wants/VBZ/want weapons/NNS/weapon in/IN case/NN Kostrana/NNP/LOCATION invaded/VBD/invade ./. | invaded | - | HYPOTHETICAL
      # pleading guilty admits the deed; pleading for it asks
      Two/CD soldiers/NNS/soldier pleaded/VBD/plead guilty/JJ to/TO shelling/VBG/shell Sarnow/NNP/LOCATION ./. | shelling | - | ASSERTED
      Anna/NNP/PERSON Holt/NNP/PERSON pleaded/VBD/plead with/IN Valdoria/NNP/LOCATION to/TO stop/VB shelling/VBG/shell Sarnow/NNP/LOCATION ./. | shelling | - | HYPOTHETICAL
      # a threat is made, its conditional content notwithstanding
      Valdoria/NNP/LOCATION warned/VBD/warn that/IN if/IN Kostrana/NNP/LOCATION joined/VBD/join ,/, it/PRP would/MD respond/VB ./. | warned | - | ASSERTED
      Valdoria/NNP/LOCATION issued/VBD/issue a/DT warning/NN that/IN there/EX would/MD be/VB consequences/NNS/consequence ./. | warning | - | ASSERTED
      Valdoria/NNP/LOCATION will/MD respond/VB in/IN kind/NN if/IN Kostrana/NNP/LOCATION joins/VBZ/join ./. | respond | - | ASSERTED
      Valdoria/NNP/LOCATION will/MD not/RB retaliate/VB ./. | retaliate | - | NEGATED
      Valdoria/NNP/LOCATION said/VBD/say bases/NNS/base would/MD provoke/VB its/PRP$ response/NN ./. | provoke | - | ASSERTED
      # a noun told as done is done, whatever governs its phrase; a planned or possible one is not
      Kostrana/NNP/LOCATION could/MD refuse/VB to/TO ratify/VB the/DT deal/NN signed/VBN/sign on/IN Tuesday/NNP ./. | deal | - | ASSERTED
      The/DT name/NN was/VBD/be not/RB included/VBN/include in/IN the/DT deal/NN signed/VBN/sign by/IN Kostrana/NNP/LOCATION ./. | deal | - | ASSERTED
      Anna/NNP/PERSON Holt/NNP/PERSON urged/VBD/urge envoys/NNS/envoy to/TO visit/VB the/DT site/NN/site of/IN the/DT strike/NN on/IN Sarnow/NNP/LOCATION ./. | strike | - | ASSERTED
      Envoys/NNS/envoy discussed/VBD/discuss any/DT chemical/JJ ,/, biological/JJ or/CC nuclear/JJ attacks/NNS/attack launched/VBN/launch by/IN Valdoria/NNP/LOCATION ./. | attacks | - | HYPOTHETICAL
      """)
  void whatTheSentenceSaysOfTheEvent(String tagged, String trigger, String time, EventStatus expected) {
    TaggedDoc d = doc(tagged);
    if (time != null) {
      d.time(time.substring(0, time.indexOf('=')), time.substring(time.indexOf('=') + 1));
    }
    assertThat(status(d, trigger)).isEqualTo(expected);
  }

  @Test
  void anInfinitiveOfPurposeIsAsPlannedAsTheVerbItServes() {
    TaggedDoc d = doc("Valdoria/NNP/LOCATION 's/POS foreign/JJ minister/NN will/MD travel/VB to/TO"
        + " Kostrana/NNP/LOCATION on/IN Friday/NNP to/TO discuss/VB/discuss the/DT border/NN ./.")
        .time("on Friday", "2025-06-06");
    List<Event> events = Extract.events(d);
    assertThat(events).as(Extract.describe(events)).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(PloverType.CONSULT);
      assertThat(e.status()).isEqualTo(EventStatus.FUTURE);
      assertThat(e.date().value()).as("a planned event keeps its later date").isEqualTo("2025-06-06");
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Kostrana/NNP/LOCATION 's/POS envoy/NN could/MD have/VB/have taken/VBN/take a/DT plane/NN to/TO talk/VB/talk with/IN Anna/NNP/PERSON Holt/NNP/PERSON ./. | HYPOTHETICAL
      Kostrana/NNP/LOCATION 's/POS envoy/NN took/VBD/take a/DT plane/NN to/TO talk/VB/talk with/IN Anna/NNP/PERSON Holt/NNP/PERSON ./.                         | ASSERTED
      Kostrana/NNP/LOCATION 's/POS envoy/NN said/VBD/say he/PRP would/MD take/VB a/DT plane/NN to/TO talk/VB/talk with/IN Anna/NNP/PERSON Holt/NNP/PERSON ./. | FUTURE
      """)
  void anInfinitiveOfPurposeIsAsRealAsTheVerbItServes(String tagged, EventStatus expected) {
    assertThat(status(doc(tagged), "talk")).isEqualTo(expected);
  }

  @Test
  void aRefusalToSupportIsARejectionMade() {
    TaggedDoc d = doc("Valdoria/NNP/LOCATION will/MD not/RB support/VB/support Kostrana/NNP/LOCATION 's/POS bid/NN ./.");
    List<Event> events = Extract.events(d);
    assertThat(events).as(Extract.describe(events)).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(PloverType.REJECT);
      assertThat(e.status()).isEqualTo(EventStatus.ASSERTED);
    });
    // nobody named: no one to have refused
    List<Event> unnamed = Extract.events(doc("The/DT bid/NN was/VBD/be not/RB supported/VBN/support ./."));
    assertThat(unnamed).noneMatch(e -> e.type() == PloverType.REJECT);
  }

  @Test
  void aNounInTheClauseOfAPlannedVerbIsPlannedToo() {
    TaggedDoc d = doc("Envoys/NNS/envoy of/IN Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION will/MD meet/VB"
        + " this/DT week/NN for/IN a/DT new/JJ round/NN of/IN talks/NNS/talk ./.").time("this week", "2025-W23");
    List<Event> events = Extract.events(d);
    // the talks are the meeting: planned, they are told by the verb, and nothing of the sentence is asserted
    assertThat(events).as(Extract.describe(events)).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(PloverType.CONSULT);
      assertThat(e.status()).isEqualTo(EventStatus.FUTURE);
    });
  }

  @Test
  void aNounInTheClauseOfAnAssertedVerbKeepsItsOwnStatus() {
    TaggedDoc d = doc("Envoys/NNS/envoy of/IN Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION met/VBD/meet"
        + " on/IN Sunday/NNP for/IN a/DT new/JJ round/NN of/IN talks/NNS/talk ./.").time("on Sunday", "2025-06-01");
    List<Event> events = Extract.events(d);
    assertThat(events).as(Extract.describe(events)).allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.ASSERTED));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Valdoria/NNP/LOCATION warned/VBD/warn against/IN any/DT chemical/JJ or/CC nuclear/JJ attacks/NNS/attack on/IN Kostrana/NNP/LOCATION ./.
      Valdoria/NNP/LOCATION warned/VBD/warn against/IN any/DT chemical/JJ ,/, biological/JJ or/CC nuclear/JJ attacks/NNS/attack on/IN Kostrana/NNP/LOCATION ./.
      Valdoria/NNP/LOCATION warned/VBD/warn against/IN any/DT attack/NN on/IN Kostrana/NNP/LOCATION ./.
      """)
  void anyOverTheNounsModifiersMakesAnAttackHypothetical(String tagged) {
    String trigger = tagged.contains("attacks/") ? "attacks" : "attack";
    assertThat(status(doc(tagged), trigger)).isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void anIntentionToActIsNotYetAnAct() {
    TaggedDoc d = doc("Valdoria/NNP/LOCATION announced/VBD/announce its/PRP$ intention/NN to/TO apply/VB/apply for/IN"
        + " membership/NN of/IN the/DT Northern/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION ./.");
    assertThat(status(d, "apply")).isEqualTo(EventStatus.FUTURE);
  }
}

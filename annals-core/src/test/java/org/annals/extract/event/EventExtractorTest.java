package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.extract.TaggedDoc;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.MentionKind;
import org.annals.model.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The events of hand-made articles reported on Monday 2 June 2025: how the mentions of one event
 * within an article are grouped (ArticleEventGroups, SameEventMerger) and how each is told.
 */
class EventExtractorTest {

  /** An article of sentences separated by {@code //}, with times given as {@code text=value;…}. */
  private static TaggedDoc doc(String sentences, String times) {
    TaggedDoc d = TaggedDoc.dated("2025-06-02");
    for (String s : sentences.split("//")) {
      d.sentence(s);
    }
    if (times != null) {
      for (String t : times.split(";")) {
        String[] kv = t.split("=");
        d.time(kv[0].strip(), kv[1].strip());
      }
    }
    return d;
  }

  /** Each event as the triggers of its mentions, events apart by ';': "struck attack; shelled". */
  private static String groups(List<Event> events) {
    return events.stream()
        .map(e -> e.mentions().stream().map(m -> m.trigger().text()).collect(Collectors.joining(" ")))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # one strike and a definite noun that takes it up
      Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ./. // The/DT attack/NN killed/VBD/kill two/CD people/NNS/people ./.  | - | struck attack
      # within a sentence: a noun in apposition, an outcome word and an infinitive of purpose are the event its verb tells
      Kostrana/NNP/LOCATION attacked/VBD/attack bombers/NNS/bomber at/IN Sarnow/NNP/LOCATION ,/, the/DT first/JJ such/JJ attack/NN ./. | - | attacked
      Valdorian/JJ/NORP missiles/NNS/missile struck/VBD/strike Sarnow/NNP/LOCATION ,/, killing/VBG/kill two/CD people/NNS/people ./. | - | struck
      Anna/NNP/PERSON Holt/NNP/PERSON met/VBD/meet Piet/NNP/PERSON Vos/NNP/PERSON in/IN Sarnow/NNP/LOCATION to/TO discuss/VB/discuss the/DT border/NN ./. | - | met
      # …but two verbs are two predicates, an interception is no strike, and two dates are two strikes
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION and/CC shelled/VBD/shell Velin/NNP/LOCATION ./. | - | struck; shelled
      Valdoria/NNP/LOCATION launched/VBD/launch 40/CD drones/NNS/drone at/IN Sarnow/NNP/LOCATION ;/: Kostrana/NNP/LOCATION shot/VBD/shoot down/RP 30/CD ./. | - | launched; shot down
      The/DT strike/NN on/IN Sarnow/NNP/LOCATION on/IN Sunday/NNP followed/VBD/follow a/DT strike/NN on/IN Friday/NNP ./. | on Sunday=2025-06-01;on Friday=2025-05-30 | strike; strike
      # a tally is no event
      Valdorian/JJ/NORP attacks/NNS/attack have/VBP/have killed/VBN/kill 40/CD people/NNS/people in/IN Sarnow/NNP/LOCATION since/IN April/NNP ./. | - | -
      # two sides are two strikes
      Russia/NNP/LOCATION struck/VBD/strike Kharkiv/NNP/LOCATION overnight/RB ./. // Ukraine/NNP/LOCATION struck/VBD/strike Belgorod/NNP/LOCATION overnight/RB ./. | - | struck; struck
      # the same two countries with their roles reversed: who did it decides the side
      Russia/NNP/LOCATION attacked/VBD/attack Ukraine/NNP/LOCATION overnight/RB ./. // Ukraine/NNP/LOCATION 's/POS attack/NN on/IN Russia/NNP/LOCATION followed/VBD/follow ./. | - | attacked; attack
      # a clause boundary keeps two mentions of one sentence apart, and grouping never joins them
      The/DT onslaught/NN came/VBD/come a/DT night/NN after/IN Russia/NNP/LOCATION fired/VBD/fire drones/NNS/drone ./. | - | onslaught; fired
      # the definite noun joins the main clause's strike, not the one told as an aside
      Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ,/, a/DT day/NN after/IN Ukraine/NNP/LOCATION shelled/VBD/shell Belgorod/NNP/LOCATION ./. // The/DT attack/NN killed/VBD/kill three/CD people/NNS/people ./. | - | struck attack; shelled
      # a denial of what happened, made definite, joins it
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN Sunday/NNP ./. // Valdoria/NNP/LOCATION denied/VBD/deny the/DT attack/NN ./. | on Sunday=2025-06-01 | struck attack
      # a definite noun takes up an event at most twelve sentences back, unless it names the same kind of happening
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT raid/NN was/VBD/be the/DT third/JJ ./. | - | struck; raid
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT strike/NN was/VBD/be the/DT third/JJ ./. | - | struck strike
      # …adjectives joined before the noun still make it definite
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT latest/JJS and/CC largest/JJS strike/NN was/VBD/be the/DT third/JJ ./. | - | struck strike
      # a meeting's parties come from several countries: no side keeps a definite noun from it
      Sweden/NNP/LOCATION and/CC Turkey/NNP/LOCATION met/VBD/meet in/IN Madrid/NNP/LOCATION ./. // The/DT meeting/NN with/IN Finnish/JJ/NORP officials/NNS/official ended/VBD/end late/RB ./. | - | met meeting
      # a country and its people are one party
      Russia/NNP/LOCATION shelled/VBD/shell Ukraine/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // Russian/JJ/NORP forces/NNS/force shelled/VBD/shell Ukrainian/JJ/NORP positions/NNS/position ./. | - | shelled shelled
      # two places are two strikes; a city and its country agree
      Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ./. // Russia/NNP/LOCATION also/RB struck/VBD/strike Odesa/NNP/LOCATION ./. | - | struck; struck
      Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ./. // The/DT attack/NN on/IN Ukraine/NNP/LOCATION killed/VBD/kill two/CD people/NNS/people ./. | - | struck attack
      # …and so do a site and the city it lies in
      Valdorian/JJ/NORP troops/NNS/troop withdrew/VBD/withdraw from/IN Azovstal/NNP/LOCATION ./. // Valdorian/JJ/NORP troops/NNS/troop withdrew/VBD/withdraw from/IN Mariupol/NNP/LOCATION ./. | - | withdrew withdrew
      Valdorian/JJ/NORP troops/NNS/troop withdrew/VBD/withdraw from/IN Azovstal/NNP/LOCATION ./. // Valdorian/JJ/NORP troops/NNS/troop withdrew/VBD/withdraw from/IN Kyiv/NNP/LOCATION ./. | - | withdrew; withdrew
      # history and the day's news are two happenings; a definite noun still takes history up
      Valdoria/NNP/LOCATION captured/VBD/capture Sarnow/NNP/LOCATION in/IN 2014/CD ./. // Valdoria/NNP/LOCATION captured/VBD/capture Sarnow/NNP/LOCATION again/RB ./. | in 2014=2014 | captured; captured
      Valdoria/NNP/LOCATION captured/VBD/capture Sarnow/NNP/LOCATION in/IN 2024/CD ./. // Valdoria/NNP/LOCATION captured/VBD/capture Sarnow/NNP/LOCATION again/RB ./. | in 2024=2024 | captured captured
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION in/IN 2014/CD ./. // The/DT strike/NN on/IN Sarnow/NNP/LOCATION was/VBD/be swift/JJ ./. | in 2014=2014 | struck strike
      # a noun that names no one and the same kind of happening, told right after, is the event just told;
      # further on it is another
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION signed/VBD/sign an/DT accord/NN in/IN Sarnow/NNP/LOCATION ./. // Trade/NN resumed/VBD/resume under/IN a/DT deal/NN ./. | - | signed deal
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION signed/VBD/sign an/DT accord/NN in/IN Sarnow/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // Trade/NN resumed/VBD/resume under/IN a/DT deal/NN ./. | - | signed; deal
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // Kostrana/NNP/LOCATION called/VBD/call for/IN talks/NNS/talk ./. // Trade/NN resumed/VBD/resume under/IN a/DT deal/NN ./. | - | struck; called for; talks; deal
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION signed/VBD/sign an/DT accord/NN ./. // Trade/NN resumed/VBD/resume under/IN earlier/JJR deals/NNS/deal ./. | - | signed; deals
      # …unless that sentence names other parties: the next post of a live blog, another deal
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION signed/VBD/sign an/DT accord/NN ./. // Velin/NNP/LOCATION resumed/VBD/resume trade/NN with/IN Sarnow/NNP/LOCATION under/IN a/DT deal/NN ./. | - | signed; deal
      Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION signed/VBD/sign an/DT accord/NN ./. // Kostrana/NNP/LOCATION resumed/VBD/resume trade/NN under/IN a/DT deal/NN ./. | - | signed deal
      # a plan never joins what happened
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN Sunday/NNP ./. // Valdoria/NNP/LOCATION will/MD strike/VB Sarnow/NNP/LOCATION again/RB ./. | on Sunday=2025-06-01 | struck; strike
      # days that do not overlap are two strikes; the same day is one (told by its verb: "hit")
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN Sunday/NNP ./. // Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN Thursday/NNP too/RB ./. | on Sunday=2025-06-01;on Thursday=2025-05-29 | struck; struck
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN Sunday/NNP ./. // The/DT Sunday/NNP strike/NN on/IN Sarnow/NNP/LOCATION hit/VBD/hit a/DT school/NN ./. | on Sunday=2025-06-01 | struck hit
      # a relative clause opened by a comma tells another happening, its place and date its own
      Refugees/NNS/refugee have/VBP/have left/VBN/leave since/IN the/DT start/NN of/IN the/DT war/NN ,/, of/IN which/WDT many/JJ went/VBD/go to/TO Poland/NNP/LOCATION ,/, fleeing/VBG/flee the/DT war/NN in/IN Syria/NNP/LOCATION in/IN 2016/CD ./. | in 2016=2016 | war; war
      # a campaign and an incident are never one event
      Russia/NNP/LOCATION launched/VBD/launch its/PRP$ invasion/NN of/IN Ukraine/NNP/LOCATION on/IN 24/CD February/NNP 2022/CD ./. // The/DT attack/NN on/IN Kyiv/NNP/LOCATION began/VBD/begin at/IN dawn/NN ./. | on 24 February 2022=2022-02-24 | invasion; attack
      # a campaign noun that names what goes on is no mention of a happening
      Russia/NNP/LOCATION 's/POS war/NN in/IN Ukraine/NNP/LOCATION continues/VBZ/continue ./. | - | -
      Valdoria/NNP/LOCATION expelled/VBD/expel envoys/NNS/envoy in/IN response/NN to/TO the/DT invasion/NN ./. | - | expelled
      # …but a time anchor is a mention, and so is a campaign told as it starts
      Exports/NNS/export from/IN Ukraine/NNP/LOCATION have/VBP/have halved/VBN/halve since/IN the/DT war/NN began/VBD/begin ./. | - | war
      Russian/JJ/NORP power/NN is/VBZ/be half/NN of/IN its/PRP$ pre-invasion/JJ levels/NNS/level ./. | - | pre-invasion
      Russia/NNP/LOCATION launched/VBD/launch a/DT full-scale/JJ invasion/NN of/IN Ukraine/NNP/LOCATION ./. | - | invasion
      """)
  void theMentionsOfOneEventAreOneGroup(String sentences, String times, String expected) {
    List<Event> events = Extract.events(doc(sentences, times));
    assertThat(groups(events)).as(Extract.describe(events)).isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # a toll that names no one, told right after a strike, is the strike's; further on it is its own
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // Eighteen/CD/NUMBER people/NNS/people were/VBD/be killed/VBN/kill ./. | struck killed
      Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // The/DT weather/NN was/VBD/be mild/JJ ./. // Eighteen/CD/NUMBER people/NNS/people were/VBD/be killed/VBN/kill ./. | struck; killed
      """)
  void aTollRightAfterAStrikeIsItsToll(String sentences, String expected) {
    List<Event> events = Extract.eventsWithFigures(doc(sentences, null));
    assertThat(groups(events)).as(Extract.describe(events)).isEqualTo(expected);
  }

  /** Each event as "type actors recipients @place": "ASSAULT [Russia] [] @Kyiv" (the judging verb's own event is left out). */
  private static String parties(List<Event> events) {
    return events.stream().map(e -> e.type() + " " + e.actors().stream().map(r -> r.text()).toList() + " "
        + e.recipients().stream().map(r -> r.text()).toList() + " @" + (e.location() == null ? "-" : e.location().text()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # the subject of a verb that does what its noun object names did it
      Russia/NNP/LOCATION launched/VBD/launch the/DT attack/NN on/IN Kyiv/NNP/LOCATION ./. | ASSAULT [Russia] [Kyiv] @Kyiv
      Nato/NNP/ORGANIZATION called/VBD/call a/DT meeting/NN in/IN Brussels/NNP/LOCATION ./. | CONSULT [Nato] [] @Brussels
      # …not the subject of one that judges or names it, nor the place that subject is in
      The/DT US/NNP/LOCATION embassy/NN in/IN Kyiv/NNP/LOCATION called/VBD/call the/DT attack/NN a/DT war/NN crime/NN ./. | ASSAULT [] [] @-
      The/DT mayor/NN of/IN Lviv/NNP/LOCATION condemned/VBD/condemn the/DT strike/NN on/IN Odesa/NNP/LOCATION ./. | ASSAULT [] [Odesa] @Odesa
      # backing received "from" a party is that party's
      Valdoria/NNP/LOCATION received/VBD/receive assurances/NNS/assurance from/IN Kostrana/NNP/LOCATION ./. | SUPPORT [Kostrana] [] @-
      # a place named in an apposition to a ranked city ("second largest")
      Shelling/NN of/IN a/DT residential/JJ area/NN in/IN Ukraine/NNP/LOCATION 's/POS second/RB largest/JJS/large city/NN ,/, Kharkiv/NNP/LOCATION ,/, killed/VBD/kill five/CD ./. | ASSAULT [] [] @Kharkiv
      # a participle after an event noun does not hide its parties; an agent "by" stays the actor
      In/IN the/DT deal/NN signed/VBN/sign with/IN Kostrana/NNP/LOCATION ,/, Valdoria/NNP/LOCATION gave/VBD/give up/RP its/PRP$ claims/NNS/claim ./. | AGREE [] [Kostrana] @-
      # a consequence a speaker says others' steps would bring is the speaker's threat
      Valdoria/NNP/LOCATION said/VBD/say the/DT expansion/NN would/MD demand/VB a/DT reaction/NN ./. | THREATEN [Valdoria] [] @-
      # forces moved with no agent named are moved by whose forces they are
      Valdorian/JJ/NORP troops/NNS/troop were/VBD/be deployed/VBN/deploy to/TO Sarnow/NNP/LOCATION ./. | MOBILIZE [Valdorian] [] @Sarnow
      # forces withdrawn or evacuated withdraw, whoever moves them; the place they leave is the withdrawal's
      Valdorian/JJ/NORP soldiers/NNS/soldier were/VBD/be evacuated/VBN/evacuate by/IN Kostranian/JJ/NORP forces/NNS/force ./. | RETREAT [Valdorian] [Kostranian] @-
      The/DT withdrawal/NN of/IN Valdorian/JJ/NORP troops/NNS/troop from/IN Sarnow/NNP/LOCATION was/VBD/be confirmed/VBN/confirm ./. | RETREAT [Valdorian] [] @Sarnow
      Valdoria/NNP/LOCATION withdrew/VBD/withdraw its/PRP$ forces/NNS/force from/IN Sarnow/NNP/LOCATION ./. | RETREAT [Valdoria] [] @Sarnow
      Valdorian/JJ/NORP soldiers/NNS/soldier left/VBD/leave the/DT Sarnow/NNP/LOCATION plant/NN ./. | RETREAT [Valdorian] [] @Sarnow
      # …also where another party moves them ("evacuated Valdorian troops", "an evacuation by"), and where they are taken is not where they left
      Kostrana/NNP/LOCATION evacuated/VBD/evacuate wounded/JJ Valdorian/JJ/NORP soldiers/NNS/soldier to/IN a/DT hospital/NN in/IN Sarnow/NNP/LOCATION ./. | RETREAT [Valdorian] [Kostrana] @-
      Defenders/NNS/defender are/VBP/be under/IN evacuation/NN by/IN Kostranian/JJ/NORP forces/NNS/force ./. | RETREAT [] [Kostranian] @-
      # the place controlled is where control was taken, before a place told as where the forces are
      Valdorian/JJ/NORP forces/NNS/force in/IN Kostrana/NNP/LOCATION took/VBD/take full/JJ control/NN of/IN the/DT city/NN of/IN Sarnow/NNP/LOCATION ./. | COERCE [Valdorian] [] @Sarnow
      # the owner of an event noun acts; a name between the owner and the noun is the other party
      Valdoria/NNP/LOCATION backed/VBD/back the/DT Nordic/JJ/NORP countries/NNS/country '/POS Nato/NNP/ORGANIZATION membership/NN bids/NNS/bid ./. | REQUEST [Nordic] [Nato] @-
      Valdoria/NNP/LOCATION backed/VBD/back the/DT Nordic/JJ/NORP countries/NNS/country ’/'' Nato/NNP/ORGANIZATION membership/NN bids/NNS/bid ./. | REQUEST [Nordic] [Nato] @-
      # a body named before an application is the one applied to; who applies comes "from"
      Kostrana/NNP/LOCATION welcomed/VBD/welcome Nato/NNP/ORGANIZATION membership/NN applications/NNS/application from/IN Valdoria/NNP/LOCATION ./. | REQUEST [Valdoria] [Nato] @-
      Valdoria/NNP/LOCATION 's/POS Nato/NNP/ORGANIZATION application/NN was/VBD/be sent/VBN/send ./. | REQUEST [Valdoria] [Nato] @-
      # a place that ranks the target is not the target ("Europe's largest plant")
      Valdoria/NNP/LOCATION attacked/VBD/attack Sarnow/NNP/LOCATION 's/POS largest/JJS/large plant/NN ./. | ASSAULT [Valdoria] [] @-
      Valdoria/NNP/LOCATION attacked/VBD/attack Sarnow/NNP/LOCATION 's/POS main/JJ plant/NN ./. | ASSAULT [Valdoria] [Sarnow] @Sarnow
      Valdoria/NNP/LOCATION attacked/VBD/attack Sarnow/NNP/LOCATION 's/POS latest/JJS/late plant/NN ./. | ASSAULT [Valdoria] [Sarnow] @Sarnow
      # the passive that an event noun heads leads on to its parties
      An/DT agreement/NN has/VBZ/have been/VBN/be reached/VBN/reach between/IN Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION ./. | AGREE [] [Valdoria, Kostrana] @-
      # calling someone names accuses them; calling for something asks for it
      Valdoria/NNP/LOCATION called/VBD/call Piet/NNP/PERSON Vos/NNP/PERSON a/DT tyrant/NN ./. | ACCUSE [Valdoria] [Piet Vos] @-
      Valdoria/NNP/LOCATION called/VBD/call for/IN talks/NNS/talk with/IN the/DT tyrant/NN ./. | REQUEST [Valdoria] [] @-
      # giving up a veto or objections is a concession, not a rejection
      Valdoria/NNP/LOCATION lifted/VBD/lift its/PRP$ objections/NNS/objection to/TO Sarnow/NNP/PERSON ./. | CONCEDE [Valdoria] [Sarnow] @-
      Valdoria/NNP/LOCATION 's/POS lifting/NN of/IN the/DT veto/NN surprised/VBD/surprise Kostrana/NNP/LOCATION ./. | CONCEDE [Valdoria] [] @-
      # a refusal to approve a party's joining, or to say yes, is a rejection
      Erdoğan/NNP/PERSON said/VBD/say he/PRP will/MD not/RB approve/VB Finland/NNP/LOCATION joining/VBG/join Nato/NNP/ORGANIZATION ./. | REJECT [Erdoğan] [Finland] @-
      # who treats something as a legitimate target threatens it
      Valdoria/NNP/LOCATION said/VBD/say it/PRP will/MD treat/VB arms/NNS/arm shipments/NNS/shipment as/IN legitimate/JJ targets/NNS/target ./. | THREATEN [Valdoria] [] @-
      # a possessive pronoun after a reporting verb stands for its speaker, as a pronoun does
      Valdoria/NNP/LOCATION said/VBD/say its/PRP$ military/NN struck/VBD/strike Sarnow/NNP/LOCATION ./. | ASSAULT [Valdoria] [Sarnow] @Sarnow
      Valdoria/NNP/LOCATION said/VBD/say its/PRP$ military/JJ struck/VBD/strike Sarnow/NNP/LOCATION ./. | ASSAULT [Valdoria] [Sarnow] @Sarnow
      The/DT Valdorian/JJ/NORP military/JJ struck/VBD/strike Sarnow/NNP/LOCATION ./. | ASSAULT [Valdorian] [Sarnow] @Sarnow
      Valdoria/NNP/LOCATION said/VBD/say that/IN it/PRP struck/VBD/strike Sarnow/NNP/LOCATION ./. | ASSAULT [Valdoria] [Sarnow] @Sarnow
      Valdoria/NNP/LOCATION met/VBD/meet envoys/NNS/envoy as/IN its/PRP$ military/NN struck/VBD/strike Sarnow/NNP/LOCATION ./. | ASSAULT [] [Sarnow] @Sarnow
      # a definite place noun takes up the city, or the site named with that noun, told before it; never a country
      Anna/NNP/PERSON Holt/NNP/PERSON is/VBZ/be mayor/NN of/IN Kyiv/NNP/LOCATION ./. // Eight/CD missiles/NNS/missile hit/VBD/hit the/DT city/NN ./. | ASSAULT [] [] @Kyiv
      Anna/NNP/PERSON Holt/NNP/PERSON left/VBD/leave Ukraine/NNP/LOCATION ./. // Eight/CD missiles/NNS/missile hit/VBD/hit the/DT city/NN ./. | ASSAULT [] [] @-
      Boats/NNS/boat reached/VBD/reach Zmiinyi/NNP/LOCATION Island/NNP/LOCATION ./. // The/DT pullout/NN from/IN the/DT island/NN was/VBD/be quick/JJ ./. | RETREAT [] [] @Zmiinyi Island
      Anna/NNP/PERSON Holt/NNP/PERSON is/VBZ/be mayor/NN of/IN Kyiv/NNP/LOCATION ./. // Crowds/NNS/crowd demonstrated/VBD/demonstrate in/IN the/DT capital/NN Sarnow/NNP/LOCATION ./. | PROTEST [] [] @Sarnow
      The/DT mayor/NN of/IN Enerhodar/NNP/LOCATION ,/, near/IN the/DT Zaporizhzhia/NNP/LOCATION nuclear/JJ power/NN plant/NN ,/, said/VBD/say shelling/NN at/IN the/DT plant/NN stopped/VBD/stop ./. | ASSAULT [] [] @Zaporizhzhia
      """)
  void theSubjectOfAVerbThatJudgesAnEventDidNotDoIt(String sentences, String expected) {
    List<Event> events = Extract.events(doc(sentences, null));
    String type = expected.substring(0, expected.indexOf(' '));
    assertThat(parties(events.stream().filter(e -> e.type().name().equals(type)).toList()))
        .as(Extract.describe(events)).isEqualTo(expected);
  }

  @Test
  void theHeadIsTheFirstMentionThatNamesAPartyAndIdsFollowTextOrder() {
    TaggedDoc d = doc("Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ,/, a/DT day/NN after/IN"
        + " Ukraine/NNP/LOCATION shelled/VBD/shell Belgorod/NNP/LOCATION ./. // The/DT attack/NN killed/VBD/kill"
        + " three/CD people/NNS/people ./.", null);
    List<Event> events = Extract.events(d);
    assertThat(events).extracting(Event::id).containsExactly("ev1", "ev2");
    Event strike = events.get(0);
    assertThat(strike.trigger().text()).isEqualTo("struck");
    assertThat(strike.evidence()).isEqualTo(d.sentenceSpan(0));
    assertThat(strike.actors()).extracting(r -> r.entity()).containsExactly(d.entity("Russia"));
    assertThat(strike.location().entity()).isEqualTo(d.entity("Kyiv"));
    assertThat(strike.mentions()).extracting(EventMention::lemma).containsExactly("strike", "attack");
    assertThat(strike.mentions().get(1).evidence()).isEqualTo(d.sentenceSpan(1));
  }

  @Test
  void aTimeAnchorIsAReferenceAndNotNews() {
    List<Event> events = Extract.events(doc("Exports/NNS/export from/IN Ukraine/NNP/LOCATION have/VBP/have"
        + " halved/VBN/halve since/IN the/DT war/NN began/VBD/begin ./.", null));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.mentions()).extracting(EventMention::kind).containsExactly(MentionKind.REFERENCE);
      assertThat(e.reported()).isFalse();
    });
  }

  @Test
  void aRecollectionIsAReferenceButItsDateStays() {
    List<Event> events = Extract.events(doc("Valdoria/NNP/LOCATION struck/VBD/strike Sarnow/NNP/LOCATION on/IN"
        + " 12/CD May/NNP ./.", "on 12 May=2025-05-12"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.mentions()).extracting(EventMention::kind).containsExactly(MentionKind.REFERENCE);
      assertThat(e.date().value()).isEqualTo("2025-05-12");
    });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      On/IN Sunday/NNP ,/, 19/CD people/NNS/people died/VBD/die after/IN a/DT mall/NN was/VBD/be hit/VBN/hit by/IN missiles/NNS/missile ./. | hit 2025-06-01
      On/IN Sunday/NNP ,/, 19/CD people/NNS/people were/VBD/be killed/VBN/kill after/IN a/DT mall/NN was/VBD/be hit/VBN/hit by/IN missiles/NNS/missile ./. | hit 2025-06-01
      """)
  void theDayOfTheDeathsAnAttackCausedIsTheAttacksDay(String sentence, String expected) {
    TaggedDoc d = TaggedDoc.dated("2025-06-02").sentence(sentence).time("On Sunday", "2025-06-01");
    List<Event> events = Extract.events(d);
    assertThat(events).as(Extract.describe(events)).singleElement()
        .satisfies(e -> assertThat(e.trigger().text() + " " + (e.date() == null ? "-" : e.date().value())).isEqualTo(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a date after "of" dates the noun before it; one that owns a noun ("Sunday's") dates that noun
      Citing/VBG/cite the/DT speech/NN of/IN 1979/CD ,/, Holt/NNP/PERSON attacked/VBD/attack Sarnow/NNP/LOCATION ./. | 1979 | attacked -
      Citing/VBG/cite the/DT speech/NN in/IN 1979/CD ,/, Holt/NNP/PERSON attacked/VBD/attack Sarnow/NNP/LOCATION ./. | in 1979 | attacked 1979
      They/PRP visited/VBD/visit the/DT site/NN of/IN Sunday/NNP 's/POS strike/NN on/IN Sarnow/NNP/LOCATION ./. | Sunday | strike 2025-06-01
      """)
  void aDateGoesWithTheNounItModifies(String sentence, String time, String expected) {
    TaggedDoc d = TaggedDoc.dated("2025-06-02").sentence(sentence).time(time, time.contains("Sunday") ? "2025-06-01" : "1979");
    List<Event> events = Extract.events(d).stream().filter(e -> e.type() == PloverType.ASSAULT).toList();
    assertThat(events).as(Extract.describe(events)).singleElement()
        .satisfies(e -> assertThat(e.trigger().text() + " " + (e.date() == null ? "-" : e.date().value())).isEqualTo(expected));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Russia/NNP/LOCATION invaded/VBD/invade Ukraine/NNP/LOCATION in/IN February/NNP 2022/CD ./. // The/DT invasion/NN began/VBD/begin on/IN 24/CD February/NNP 2022/CD ./. | 2022-02-24
      Russia/NNP/LOCATION invaded/VBD/invade Ukraine/NNP/LOCATION on/IN 24/CD February/NNP 2022/CD ./. // The/DT invasion/NN in/IN February/NNP 2022/CD shocked/VBD/shock Europe/NNP/LOCATION ./. | 2022-02-24
      Russia/NNP/LOCATION invaded/VBD/invade Ukraine/NNP/LOCATION in/IN 2022/CD ./. // The/DT invasion/NN in/IN February/NNP 2022/CD shocked/VBD/shock Europe/NNP/LOCATION ./. | 2022-02
      """)
  void aCampaignIsDatedByItsStartAsFinelyAsTheArticleGivesIt(String sentences, String expected) {
    String times = "in February 2022=2022-02;on 24 February 2022=2022-02-24;in 2022=2022";
    TaggedDoc d = TaggedDoc.dated("2025-06-02");
    for (String s : sentences.split("//")) {
      d.sentence(s);
    }
    for (String t : times.split(";")) {
      String[] kv = t.split("=");
      if (d.text().contains(kv[0])) {
        d.time(kv[0], kv[1]);
      }
    }
    List<Event> events = Extract.events(d);
    assertThat(events).as(Extract.describe(events)).singleElement()
        .satisfies(e -> assertThat(e.date().value()).isEqualTo(expected));
  }

  @Test
  void aLaterCallOrConversationMakesAConsultationAPhoneCall() {
    String met = "Anna/NNP/PERSON Holt/NNP/PERSON spoke/VBD/speak with/IN Piet/NNP/PERSON Vos/NNP/PERSON on/IN"
        + " Sunday/NNP ./.";
    List<Event> call = Extract.events(doc(met + " // The/DT call/NN lasted/VBD/last an/DT hour/NN ./.",
        "on Sunday=2025-06-01"));
    List<Event> plain = Extract.events(doc(met + " // Both/DT sides/NNS/side were/VBD/be pleased/JJ ./.",
        "on Sunday=2025-06-01"));
    assertThat(call).as(Extract.describe(call)).singleElement().satisfies(e -> assertThat(e.mode()).isEqualTo("phone"));
    assertThat(plain).as(Extract.describe(plain)).singleElement().satisfies(e -> assertThat(e.mode()).isNull());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Petrov/NNP/PERSON pushed/VBD/push back/RB against/IN allegations/NNS/allegation that/IN his/PRP$ army/NN struck/VBD/strike Sarnow/NNP/LOCATION ./. | REJECT pushed back; ASSAULT struck
      Petrov/NNP/PERSON refuted/VBD/refute the/DT claims/NNS/claim ./. | REJECT refuted
      The/DT agreement/NN struck/VBN/strike by/IN Uber/NNP/ORGANIZATION and/CC the/DT union/NN holds/VBZ/hold ./. | AGREE agreement
      Uber/NNP/ORGANIZATION and/CC the/DT union/NN strike/VBP/strike agreement/NN on/IN pay/NN ./. | AGREE strike
      The/DT troops/NNS/troop pushed/VBD/push back/RB against/IN the/DT river/NN ./. | -
      """)
  void pushingBackAgainstOrRefutingClaimsIsARejection(String sentence, String expected) {
    assertTypedTriggers(sentence, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nato/NNP/ORGANIZATION invited/VBD/invite Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION to/TO become/VB members/NNS/member ./. | AGREE invited
      The/DT invitation/NN for/IN Valdoria/NNP/LOCATION and/CC Kostrana/NNP/LOCATION to/TO join/VB Nato/NNP/ORGANIZATION came/VBD/come on/IN Wednesday/NNP ./. | AGREE invitation
      Anna/NNP/PERSON Holt/NNP/PERSON invited/VBD/invite Piet/NNP/PERSON Vos/NNP/PERSON to/TO dinner/NN ./. | -
      Valdoria/NNP/LOCATION confirmed/VBD/confirm its/PRP$ intention/NN to/TO join/VB Nato/NNP/ORGANIZATION ./. | AGREE confirmed
      Valdoria/NNP/LOCATION confirmed/VBD/confirm the/DT figures/NNS/figure ./. | -
      Valdoria/NNP/LOCATION declared/VBD/declare that/IN it/PRP would/MD apply/VB for/IN Nato/NNP/ORGANIZATION membership/NN ./. | AGREE apply
      Valdoria/NNP/LOCATION may/MD apply/VB for/IN Nato/NNP/ORGANIZATION membership/NN ./. | REQUEST apply
      Nato/NNP/ORGANIZATION leaders/NNS/leader adopted/VBD/adopt a/DT new/JJ strategic/JJ concept/NN ./. | AGREE adopted
      Petrov/NNP/PERSON agreed/VBD/agree to/TO meet/VB Ivanova/NNP/PERSON on/IN Tuesday/NNP ./. | CONSULT meet
      Petrov/NNP/PERSON agreed/VBD/agree to/TO a/DT ceasefire/NN ./. | AGREE agreed
      Nato/NNP/ORGANIZATION leaders/NNS/leader announced/VBD/announce a/DT new/JJ strategy/NN ./. | AGREE announced
      """)
  void anInvitationOrADecisionToJoinIsAnAgreement(String sentence, String expected) {
    assertTypedTriggers(sentence, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Valdoria/NNP/LOCATION warned/VBD/warn that/IN the/DT deployment/NN of/IN military/JJ infrastructure/NN on/IN the/DT territory/NN of/IN its/PRP$ neighbours/NNS/neighbour would/MD certainly/RB provoke/VB a/DT response/NN ./. | THREATEN warned
      Valdoria/NNP/LOCATION warned/VBD/warn that/IN it/PRP could/MD still/RB block/VB the/DT process/NN of/IN accession/NN to/TO the/DT alliance/NN if/IN the/DT two/CD countries/NNS/country fail/VBP/fail ./. | THREATEN warned
      Valdoria/NNP/LOCATION warned/VBD/warn that/IN the/DT winter/NN would/MD be/VB cold/JJ ./. | -
      Valdoria/NNP/LOCATION will/MD respond/VB in/IN kind/NN if/IN Kostrana/NNP/LOCATION joins/VBZ/join the/DT alliance/NN ./. | THREATEN respond
      Valdoria/NNP/LOCATION would/MD be/VB forced/VBN/force to/TO take/VB military-technical/JJ measures/NNS/measure ./. | THREATEN forced
      The/DT ministry/NN will/MD respond/VB to/TO questions/NNS/question later/RB ./. | -
      Valdoria/NNP/LOCATION will/MD be/VB forced/VBN/force to/TO strengthen/VB its/PRP$ defences/NNS/defence if/IN Kostrana/NNP/LOCATION joins/VBZ/join ./. | THREATEN forced
      The/DT plant/NN was/VBD/be forced/VBN/force to/TO close/VB ./. | -
      Petrov/NNP/PERSON 's/POS threat/NN came/VBD/come on/IN Monday/NNP ./. | THREATEN threat
      Valdoria/NNP/LOCATION 's/POS nuclear/JJ threats/NNS/threat are/VBP/be a/DT sign/NN of/IN weakness/NN ./. | THREATEN threats
      Armies/NNS/army face/VBP/face today/NN 's/POS threat/NN ./. | -
      Valdoria/NNP/LOCATION will/MD treat/VB arms/NNS/arm shipments/NNS/shipment as/IN legitimate/JJ targets/NNS/target ./. | AID shipments; THREATEN legitimate targets
      """)
  void aWarningOfAConsequenceOrOnAConditionOrWhatAPartyWillDoInReturnIsAThreat(String sentence, String expected) {
    assertTypedTriggers(sentence, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Valdoria/NNP/LOCATION received/VBD/receive assurances/NNS/assurance from/IN Kostrana/NNP/LOCATION ./. | SUPPORT assurances
      Kostrana/NNP/LOCATION gave/VBD/give security/NN assurances/NNS/assurance to/TO Valdoria/NNP/LOCATION ./. | SUPPORT assurances
      Her/PRP$ assurances/NNS/assurance were/VBD/be not/RB enough/JJ ./. | -
      """)
  void assurancesGivenOrReceivedAreSupport(String sentence, String expected) {
    assertTypedTriggers(sentence, expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Hundreds/NNS/hundred of/IN fighters/NNS/fighter turned/VBD/turn themselves/PRP over/RP to/TO Valdorian/JJ/MISC hands/NNS/hand ./. | RETREAT turned
      She/PRP turned/VBD/turn the/DT page/NN over/RP ./. | -
      # fighters leaving a place withdraw from it; civilians leaving it, or troops left in it, do not
      More/JJR than/IN 260/CD fighters/NNS/fighter left/VBD/leave the/DT Sarnow/NNP/LOCATION plant/NN ./. | RETREAT left
      Thousands/NNS/thousand of/IN civilians/NNS/civilian left/VBD/leave the/DT city/NN ./. | -
      The/DT troops/NNS/troop left/VBN/leave in/IN Sarnow/NNP/LOCATION were/VBD/be surrounded/VBN/surround ./. | -
      """)
  void fightersTurningThemselvesOverOrLeavingAPlaceRetreat(String sentence, String expected) {
    assertTypedTriggers(sentence, expected);
  }

  /** The sentence's events as "TYPE trigger", joined by "; " ("-": none). */
  private static void assertTypedTriggers(String sentence, String expected) {
    List<Event> events = Extract.events(doc(sentence, null));
    assertThat(events.stream().map(e -> e.type() + " " + e.trigger().text()).collect(Collectors.joining("; ")))
        .as(Extract.describe(events)).isEqualTo(expected.equals("-") ? "" : expected);
  }

  /** Every mention of every event lies inside its evidence sentence, and the trigger text is the text there. */
  @Test
  void mentionsPointIntoTheirSentences() {
    TaggedDoc d = doc("Russia/NNP/LOCATION struck/VBD/strike Kyiv/NNP/LOCATION overnight/RB ./. // The/DT attack/NN"
        + " killed/VBD/kill two/CD people/NNS/people ./.", null);
    List<EventMention> all = new ArrayList<>();
    Extract.events(d).forEach(e -> all.addAll(e.mentions()));
    assertThat(all).isNotEmpty().allSatisfy(m -> {
      assertThat(m.evidence().contains(m.trigger().span())).isTrue();
      assertThat(d.text().substring(m.trigger().start(), m.trigger().end())).isEqualTo(m.trigger().text());
    });
  }
}

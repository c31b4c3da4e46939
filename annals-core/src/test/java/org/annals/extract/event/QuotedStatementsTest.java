package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.EventStatus;
import org.annals.model.MentionKind;
import org.annals.model.Mention;
import org.annals.model.PloverType;
import org.annals.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotes of a speaker near the speaker's statement become mentions of it, through the extractor. */
class QuotedStatementsTest {

  private static final String ACCUSED = "Anna/NNP/PERSON Holt/NNP/PERSON accused/VBD/accuse Valdoria/NNP/LOCATION"
      + " of/IN lying/VBG/lie ./.";
  private static final String QUOTED = "“/`` Valdoria/NNP/LOCATION lies/VBZ/lie every/DT day/NN ,/, ”/''"
      + " Holt/NNP/PERSON said/VBD/say ./.";
  private static final String FILLER = "The/DT weather/NN was/VBD/be mild/JJ ./.";

  private static TaggedDoc doc(String... sentences) {
    return TaggedDoc.dated("2025-06-02").sentences(sentences).alias("Holt", "Anna Holt");
  }

  /** The direct quote "Valdoria lies every day," said by the entity written {@code speaker}, cue "said". */
  private static Quote quote(TaggedDoc d, String speaker) {
    Mention q = d.mention("Valdoria lies every day,");
    return new Quote(q.start(), q.end(), q.text(), true, d.ref(speaker), d.mention("said"));
  }

  private static Event only(List<Event> events, PloverType type) {
    return events.stream().filter(e -> e.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in " + Extract.describe(events)));
  }

  @Test
  void aQuoteOfTheSpeakerNearTheirStatementIsAMentionOfIt() {
    TaggedDoc d = doc(ACCUSED, QUOTED);
    Event accusation = only(Extract.events(d, List.of(quote(d, "Holt"))), PloverType.ACCUSE);
    assertThat(accusation.mentions()).extracting(m -> m.trigger().text()).containsExactly("accused", "said");
    EventMention said = accusation.mentions().get(1);
    assertThat(said.lemma()).isEqualTo("say");
    assertThat(said.kind()).isEqualTo(MentionKind.REPORT);
    assertThat(said.status()).isEqualTo(EventStatus.ASSERTED);
    assertThat(said.evidence()).isEqualTo(d.sentenceSpan(1));
    assertThat(said.trigger().start()).isEqualTo(d.mention("said").start());
    assertThat(accusation.trigger().text()).as("the head stays the statement's own").isEqualTo("accused");
  }

  @Test
  void everySentenceOfAQuoteThatRunsOverSeveralIsAMention() {
    TaggedDoc d = doc(ACCUSED, "“/`` Valdoria/NNP/LOCATION lies/VBZ/lie ./.",
        "It/PRP lies/VBZ/lie every/DT day/NN ,/, ”/'' Holt/NNP/PERSON said/VBD/say ./.");
    Mention q = d.mention("Valdoria lies. It lies every day,");
    Quote quote = new Quote(q.start(), q.end(), q.text(), true, d.ref("Holt"), d.mention("said"));
    Event accusation = only(Extract.events(d, List.of(quote)), PloverType.ACCUSE);
    assertThat(accusation.mentions()).extracting(m -> m.trigger().text()).containsExactly("accused", "Valdoria", "said");
    assertThat(accusation.mentions().get(1).evidence()).isEqualTo(d.sentenceSpan(1));
    assertThat(accusation.mentions().get(1).said()).isTrue();
  }

  @Test
  void aQuoteBeforeTheStatementIsAMentionToo() {
    TaggedDoc d = doc(QUOTED, ACCUSED);
    Event accusation = only(Extract.events(d, List.of(quote(d, "Holt"))), PloverType.ACCUSE);
    assertThat(accusation.mentions()).extracting(m -> m.trigger().text()).containsExactly("said", "accused");
  }

  @ParameterizedTest(name = "{0} sentences apart: joined {1}")
  @CsvSource({"1, true", "6, true", "7, false"})
  void aQuoteStandsAtMostSixSentencesFromTheStatement(int apart, boolean joined) {
    String[] sentences = new String[apart + 1];
    sentences[0] = ACCUSED;
    for (int i = 1; i < apart; i++) {
      sentences[i] = FILLER;
    }
    sentences[apart] = QUOTED;
    TaggedDoc d = doc(sentences);
    Event accusation = only(Extract.events(d, List.of(quote(d, "Holt"))), PloverType.ACCUSE);
    assertThat(accusation.mentions()).hasSize(joined ? 2 : 1);
  }

  @Test
  void aQuoteInTheStatementsOwnSentenceAddsNoMention() {
    TaggedDoc d = doc("“/`` Valdoria/NNP/LOCATION lies/VBZ/lie every/DT day/NN ,/, ”/'' said/VBD/say Holt/NNP/PERSON ,/,"
        + " who/WP accused/VBD/accuse Valdoria/NNP/LOCATION of/IN lying/VBG/lie ./.");
    Mention q = d.mention("Valdoria lies every day,");
    Quote quote = new Quote(q.start(), q.end(), q.text(), true, d.ref("Holt"), d.mention("said"));
    Event accusation = only(Extract.events(d, List.of(quote)), PloverType.ACCUSE);
    assertThat(accusation.actors()).extracting(EntityRef::entity).containsExactly(d.entity("Holt"));
    assertThat(accusation.mentions()).hasSize(1);
  }

  @Test
  void anotherSpeakersQuoteIsNoMention() {
    TaggedDoc d = doc(ACCUSED, "“/`` Valdoria/NNP/LOCATION lies/VBZ/lie every/DT day/NN ,/, ”/''"
        + " Piet/NNP/PERSON Vos/NNP/PERSON said/VBD/say ./.");
    Event accusation = only(Extract.events(d, List.of(quote(d, "Piet Vos"))), PloverType.ACCUSE);
    assertThat(accusation.mentions()).hasSize(1);
  }

  @Test
  void aQuoteWithoutAResolvedSpeakerOrACueIsNoMention() {
    TaggedDoc d = doc(ACCUSED, QUOTED);
    Quote q = quote(d, "Holt");
    Quote unresolved = new Quote(q.start(), q.end(), q.text(), true,
        new EntityRef(null, q.speaker().start(), q.speaker().end(), q.speaker().text()), q.cue());
    Quote noCue = new Quote(q.start(), q.end(), q.text(), true, q.speaker(), null);
    Quote noSpeaker = new Quote(q.start(), q.end(), q.text(), true, null, q.cue());
    Event accusation = only(Extract.events(d, List.of(unresolved, noCue, noSpeaker)), PloverType.ACCUSE);
    assertThat(accusation.mentions()).hasSize(1);
  }

  @Test
  void whatAPartyToAMeetingSaidWasSaidInIt() {
    TaggedDoc visit = doc("Anna/NNP/PERSON Holt/NNP/PERSON visited/VBD/visit Sarnow/NNP/LOCATION ./.", QUOTED);
    List<Event> visits = Extract.events(visit, List.of(quote(visit, "Holt")));
    assertThat(only(visits, PloverType.CONSULT).mentions()).extracting(m -> m.trigger().text())
        .containsExactly("visited", "said");

    TaggedDoc other = doc("Anna/NNP/PERSON Holt/NNP/PERSON visited/VBD/visit Sarnow/NNP/LOCATION ./.",
        "“/`` Valdoria/NNP/LOCATION lies/VBZ/lie every/DT day/NN ,/, ”/'' Piet/NNP/PERSON Vos/NNP/PERSON"
            + " said/VBD/say ./.");
    List<Event> notHers = Extract.events(other, List.of(quote(other, "Piet Vos")));
    assertThat(only(notHers, PloverType.CONSULT).mentions()).hasSize(1);
  }

  @Test
  void whatTheMakerOfAnAnnouncedActSaidWasSaidInAnnouncingIt() {
    TaggedDoc sanction = doc("Anna/NNP/PERSON Holt/NNP/PERSON sanctioned/VBD/sanction Valdoria/NNP/LOCATION ./.", QUOTED);
    assertThat(only(Extract.events(sanction, List.of(quote(sanction, "Holt"))), PloverType.SANCTION).mentions())
        .extracting(m -> m.trigger().text()).containsExactly("sanctioned", "said");

    TaggedDoc attack = doc("Anna/NNP/PERSON Holt/NNP/PERSON attacked/VBD/attack Valdoria/NNP/LOCATION ./.", QUOTED);
    assertThat(only(Extract.events(attack, List.of(quote(attack, "Holt"))), PloverType.ASSAULT).mentions())
        .as("an attack is done, not said").hasSize(1);
  }

  @Test
  void onlyAStatementThatWasMadeTakesAQuote() {

    TaggedDoc planned = doc("Anna/NNP/PERSON Holt/NNP/PERSON will/MD accuse/VB Valdoria/NNP/LOCATION of/IN"
        + " lying/VBG/lie ./.", QUOTED);
    Event accusation = only(Extract.events(planned, List.of(quote(planned, "Holt"))), PloverType.ACCUSE);
    assertThat(accusation.status()).isEqualTo(EventStatus.FUTURE);
    assertThat(accusation.mentions()).hasSize(1);
  }

  @Test
  void theNearestStatementOfTheSpeakerTakesTheQuote() {
    TaggedDoc d = doc(ACCUSED, FILLER, FILLER,
        "Anna/NNP/PERSON Holt/NNP/PERSON urged/VBD/urge Kostrana/NNP/LOCATION to/TO act/VB ./.", QUOTED);
    List<Event> events = Extract.events(d, List.of(quote(d, "Holt")));
    assertThat(only(events, PloverType.ACCUSE).mentions()).as(Extract.describe(events)).hasSize(1);
    assertThat(only(events, PloverType.REQUEST).mentions()).extracting(m -> m.trigger().text())
        .containsExactly("urged", "said");
  }

  @Test
  void aStatementWhoseVerbCuesAQuoteWasMadeByTheQuotesSpeaker() {
    TaggedDoc d = doc("Anna/NNP/PERSON Holt/NNP/PERSON spoke/VBD/speak in/IN Sarnow/NNP/LOCATION ./.",
        "She/PRP warned/VBD/warn that/IN sanctions/NNS/sanction would/MD bring/VB/bring retaliation/NN ./.");
    Mention warned = d.mention("warned");
    Mention content = d.mention("that sanctions would bring retaliation");
    EntityRef she = new EntityRef(d.entity("Anna Holt"), d.mention("She").start(), d.mention("She").end(), "She");
    Quote q = new Quote(content.start(), content.end(), content.text(), false, she, warned);
    Event threat = only(Extract.events(d, List.of(q)), PloverType.THREATEN);
    assertThat(threat.actors()).extracting(EntityRef::entity).containsExactly(d.entity("Anna Holt"));
    assertThat(only(Extract.events(d, List.of()), PloverType.THREATEN).actors()).as("no quote, no speaker").isEmpty();
  }

  @Test
  void aPassiveStatementVerbNamesNoSpeaker() {
    TaggedDoc d = doc("Anna/NNP/PERSON Holt/NNP/PERSON spoke/VBD/speak ./.",
        "It/PRP was/VBD/be widely/RB acknowledged/VBN/acknowledge that/IN Valdoria/NNP/LOCATION would/MD not/RB win/VB/win ./.");
    Mention cue = d.mention("acknowledged");
    Mention content = d.mention("that Valdoria would not win");
    Quote q = new Quote(content.start(), content.end(), content.text(), false, d.ref("Anna Holt"), cue);
    assertThat(only(Extract.events(d, List.of(q)), PloverType.CONCEDE).actors()).isEmpty();
  }
}

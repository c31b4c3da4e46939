package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.extract.TaggedDoc;
import org.annals.model.Event;
import org.junit.jupiter.api.Test;

/** ACLED sub-event types as {@link AcledRules} decides them, on hand-tagged sentences. */
class AcledRulesTest {

  private static String acled(String sentence, String trigger) {
    List<Event> events = Extract.events(TaggedDoc.dated("2025-06-02").sentence(sentence));
    return events.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.trigger().text().equals(trigger)))
        .findFirst().orElseThrow(() -> new AssertionError("no event '" + trigger + "' in" + Extract.describe(events)))
        .acled();
  }

  @Test
  void forceAtAProtestIsTypedByWhatTheForceWas() {
    assertThat(acled("Police/NNS/police fired/VBD/fire tear/NN gas/NN at/IN protesters/NNS/protester in/IN"
        + " Nairobi/NNP/LOCATION ./.", "fired")).isEqualTo("Protest with intervention");
    assertThat(acled("Police/NNS/police shot/VBD/shoot dead/JJ two/CD protesters/NNS/protester in/IN"
        + " Nairobi/NNP/LOCATION ./.", "shot")).isEqualTo("Excessive force against protesters");
    assertThat(acled("Protesters/NNS/protester threw/VBD/throw stones/NNS/stone and/CC petrol/NN bombs/NNS/bomb"
        + " at/IN police/NNS/police in/IN Santiago/NNP/LOCATION ./.", "threw")).isEqualTo("Violent demonstration");
  }

  @Test
  void aMonthNamedMarchMakesNoProtest() {
    assertThat(acled("Soldiers/NNS/soldier killed/VBD/kill eight/CD militants/NNS/militant in/IN"
        + " Waziristan/NNP/LOCATION on/IN 12/CD March/NNP ./.", "killed")).isEqualTo("Armed clash");
  }

  @Test
  void aWeaponWordBelongsToTheAttackItStandsNearest() {
    String s = "Missile/NN strikes/NNS/strike hit/VBD/hit Shayrat/NNP/LOCATION days/NNS/day after/IN the/DT"
        + " sarin/NN attack/NN on/IN Khan/NNP/LOCATION Sheikhoun/NNP/LOCATION ./.";
    assertThat(acled(s, "hit")).isEqualTo("Shelling/artillery/missile attack");
    assertThat(acled(s, "attack")).isEqualTo("Chemical weapon");
    assertThat(acled("Russia/NNP/LOCATION attacked/VBD/attack Kyiv/NNP/LOCATION with/IN suicide/NN"
        + " drones/NNS/drone ./.", "attacked")).isEqualTo("Air/drone strike");
    assertThat(acled("A/DT guided/JJ aerial/JJ bomb/NN struck/VBD/strike Kharkiv/NNP/LOCATION ./.", "struck"))
        .isEqualTo("Air/drone strike");
  }

  @Test
  void aMobIsTheAttackerOnlyAsSubjectNotAsWitness() {
    assertThat(acled("A/DT mob/NN beat/VBD/beat a/DT man/NN to/TO death/NN in/IN Sokoto/NNP/LOCATION ./.", "beat"))
        .isEqualTo("Mob violence");
    assertThat(acled("Residents/NNS/resident said/VBD/say gunmen/NNS/gunman shot/VBD/shoot three/CD"
        + " villagers/NNS/villager in/IN Benue/NNP/LOCATION ./.", "shot")).isEqualTo("Attack");
  }

  @Test
  void aBattleThatTakesATownIsCodedAsTheCapture() {
    String s = "Rebels/NNS/rebel seized/VBD/seize the/DT town/NN of/IN Rubaya/NNP/LOCATION after/IN heavy/JJ"
        + " fighting/NN with/IN soldiers/NNS/soldier ./.";
    assertThat(acled(s, "seized")).isEqualTo("Non-state actor overtakes territory");
    assertThat(acled(s, "fighting")).isEqualTo("Non-state actor overtakes territory");
    assertThat(acled("The/DT army/NN recaptured/VBD/recapture Kidal/NNP/LOCATION ./.", "recaptured"))
        .isEqualTo("Government regains territory");
    assertThat(acled("Peacekeepers/NNS/peacekeeper handed/VBD/hand over/RP the/DT base/NN in/IN"
        + " Ber/NNP/LOCATION to/TO the/DT army/NN ./.", "handed over")).isEqualTo("Non-violent transfer of territory");
  }

  @Test
  void anArrestByAnArmedGroupIsAnAbduction() {
    assertThat(acled("Police/NNS/police arrested/VBD/arrest ten/CD men/NNS/man in/IN Lahore/NNP/LOCATION ./.",
        "arrested")).isEqualTo("Arrests");
    assertThat(acled("Jihadists/NNS/jihadist rounded/VBD/round up/RP ten/CD men/NNS/man in/IN"
        + " Djibo/NNP/LOCATION ./.", "rounded up")).isEqualTo("Abduction/forced disappearance");
  }

  @Test
  void anExplosionWithNoWeaponOrAttackerIsNotTyped() {
    assertThat(acled("Explosions/NNS/explosion were/VBD/be heard/VBN/hear in/IN Kyiv/NNP/LOCATION ./.",
        "Explosions")).isNull();
    assertThat(acled("A/DT landmine/NN exploded/VBD/explode near/IN Izium/NNP/LOCATION ./.", "exploded"))
        .isEqualTo("Remote explosive/landmine/IED");
  }

  @Test
  void curfewsAndConscriptionAreOtherAndABoycottIsNoProtest() {
    assertThat(acled("The/DT city/NN imposed/VBD/impose a/DT curfew/NN in/IN Odesa/NNP/LOCATION ./.", "curfew"))
        .isEqualTo("Other");
    assertThat(acled("Opposition/NN parties/NNS/party boycotted/VBD/boycott the/DT vote/NN in/IN"
        + " Beirut/NNP/LOCATION ./.", "boycotted")).isNull();
  }

  @Test
  void aRammingIsAnAttackAndTheCrowdItHitsIsNoMob() {
    assertThat(acled("A/DT truck/NN rammed/VBD/ram into/IN a/DT crowd/NN in/IN Nice/NNP/LOCATION ,/, killing/VBG/kill"
        + " dozens/NNS/dozen ./.", "rammed")).isEqualTo("Attack");
  }

  @Test
  void forcesLeavingGroundAndBombSquadsAreStrategicDevelopments() {
    assertThat(acled("Russian/JJ/NORP troops/NNS/troop withdrew/VBD/withdraw from/IN Kherson/NNP/LOCATION ./.",
        "withdrew")).isEqualTo("Non-violent transfer of territory");
    assertThat(acled("A/DT bomb/NN squad/NN detonated/VBD/detonate a/DT suspicious/JJ parcel/NN in/IN"
        + " Nice/NNP/LOCATION ./.", "detonated")).isEqualTo("Disrupted weapons use");
    assertThat(acled("Ukrainian/JJ/NORP forces/NNS/force pushed/VBD/push Russian/JJ/NORP troops/NNS/troop back/RB"
        + " from/IN Kharkiv/NNP/LOCATION ./.", "pushed")).isEqualTo("Government regains territory");
  }
}

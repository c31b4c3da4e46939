package org.annals.model;

import java.util.Optional;

/**
 * ACLED's 25 sub-event types (SPEC appendix), each with its event type and disorder type as the
 * ACLED codebook (2023) groups them. The {@code acled} field of an event holds {@link #label()}.
 */
public enum AcledType {
  ARMED_CLASH("Armed clash", "Battles", Disorder.VIOLENCE),
  GOVERNMENT_REGAINS_TERRITORY("Government regains territory", "Battles", Disorder.VIOLENCE),
  NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", "Battles", Disorder.VIOLENCE),
  CHEMICAL_WEAPON("Chemical weapon", "Explosions/Remote violence", Disorder.VIOLENCE),
  AIR_DRONE_STRIKE("Air/drone strike", "Explosions/Remote violence", Disorder.VIOLENCE),
  SUICIDE_BOMB("Suicide bomb", "Explosions/Remote violence", Disorder.VIOLENCE),
  SHELLING("Shelling/artillery/missile attack", "Explosions/Remote violence", Disorder.VIOLENCE),
  REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", "Explosions/Remote violence", Disorder.VIOLENCE),
  GRENADE("Grenade", "Explosions/Remote violence", Disorder.VIOLENCE),
  SEXUAL_VIOLENCE("Sexual violence", "Violence against civilians", Disorder.VIOLENCE),
  ATTACK("Attack", "Violence against civilians", Disorder.VIOLENCE),
  ABDUCTION("Abduction/forced disappearance", "Violence against civilians", Disorder.VIOLENCE),
  PEACEFUL_PROTEST("Peaceful protest", "Protests", Disorder.DEMONSTRATIONS),
  PROTEST_WITH_INTERVENTION("Protest with intervention", "Protests", Disorder.DEMONSTRATIONS),
  EXCESSIVE_FORCE("Excessive force against protesters", "Protests", Disorder.VIOLENCE_AND_DEMONSTRATIONS),
  VIOLENT_DEMONSTRATION("Violent demonstration", "Riots", Disorder.DEMONSTRATIONS),
  MOB_VIOLENCE("Mob violence", "Riots", Disorder.VIOLENCE),
  AGREEMENT("Agreement", "Strategic developments", Disorder.STRATEGIC),
  ARRESTS("Arrests", "Strategic developments", Disorder.STRATEGIC),
  CHANGE_TO_GROUP("Change to group/activity", "Strategic developments", Disorder.STRATEGIC),
  DISRUPTED_WEAPONS_USE("Disrupted weapons use", "Strategic developments", Disorder.STRATEGIC),
  HEADQUARTERS_ESTABLISHED("Headquarters or base established", "Strategic developments", Disorder.STRATEGIC),
  LOOTING("Looting/property destruction", "Strategic developments", Disorder.STRATEGIC),
  NON_VIOLENT_TRANSFER("Non-violent transfer of territory", "Strategic developments", Disorder.STRATEGIC),
  OTHER("Other", "Strategic developments", Disorder.STRATEGIC);

  /** ACLED's disorder types. */
  public enum Disorder {
    VIOLENCE("Political violence"),
    DEMONSTRATIONS("Demonstrations"),
    VIOLENCE_AND_DEMONSTRATIONS("Political violence; Demonstrations"),
    STRATEGIC("Strategic developments");

    private final String label;

    Disorder(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final String label;
  private final String eventType;
  private final Disorder disorder;

  AcledType(String label, String eventType, Disorder disorder) {
    this.label = label;
    this.eventType = eventType;
    this.disorder = disorder;
  }

  /** The sub-event type as ACLED writes it ("Air/drone strike"). */
  public String label() {
    return label;
  }

  /** ACLED's event type ("Explosions/Remote violence"). */
  public String eventType() {
    return eventType;
  }

  public Disorder disorder() {
    return disorder;
  }

  /** Political violence or demonstrations (not a strategic development). */
  public boolean violentOrDemonstration() {
    return disorder != Disorder.STRATEGIC;
  }

  /** The type an {@code acled} field names; empty for null or an unknown name. */
  public static Optional<AcledType> fromLabel(String label) {
    if (label != null) {
      for (AcledType t : values()) {
        if (t.label.equalsIgnoreCase(label.strip())) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }
}

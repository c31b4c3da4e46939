package org.annals.model;

/** The 16 event types of the PLOVER ontology. */
public enum PloverType {
  AGREE,
  CONSULT,
  SUPPORT,
  CONCEDE,
  COOPERATE,
  AID,
  RETREAT,
  REQUEST,
  ACCUSE,
  REJECT,
  THREATEN,
  PROTEST,
  SANCTION,
  MOBILIZE,
  COERCE,
  ASSAULT;

  /** Said rather than done: an accusation, a request, a refusal, a threat, support, a deal, a concession. */
  public boolean said() {
    return switch (this) {
      case ACCUSE, REQUEST, REJECT, THREATEN, SUPPORT, AGREE, CONCEDE -> true;
      default -> false;
    };
  }
}

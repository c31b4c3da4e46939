package org.annals.store.query;

/** An actor, recipient or place of an event: the cross-document entity, or the text where unlinked. */
public record Participant(String entityId, String name) {}

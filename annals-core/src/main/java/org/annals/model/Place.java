package org.annals.model;

/**
 * A place entity, geocoded where the gazetteer knows it.
 *
 * @param entity the LOCATION (or NORP) entity id
 * @param country ISO 3166-1 alpha-2 code, or null
 * @param lat latitude, or null where the place is not geocoded
 * @param lon longitude, or null
 * @param confidence 0..1; low for names the gazetteer does not know
 */
public record Place(
    String entity, String name, String country, Double lat, Double lon, PlaceKind kind, double confidence) {}

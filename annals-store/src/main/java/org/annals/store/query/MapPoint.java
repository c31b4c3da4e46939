package org.annals.store.query;

/**
 * A geocoded place and how many events happened there.
 *
 * @param placeId the place's entity id
 */
public record MapPoint(String placeId, String name, double lat, double lon, int events) {}

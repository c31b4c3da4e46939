package org.annals.link.story;

/**
 * Where one article went in the stream.
 *
 * @param storyId {@code s…}: derived from the id of the story's founding article
 * @param label the story's label after this article joined
 * @param score similarity to the story joined (0 for a story founded)
 * @param founded true when the article founded a new story
 */
public record StoryAssignment(String storyId, String label, double score, boolean founded) {}

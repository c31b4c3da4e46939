package org.annals.link;

import org.annals.model.Extraction;

/**
 * What the store keeps of one article: its extraction (with the document date actually used, so
 * relative times are resolved against an inferred date too) and its links.
 */
public record LinkedArticle(Extraction extraction, ArticleLinks links) {}

/**
 * Linking across articles: the step between one article's {@link org.annals.model.Extraction} and
 * the store. Entities, event mentions and articles are linked in stream order, one article at a
 * time, into cross-document entities, events and stories; {@link LinkedArticle} is what the store
 * keeps of each article.
 */
package org.annals.link;

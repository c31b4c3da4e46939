package org.annals.model;

/**
 * One token of an annotated article.
 *
 * @param index the token's position in the whole article
 * @param start UTF-16 start offset in the article text
 * @param end UTF-16 end offset (exclusive)
 * @param word the token as written in the text, a typographic apostrophe (’) written as '
 * @param pos Penn Treebank part-of-speech tag
 * @param lemma lower-case lemma
 * @param ner CoNLL-style entity tag: PERSON, ORGANIZATION, LOCATION, MISC or O
 */
public record Token(int index, int start, int end, String word, String pos, String lemma, String ner) {

  public Span span() {
    return new Span(start, end);
  }

  public boolean isEntity() {
    return !"O".equals(ner);
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}

package org.annals.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The raw text of a CAT XML document (NewsReader/MEANTIME format): its tokens with their sentence
 * numbers, laid out as text with one sentence per paragraph, so that any offset in the text can be
 * named the task's way ({@code doc-sentence-word}).
 */
record CatDocument(String docId, String text, List<CatToken> tokens) {

  record CatToken(int sentence, String word, int start, int end) {}

  CatDocument {
    tokens = List.copyOf(tokens);
  }

  static CatDocument read(Path file) throws IOException {
    Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      xml = f.newDocumentBuilder().parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(file + ": not a CAT XML document: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String docId = root.getAttribute("doc_id");
    NodeList nodes = root.getElementsByTagName("token");
    StringBuilder sb = new StringBuilder();
    List<CatToken> tokens = new ArrayList<>();
    int lastSentence = -1;
    for (int i = 0; i < nodes.getLength(); i++) {
      Element t = (Element) nodes.item(i);
      int sentence = Integer.parseInt(t.getAttribute("sentence"));
      if (lastSentence >= 0) {
        sb.append(sentence != lastSentence ? "\n\n" : " "); // a blank line: the annotator never joins sentences across it
      }
      lastSentence = sentence;
      String word = t.getTextContent();
      int start = sb.length();
      sb.append(word);
      tokens.add(new CatToken(sentence, word, start, sb.length()));
    }
    if (tokens.isEmpty()) {
      throw new IOException(file + ": no tokens");
    }
    return new CatDocument(docId.isEmpty() ? file.getFileName().toString().split("[-_]")[0] : docId,
        sb.toString(), tokens);
  }

  /** The task's id of the token at {@code offset} ({@code 4596-16-founded}), or null. */
  String mentionId(int offset) {
    for (CatToken t : tokens) {
      if (offset >= t.start() && offset < t.end()) {
        return docId + "-" + t.sentence() + "-" + t.word();
      }
    }
    return null;
  }
}

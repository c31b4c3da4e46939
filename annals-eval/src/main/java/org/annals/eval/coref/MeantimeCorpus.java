package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads MEANTIME documents (CAT XML): tokens, the creation time, EVENT_MENTION markables and their
 * REFERS_TO links to event instances. With the intra+cross-document annotation an instance carries
 * a corpus-wide {@code instance_id}; otherwise the instance is local to its document. A mention
 * that refers to no instance is a singleton. Annotators covered the title and first sentences of
 * most articles and only some of the rest, so only sentences holding at least one markable (event,
 * entity, time or value) are scored, as ECB+ scores its validated sentences.
 */
public final class MeantimeCorpus {

  private MeantimeCorpus() {}

  /** Every {@code *.xml} in {@code folder}, ordered by creation date, then file name (a news stream). */
  public static List<GoldDocument> read(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList());
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path f : files) {
      docs.add(readDocument(f));
    }
    docs.sort(Comparator.comparing((GoldDocument d) -> d.date() == null ? LocalDate.MIN : d.date())
        .thenComparing(GoldDocument::id));
    return docs;
  }

  public static GoldDocument readDocument(Path file) throws IOException {
    Element root = CatXml.parse(file);
    String id = root.getAttribute("doc_id").isEmpty()
        ? file.getFileName().toString().replaceFirst("\\.xml$", "") : root.getAttribute("doc_id");
    List<GoldToken> tokens = CatXml.tokens(root);
    Map<String, Integer> tokenIndex = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      tokenIndex.put(tokens.get(i).id(), i);
    }
    LocalDate date = null;
    Map<String, String> instances = new HashMap<>(); // EVENT instance m_id -> cluster id
    Map<String, List<Integer>> anchors = new HashMap<>();
    List<String> order = new ArrayList<>();
    Set<Integer> annotated = new HashSet<>(); // sentences holding any markable
    Element markables = CatXml.child(root, "Markables");
    NodeList children = markables == null ? null : markables.getChildNodes();
    for (int i = 0; children != null && i < children.getLength(); i++) {
      if (!(children.item(i) instanceof Element m)) {
        continue;
      }
      String mid = m.getAttribute("m_id");
      for (int t : CatXml.anchors(m, tokenIndex)) {
        annotated.add(tokens.get(t).sentence());
      }
      switch (m.getTagName()) {
        case "EVENT_MENTION" -> {
          List<Integer> toks = CatXml.anchors(m, tokenIndex);
          if (!toks.isEmpty()) {
            anchors.put(mid, toks);
            order.add(mid);
          }
        }
        case "EVENT" -> instances.put(mid, m.getAttribute("instance_id").isEmpty()
            ? "i:" + id + ":" + mid : "x:" + m.getAttribute("instance_id"));
        case "TIMEX3" -> {
          if ("CREATION_TIME".equals(m.getAttribute("functionInDocument"))) {
            date = parseDate(m.getAttribute("value"));
          }
        }
        default -> { }
      }
    }
    Map<String, String> clusterOf = new HashMap<>();
    Element relations = CatXml.child(root, "Relations");
    NodeList rels = relations == null ? null : relations.getChildNodes();
    for (int i = 0; rels != null && i < rels.getLength(); i++) {
      if (rels.item(i) instanceof Element r && r.getTagName().equals("REFERS_TO")) {
        List<String> targets = CatXml.ids(r, "target");
        String cluster = targets.isEmpty() ? null : instances.get(targets.get(0));
        if (cluster != null) {
          for (String s : CatXml.ids(r, "source")) {
            clusterOf.putIfAbsent(s, cluster);
          }
        }
      }
    }
    List<GoldMention> mentions = new ArrayList<>();
    for (String mid : order) {
      mentions.add(new GoldMention(id, mid, anchors.get(mid), "EVENT_MENTION",
          clusterOf.getOrDefault(mid, "s:" + id + ":" + mid)));
    }
    mentions.sort(Comparator.comparing((GoldMention m) -> m.tokens().get(0)).thenComparing(m -> m.tokens().size()));
    return new GoldDocument(id, "", date, tokens, mentions, annotated);
  }

  private static LocalDate parseDate(String value) {
    try {
      return value.length() >= 10 ? LocalDate.parse(value.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

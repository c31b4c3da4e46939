package org.annals.eval.coref;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads ECB+ documents (CAT/CROMER XML): tokens, event mentions (ACTION_* and NEG_* markables)
 * and their gold clusters. A mention in a CROSS_DOC_COREF chain takes the chain's instance id; one
 * in an INTRA_DOC_COREF chain a document-local id; any other mention is a singleton. Where the
 * corpus' list of validated sentences is found beside the folder, only mentions in those sentences
 * are kept, as in the standard evaluation.
 */
public final class EcbPlusCorpus {

  private EcbPlusCorpus() {}

  /**
   * Reads every {@code *.xml} under {@code folder} (topic sub-folders or flat), in a fixed order that
   * interleaves topics: by document number, then topic, then ECB before ECB+. The stream order
   * matters for online clustering, and no topic arrives in one block.
   */
  public static List<GoldDocument> read(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".xml")).toList());
    }
    files.sort(Comparator.comparing(EcbPlusCorpus::orderKey));
    Map<String, Set<Integer>> validated = validatedSentences(folder);
    List<GoldDocument> docs = new ArrayList<>();
    for (Path f : files) {
      String id = f.getFileName().toString().replaceFirst("\\.xml$", "");
      docs.add(readDocument(f, validated == null ? null : validated.getOrDefault(id, Set.of())));
    }
    return docs;
  }

  private static String orderKey(Path p) {
    String name = p.getFileName().toString().replaceFirst("\\.xml$", "");
    String[] parts = name.split("_", 2);
    if (parts.length < 2) {
      return name;
    }
    String digits = parts[1].replaceAll("\\D", "");
    int number = digits.isEmpty() ? 0 : Integer.parseInt(digits);
    int topic = parts[0].matches("\\d+") ? Integer.parseInt(parts[0]) : 0;
    return String.format("%06d|%06d|%s", number, topic, parts[1]);
  }

  /** Document id (1_10ecbplus) to validated sentence numbers, or null where the list is not found. */
  static Map<String, Set<Integer>> validatedSentences(Path folder) throws IOException {
    Path csv = null;
    for (Path dir = folder.toAbsolutePath(); dir != null && csv == null; dir = dir.getParent()) {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.list(dir)) {
          csv = s.filter(p -> p.getFileName().toString().startsWith("ECBplus_coreference_sentences")
              && p.getFileName().toString().endsWith(".csv")).sorted().findFirst().orElse(null);
        }
      }
      if (dir.equals(folder.toAbsolutePath().getParent())) {
        break; // look in the folder and its parent only
      }
    }
    if (csv == null) {
      return null;
    }
    Map<String, Set<Integer>> out = new HashMap<>();
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",");
      if (f.length < 3 || !f[2].trim().matches("\\d+")) {
        continue;
      }
      out.computeIfAbsent(f[0].trim() + "_" + f[1].trim(), k -> new HashSet<>()).add(Integer.parseInt(f[2].trim()));
    }
    return out;
  }

  /**
   * Reads one document.
   *
   * @param validated sentence numbers whose mentions count, or null for all
   */
  public static GoldDocument readDocument(Path file, Set<Integer> validated) throws IOException {
    Element root = CatXml.parse(file);
    String id = file.getFileName().toString().replaceFirst("\\.xml$", "");
    String topic = id.contains("_") ? id.substring(0, id.indexOf('_')) : "";
    List<GoldToken> tokens = CatXml.tokens(root);
    Map<String, Integer> tokenIndex = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      tokenIndex.put(tokens.get(i).id(), i);
    }
    Element markables = CatXml.child(root, "Markables");
    Map<String, String> instanceOf = new HashMap<>(); // instance markable m_id -> instance id
    Map<String, List<Integer>> anchors = new HashMap<>();
    Map<String, String> tags = new HashMap<>();
    List<String> order = new ArrayList<>();
    if (markables != null) {
      NodeList children = markables.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (!(children.item(i) instanceof Element m)) {
          continue;
        }
        String tag = m.getTagName();
        String mid = m.getAttribute("m_id");
        List<Integer> toks = CatXml.anchors(m, tokenIndex);
        if (toks.isEmpty()) {
          if (!m.getAttribute("instance_id").isEmpty()) {
            instanceOf.put(mid, m.getAttribute("instance_id"));
          }
          continue;
        }
        if (tag.startsWith("ACTION_") || tag.startsWith("NEG_")) {
          anchors.put(mid, toks);
          tags.put(mid, tag);
          order.add(mid);
        }
      }
    }
    Map<String, String> clusterOf = new HashMap<>();
    Element relations = CatXml.child(root, "Relations");
    if (relations != null) {
      NodeList children = relations.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (!(children.item(i) instanceof Element r)) {
          continue;
        }
        List<String> sources = CatXml.ids(r, "source");
        List<String> targets = CatXml.ids(r, "target");
        if (targets.isEmpty()) {
          continue;
        }
        String cluster;
        if (r.getTagName().equals("CROSS_DOC_COREF")) {
          String inst = instanceOf.getOrDefault(targets.get(0), r.getAttribute("note"));
          cluster = "x:" + inst;
        } else if (r.getTagName().equals("INTRA_DOC_COREF")) {
          cluster = "i:" + id + ":" + targets.get(0);
        } else {
          continue;
        }
        for (String s : sources) {
          clusterOf.putIfAbsent(s, cluster);
        }
      }
    }
    List<GoldMention> mentions = new ArrayList<>();
    for (String mid : order) {
      List<Integer> toks = anchors.get(mid);
      int sentence = tokens.get(toks.get(0)).sentence();
      if (validated != null && !validated.contains(sentence)) {
        continue;
      }
      String cluster = clusterOf.getOrDefault(mid, "s:" + id + ":" + mid);
      mentions.add(new GoldMention(id, mid, toks, tags.get(mid), cluster));
    }
    mentions.sort(Comparator.comparing((GoldMention m) -> m.tokens().get(0)).thenComparing(m -> m.tokens().size()));
    return new GoldDocument(id, topic, null, tokens, mentions, validated);
  }
}

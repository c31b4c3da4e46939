package org.annals.eval.coref;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.extract.event.ActionMention;
import org.annals.extract.event.EventMentionFinder;
import org.annals.extract.event.EventMentionLexicon;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Token;

/**
 * Counts the built-in event-mention lexicon on ECB+ training topics (never dev or test): for each
 * (lemma, word class), how often it headed a gold event mention in a validated sentence and how
 * often it occurred there; and, for event coreference, how often two different head lemmas were
 * in the same gold chain. Also chooses the finder's thresholds by two-fold cross-validation over
 * the training topics. Writes words and counts only.
 *
 * <p>Usage: {@code EventLexiconBuilder TRAIN_DIR MENTION_TSV PAIR_TSV}
 */
public final class EventLexiconBuilder {

  private EventLexiconBuilder() {}

  record Annotated(GoldDocument doc, GoldText text, AnnotatedArticle article, Token[] tokens) {}

  public static void main(String[] args) throws IOException {
    CoreNlpAnnotator.quietLogging();
    List<GoldDocument> docs = EcbPlusCorpus.read(Path.of(args[0]));
    List<Annotated> all = new ArrayList<>();
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    long t0 = System.nanoTime();
    for (GoldDocument d : docs) {
      GoldText text = new GoldText(d);
      AnnotatedArticle a = annotator.annotate(text.article());
      all.add(new Annotated(d, text, a, text.annotatorTokens(a)));
    }
    System.err.printf(Locale.ROOT, "annotated %d docs in %.0f s%n", all.size(), (System.nanoTime() - t0) / 1e9);
    writeMentions(count(all, t -> true), Path.of(args[1]));
    // thresholds: two folds by topic parity
    for (double ratio : new double[] {0.3, 0.4, 0.5, 0.6}) {
      for (int minSeen : new int[] {1, 2, 3, 5}) {
        int[] c = new int[3];
        for (int fold = 0; fold < 2; fold++) {
          int f = fold;
          Map<String, EventMentionLexicon.Counts> lex = count(all, a -> topicNumber(a) % 2 != f);
          EventMentionFinder finder = new EventMentionFinder(new EventMentionLexicon(lex), ratio, minSeen);
          for (Annotated a : all) {
            if (topicNumber(a) % 2 == f) {
              score(a, finder, c);
            }
          }
        }
        double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
        System.out.printf(Locale.ROOT, "ratio %.1f minSeen %d: P %.3f R %.3f F1 %.3f%n", ratio, minSeen, p, r,
            p + r == 0 ? 0 : 2 * p * r / (p + r));
      }
    }
    writePairs(all, Path.of(args[2]));
  }

  private static int topicNumber(Annotated a) {
    return a.doc().topic().matches("\\d+") ? Integer.parseInt(a.doc().topic()) : 0;
  }

  static Map<String, EventMentionLexicon.Counts> count(List<Annotated> all, Predicate<Annotated> use) {
    Map<String, int[]> counts = new HashMap<>();
    for (Annotated a : all) {
      if (!use.test(a)) {
        continue;
      }
      Set<Integer> heads = new HashSet<>();
      for (GoldMention m : a.doc().mentions()) {
        heads.add(MentionHeads.head(m.tokens(), a.tokens()));
      }
      Token last = null;
      for (int g = 0; g < a.tokens().length; g++) {
        Token t = a.tokens()[g];
        if (t == null || t == last || !a.doc().scored(a.doc().tokens().get(g).sentence())) {
          continue;
        }
        last = t;
        String key = t.lemma().toLowerCase(Locale.ROOT) + "\t" + EventMentionLexicon.wordClass(t.pos());
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (heads.contains(g)) {
          c[0]++;
        }
      }
    }
    Map<String, EventMentionLexicon.Counts> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, new EventMentionLexicon.Counts(v[0], v[1])));
    return out;
  }

  /** Adds {correct, predicted, gold} for exact gold-token spans in scored sentences. */
  static void score(Annotated a, EventMentionFinder finder, int[] c) {
    Set<List<Integer>> gold = new HashSet<>();
    for (GoldMention m : a.doc().mentions()) {
      gold.add(m.tokens());
    }
    for (ActionMention m : finder.find(a.article())) {
      List<Integer> span = a.text().goldTokens(m.start(), m.end());
      if (span.isEmpty() || !a.doc().scored(a.doc().tokens().get(span.get(0)).sentence())) {
        continue;
      }
      c[1]++;
      if (gold.contains(span)) {
        c[0]++;
      }
    }
    c[2] += gold.size();
  }

  private static void writeMentions(Map<String, EventMentionLexicon.Counts> counts, Path out) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# lemma<TAB>word class (V N A O)<TAB>times an event mention's head<TAB>times seen");
      w.println("# Counted on the ECB+ 1.0 training topics (validated sentences) by EventLexiconBuilder;");
      w.println("# ECB+ annotation (c) Cybulska & Vossen, CC BY 3.0. Words seen once and never as events are left out.");
      counts.forEach((k, v) -> {
        if (v.event() > 0 || v.total() > 1) {
          w.println(k + "\t" + v.event() + "\t" + v.total());
        }
      });
    }
  }

  /** Head-lemma pairs (same or different lemmas) in one gold chain vs in one topic at all, counted over mention pairs. */
  private static void writePairs(List<Annotated> all, Path out) throws IOException {
    Map<String, List<String[]>> byTopic = new TreeMap<>(); // topic -> {lemma, cluster}
    for (Annotated a : all) {
      for (GoldMention m : a.doc().mentions()) {
        Token t = a.tokens()[MentionHeads.head(m.tokens(), a.tokens())];
        if (t != null) {
          byTopic.computeIfAbsent(a.doc().topic(), k -> new ArrayList<>())
              .add(new String[] {t.lemma().toLowerCase(Locale.ROOT), m.cluster()});
        }
      }
    }
    Map<String, int[]> pairs = new TreeMap<>();
    for (List<String[]> ms : byTopic.values()) {
      Set<String> corefPairs = new HashSet<>();
      for (int i = 0; i < ms.size(); i++) {
        for (int j = i + 1; j < ms.size(); j++) {
          String a = ms.get(i)[0];
          String b = ms.get(j)[0];
          String key = a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
          int[] c = pairs.computeIfAbsent(key, k -> new int[2]);
          c[1]++;
          if (ms.get(i)[1].equals(ms.get(j)[1])) {
            c[0]++;
            corefPairs.add(key);
          }
        }
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# lemma<TAB>lemma<TAB>mention pairs in one event chain<TAB>mention pairs in one topic");
      w.println("# Counted on the ECB+ 1.0 training topics by EventLexiconBuilder (CC BY 3.0 annotation). Pairs of different lemmas never in one chain are left out.");
      pairs.forEach((k, v) -> {
        String[] ab = k.split("\t");
        if (v[0] > 0 || (ab[0].equals(ab[1]) && v[1] >= 3)) {
          w.println(k + "\t" + v[0] + "\t" + v[1]);
        }
      });
    }
  }
}

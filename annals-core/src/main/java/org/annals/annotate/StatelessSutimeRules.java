package org.annals.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SUTime's English rules as CoreNLP ships them, less the four rules that tag a temporal value to
 * resolve to the past or the future by a nearby verb. Those tags land on values SUTime's rule
 * environment shares between documents, so one article's verbs decided how a later article's
 * bare "Tuesday" resolved in the same annotator (stanfordnlp/CoreNLP#1061): output depended on
 * which articles a pooled annotator had seen, so on the thread schedule. Annals anchors such
 * dates itself, by the verbs of their own sentence (extract/time/RelativeDateRules). The rules are
 * read from the CoreNLP models artifact and written to a file in the temporary folder named by
 * their content's hash: written once, then reused by every later process (a process killed before
 * its exit hooks ran left one more file each time when every process wrote its own).
 */
final class StatelessSutimeRules {

  static final String ENGLISH = "edu/stanford/nlp/models/sutime/english.sutime.txt";
  static final String DEFS = "edu/stanford/nlp/models/sutime/defs.sutime.txt";
  static final String HOLIDAYS = "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt";


  private static volatile String rules;

  private StatelessSutimeRules() {}

  /** The value for {@code sutime.rules}: defs, the English rules without VTag actions, holidays. */
  static String property() {
    String r = rules;
    if (r == null) {
      synchronized (StatelessSutimeRules.class) {
        r = rules;
        if (r == null) {
          r = DEFS + "," + write(withoutResolveTags(read(ENGLISH))) + "," + HOLIDAYS;
          rules = r;
        }
      }
    }
    return r;
  }

  /**
   * The rules text less every rule whose action is a VTag (a rule runs from its line
   * {@code {  pattern:} to its closing line {@code }}); fails if CoreNLP's file changed shape.
   */
  static String withoutResolveTags(String english) {
    List<String> lines = new ArrayList<>(List.of(english.split("\n", -1)));
    int removed = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).contains("action: VTag(")) {
        continue;
      }
      int start = i;
      while (start > 0 && !lines.get(start).stripLeading().startsWith("{")) {
        start--;
      }
      int end = i;
      while (end < lines.size() - 1 && !lines.get(end).strip().equals("}")) {
        end++;
      }
      lines.subList(start, end + 1).clear();
      i = start - 1;
      removed++;
    }
    String out = String.join("\n", lines);
    if (removed != 4 || out.contains("VTag(")) {
      throw new IllegalStateException(ENGLISH + ": expected the 4 resolveTo rules of CoreNLP 4.5, found " + removed);
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = StatelessSutimeRules.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path (stanford-corenlp models)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(String text) {
    return write(text, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** The rules' file in {@code dir}, written there unless a file of the same content is there. */
  static String write(String text, Path dir) {
    Path file = dir.resolve("annals-english-sutime-" + hash(text) + ".txt");
    try {
      if (Files.isReadable(file) && Files.readString(file).equals(text)) {
        return file.toAbsolutePath().toString();
      }
      Path partial = Files.createTempFile(dir, "annals-english-sutime-", ".part");
      try {
        Files.writeString(partial, text);
        partial.toFile().setReadable(true, false);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(partial);
      }
      return file.toAbsolutePath().toString();
    } catch (IOException e) {
      // another user's file of that name, a folder that refuses the move: a file of this process's own
      try {
        Path own = Files.createTempFile(dir, "annals-english-sutime-", ".txt");
        own.toFile().deleteOnExit();
        Files.writeString(own, text);
        return own.toAbsolutePath().toString();
      } catch (IOException again) {
        again.addSuppressed(e);
        throw new UncheckedIOException(again);
      }
    }
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

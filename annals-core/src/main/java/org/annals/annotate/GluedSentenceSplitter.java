package org.annals.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits tokens where crawled text glued two sentences together with no space after the full
 * stop ("said.It", "Vladimir Putin.From", "POLITICO.As"): the tokenizer keeps such a token
 * whole, so the sentence splitter sees no boundary and the tagger reads "Putin.From" as one
 * name. Runs after {@code tokenize} (which also splits sentences since CoreNLP 4.5) and {@code ssplit}, and cuts the
 * token and its sentence; offsets stay those of the text, which is never changed.
 *
 * <p>A token is split at a full stop that follows two letters and precedes a capitalised word.
 * Abbreviations stay whole: initials ("U.S.Army": one letter before the stop), titles ("Gen.",
 * "St.", "Mr."), and domain names, which are lower case after the stop. A sentence also ends where
 * a live blog's time stamp is glued to the paragraph it heads ("ago23.41Britain", "01:56Russia"),
 * where a picture credit's agency or a video caption ends before a glued paragraph.
 */
public final class GluedSentenceSplitter implements Annotator {

  /** The stop between a word of 2+ letters and a capitalised word. */
  private static final Pattern GLUE = Pattern.compile("(?<=\\p{L}{2})\\.(?=\\p{Lu}\\p{Ll})");

  /**
   * A word glued to a capitalised word with no stop at all, where a caption, a byline or a
   * "Read more" link lost its line break ("ZelenskiyJoanna Walters", "liveRead more"): a lower
   * case word ("saysThe"), or a word of 4+ letters the article also writes on its own, so that
   * brand names ("YouTube", "WikiLeaks", "MacDougall") stay whole.
   */
  private static final Pattern CAMEL_GLUE = Pattern.compile("(\\p{Lu}?\\p{Ll}{2,})(?=\\p{Lu}\\p{Ll})");

  /** The capitalised word that follows a camel-case glue. */
  private static final Pattern NEXT_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /** Words that open a sentence or a link, never the second half of a brand name. */
  private static final Set<String> OPENERS = Set.of("Read", "Updated", "The", "In", "On", "At", "For", "My",
      "That", "This", "These", "Those", "We", "It", "He", "She", "They", "Thank", "Have", "But", "And", "As",
      "If", "When", "While", "After", "Before", "Our", "Their", "His", "Her", "Its", "There", "Here", "What",
      "How", "Why", "With", "From", "Follow", "Sign", "Photograph");

  /** A paragraph that lost its stop before "A" or "I" opens the next one ("since the invasionA spokesman"). */
  private static final Pattern LETTER_GLUE = Pattern.compile("^(\\p{Ll}{3,})(?=[AI]$)");

  /**
   * Whether {@code left} runs into the capitalised word {@code right} across a lost break: a lower
   * case word that starts the token ("saysThe"); a word the article writes on its own; or a byline
   * or a signature before its paragraph ("Joanna WaltersJoe Biden", "Richard AshwellWolverhampton"),
   * where the next word opens sentences or stands on its own in the article. A two-letter opener
   * only after a word the article writes, or an agency ("PolandOn Monday", "ReutersIn"), so
   * "LinkedIn" stays whole.
   */
  private static boolean camelGlued(String left, String right, boolean tokenStart, Predicate<String> words) {
    boolean lower = Character.isLowerCase(left.charAt(0));
    if (right.length() < 3) {
      return OPENERS.contains(right) && (lower ? tokenStart
          : words.test(left) || AGENCIES.contains(left.toLowerCase(java.util.Locale.ROOT)));
    }
    if (lower) {
      return tokenStart;
    }
    return left.length() >= 4 && (words.test(left) || OPENERS.contains(right) || words.test(right));
  }

  /**
   * A live blog's time stamp or a year glued to the paragraph it heads ("4d ago23.41Britain has
   * pledged", "202223.44Today", "01:56Russia has invaded"): the tokenizer cuts the word off, but no
   * sentence ends there. Two digits, then a capitalised word with no space between.
   */
  private static final Pattern STAMP_END = Pattern.compile("\\d\\d$");
  private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}\\p{Ll}{2}");

  /** A credit's agency glued to what follows it ("Rain/EPAJohnson", "/PAUpdated at"): after a slash or alone. */
  private static final Pattern AGENCY_GLUE = Pattern.compile("(?:^|(?<=/))(\\p{Lu}{2,})(?=\\p{Lu}\\p{Ll}{2})");

  /** Title abbreviations that take a full stop before a name. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col",
      "lt", "sgt", "capt", "maj", "adm", "brig", "cpl", "rev", "prof", "sen", "rep", "gov", "pres",
      "jr", "sr", "ft", "mt", "no", "vs", "rt", "hon");

  /** CoreNLP builds a custom annotator with this signature ({@code customAnnotatorClass.*}). */
  public GluedSentenceSplitter(String name, Properties props) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    Predicate<String> words = new FreeWords(text);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> current = new ArrayList<>();
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (!current.isEmpty() && stampGlued(current.get(current.size() - 1), token)) {
          changed = true;
          out.add(sentence(sentence, text, current));
          current = new ArrayList<>();
        }
        List<List<CoreLabel>> pieces = split(token, words);
        if (pieces == null) {
          current.add(token);
          continue;
        }
        changed = true;
        for (int i = 0; i < pieces.size(); i++) {
          current.addAll(pieces.get(i));
          if (i < pieces.size() - 1) { // a sentence ends between pieces
            out.add(sentence(sentence, text, current));
            current = new ArrayList<>();
          }
        }
      }
      if (!current.isEmpty()) {
        out.add(sentence(sentence, text, current));
      }
    }
    List<CoreMap> credited = new ArrayList<>(out.size());
    for (CoreMap sentence : out) {
      changed |= cutWhere(sentence, text, credited, GluedSentenceSplitter::creditEnd);
    }
    List<CoreMap> ended = new ArrayList<>(credited.size());
    for (CoreMap sentence : credited) {
      changed |= cutWhere(sentence, text, ended, GluedSentenceSplitter::captionEnd);
    }
    List<CoreMap> signed = new ArrayList<>(ended.size());
    for (CoreMap sentence : ended) {
      changed |= cutWhere(sentence, text, signed, GluedSentenceSplitter::tweetEnd);
    }
    if (changed) {
      reindex(annotation, signed);
    }
  }

  private static boolean stampGlued(CoreLabel before, CoreLabel token) {
    return before.endPosition() == token.beginPosition() && STAMP_END.matcher(before.word()).find()
        && CAPITALISED.matcher(token.word()).find();
  }

  /** Words that open a picture credit: "Photograph: Name/Agency". */
  private static final Set<String> CREDIT_MARKERS = Set.of("photograph", "photographs", "photo", "photos",
      "illustration", "composite");
  /** Words that end the agency of a picture credit ("/AFP via Getty Images", "/The Guardian", "/Reuters"). */
  private static final Set<String> AGENCIES = Set.of("afp", "ap", "epa", "pa", "rex", "reuters", "images", "getty",
      "guardian", "observer", "shutterstock", "alamy", "anadolu", "sipa", "sopa", "nurphoto", "zuma", "wire",
      "tass", "sputnik", "xinhua", "bloomberg", "efe", "dpa", "kyodo", "yonhap", "upi", "handout", "pool");
  /** How many tokens a credit may run after its colon. */
  private static final int CREDIT_TOKENS = 12;

  /**
   * Ends a sentence where a picture credit ends and the caption's next headline or paragraph was
   * glued to it without a stop ("Photograph: Anastasia Taylor-Lind/The Guardian When rape is used
   * as a weapon…"): after the agency that closes "Name/Agency", where a capitalised word follows.
   * The token the next sentence starts at, or -1.
   */
  private static int creditEnd(List<CoreLabel> tokens) {
    int cut = -1;
    for (int i = 0; i + 1 < tokens.size() && cut < 0; i++) {
      // the colon first: it is rare, and the marker test lower-cases a word
      if (!tokens.get(i + 1).word().equals(":")
          || !CREDIT_MARKERS.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      boolean slash = false;
      for (int k = i + 2; k < Math.min(tokens.size() - 1, i + 2 + CREDIT_TOKENS); k++) {
        String w = tokens.get(k).word();
        slash |= w.contains("/");
        String last = w.substring(w.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        String next = tokens.get(k + 1).word();
        if (slash && AGENCIES.contains(last) && Character.isUpperCase(next.charAt(0)) && !next.contains("/")
            && !AGENCIES.contains(next.toLowerCase(java.util.Locale.ROOT)) && !next.equalsIgnoreCase("via")) {
          cut = k + 1;
          break;
        }
      }
    }
    return cut;
  }

  private static final Set<String> DASHES = Set.of("–", "-", "—", "--");
  private static final Set<String> MEDIA = Set.of("video", "audio");

  /**
   * Ends a sentence where an embedded video's caption ends and the next paragraph was glued to it
   * ("… strike on shopping mall – video The US president also said …", "– video report This,
   * then, …"): after "– video" (or "– video report") where a capitalised word or a quote follows.
   * The token the next sentence starts at, or -1.
   */
  private static int captionEnd(List<CoreLabel> tokens) {
    int cut = -1;
    for (int i = 1; i + 1 < tokens.size() && cut < 0; i++) {
      if (!MEDIA.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))
          || !DASHES.contains(tokens.get(i - 1).word())) {
        continue;
      }
      int end = i + 1 < tokens.size() && tokens.get(i + 1).word().equals("report") ? i + 2 : i + 1;
      if (end < tokens.size() && opensParagraph(tokens.get(end).word())) {
        cut = end;
      }
    }
    return cut;
  }

  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");

  /**
   * Ends a sentence where an embedded tweet's signature ends and the next paragraph was glued to it
   * ("… — Illia Ponomarenko (@IAPonomarenko) May 16, 2022 It appears that …"): after the date that
   * follows the handle, where a capitalised word or a quote follows. That date is when the tweet was
   * posted, not when what the next paragraph tells happened. The token the next sentence starts at,
   * or -1.
   */
  private static int tweetEnd(List<CoreLabel> tokens) {
    for (int i = 1; i + 6 < tokens.size(); i++) {
      String handle = tokens.get(i).word();
      if (handle.length() < 2 || handle.charAt(0) != '@' || !isBracket(tokens.get(i - 1).word(), "(", "-LRB-")
          || !isBracket(tokens.get(i + 1).word(), ")", "-RRB-") || !MONTHS.contains(tokens.get(i + 2).word())
          || !tokens.get(i + 3).word().matches("\\d{1,2}") || !tokens.get(i + 4).word().equals(",")
          || !tokens.get(i + 5).word().matches("\\d{4}")) {
        continue;
      }
      if (opensParagraph(tokens.get(i + 6).word())) {
        return i + 6;
      }
    }
    return -1;
  }

  private static boolean isBracket(String word, String bracket, String escaped) {
    return word.equals(bracket) || word.equals(escaped);
  }

  /**
   * Adds the sentence to {@code out}, cut into pieces wherever {@code end} finds that the next
   * sentence starts (in the sentence, then in what follows each cut); true where it was cut.
   */
  private static boolean cutWhere(CoreMap sentence, String text, List<CoreMap> out,
      java.util.function.ToIntFunction<List<CoreLabel>> end) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int cut = end.applyAsInt(tokens);
    if (cut < 0) {
      out.add(sentence);
      return false;
    }
    out.add(sentence(sentence, text, new ArrayList<>(tokens.subList(0, cut))));
    cutWhere(sentence(sentence, text, new ArrayList<>(tokens.subList(cut, tokens.size()))), text, out, end);
    return true;
  }

  private static boolean opensParagraph(String word) {
    char c = word.charAt(0);
    return Character.isUpperCase(c) || c == '“' || c == '"' || c == '‘' || Character.isDigit(c);
  }

  private static CoreMap sentence(CoreMap original, String text, List<CoreLabel> tokens) {
    CoreMap s = new ArrayCoreMap(original);
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    return s;
  }

  /** Numbers sentences and tokens again, as the sentence splitter does. */
  private static void reindex(Annotation annotation, List<CoreMap> sentences) {
    List<CoreLabel> all = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap s = sentences.get(si);
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      s.set(CoreAnnotations.SentenceIndexAnnotation.class, si);
      s.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        t.setIndex(i + 1);
        t.setSentIndex(si);
        if (t.containsKey(CoreAnnotations.TokenBeginAnnotation.class)) {
          t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
          t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        }
        all.add(t);
      }
      s.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }

  /**
   * The token cut into sentence pieces (["said", "."], ["It"]; ["Zelenskiy"], ["Joanna"]), or
   * null when nothing is glued in it. {@code words} gives the article's free-standing words.
   */
  static List<List<CoreLabel>> split(CoreLabel token, Predicate<String> words) {
    String text = token.originalText() != null ? token.originalText() : token.word();
    if (text == null || text.length() < 5 || text.charAt(0) == '@'
        || text.length() != token.endPosition() - token.beginPosition()) {
      return null; // "@AnnaHolt" is a handle, not two glued words
    }
    List<int[]> cuts = new ArrayList<>(); // [from, to): the stop, or an empty cut between words
    Matcher m = GLUE.matcher(text);
    while (m.find()) {
      if (!isAbbreviation(text, m.start())) {
        cuts.add(new int[] {m.start(), m.end()});
      }
    }
    Matcher c = CAMEL_GLUE.matcher(text);
    while (c.find()) {
      Matcher r = NEXT_WORD.matcher(text).region(c.end(1), text.length());
      if (camelGlued(c.group(1), r.lookingAt() ? r.group() : "", c.start() == 0, words)) {
        cuts.add(new int[] {c.end(1), c.end(1)});
      }
    }
    Matcher l = LETTER_GLUE.matcher(text);
    if (l.find() && words.test(l.group(1))) {
      cuts.add(new int[] {l.end(1), l.end(1)});
    }
    Matcher a = AGENCY_GLUE.matcher(text);
    while (a.find()) {
      if (AGENCIES.contains(a.group(1).toLowerCase(java.util.Locale.ROOT))) {
        cuts.add(new int[] {a.end(1), a.end(1)});
      }
    }
    if (cuts.isEmpty()) {
      return null;
    }
    cuts.sort(java.util.Comparator.comparingInt(cut -> cut[0]));
    List<List<CoreLabel>> pieces = new ArrayList<>(cuts.size() + 1);
    int from = 0;
    for (int[] cut : cuts) {
      List<CoreLabel> piece = new ArrayList<>(2);
      piece.add(part(token, text, from, cut[0], from == 0, false));
      if (cut[1] > cut[0]) {
        piece.add(part(token, text, cut[0], cut[1], false, false));
      }
      pieces.add(piece);
      from = cut[1];
    }
    pieces.add(List.of(part(token, text, from, text.length(), false, true)));
    return pieces;
  }

  /** The word before the stop is a title or one segment of dotted initials. */
  private static boolean isAbbreviation(String text, int stop) {
    int begin = stop;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    if (begin > 0 && text.charAt(begin - 1) == '.') {
      return true; // "U.S.A.Today": a run of dotted segments is an abbreviation
    }
    return TITLES.contains(text.substring(begin, stop).toLowerCase(java.util.Locale.ROOT));
  }

  private static CoreLabel part(CoreLabel token, String text, int from, int to, boolean first,
      boolean last) {
    CoreLabel p = new CoreLabel(token);
    String word = text.substring(from, to);
    p.setWord(word);
    p.setValue(word);
    p.setOriginalText(word);
    p.setBeginPosition(token.beginPosition() + from);
    p.setEndPosition(token.beginPosition() + to);
    p.setBefore(first && token.before() != null ? token.before() : "");
    p.setAfter(last && token.after() != null ? token.after() : "");
    return p;
  }

  /** The words an article writes on their own, between spaces or punctuation; built on first use. */
  private static final class FreeWords implements Predicate<String> {
    private final String text;
    private Set<String> words;

    FreeWords(String text) {
      this.text = text == null ? "" : text;
    }

    @Override
    public boolean test(String word) {
      if (words == null) {
        words = new java.util.HashSet<>();
        Matcher m = FREE_WORD.matcher(text);
        while (m.find()) {
          words.add(m.group());
        }
      }
      return words.contains(word);
    }
  }

  private static final Pattern FREE_WORD = Pattern.compile("(?<![\\p{L}.])\\p{L}+(?![\\p{L}]|\\.\\p{L})");

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.emptySet();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TextAnnotation.class, CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}

package org.annals.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.extract.event.EventArgumentFinder.Arguments;
import org.annals.extract.event.EventFigureLinker.Candidate;
import org.annals.extract.event.EventModeRules.Decision;
import org.annals.extract.event.SameEventMerger.Draft;
import org.annals.extract.event.SentenceMentions.Item;
import org.annals.extract.figure.AggregateCues;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.Event;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.Mention;
import org.annals.model.Place;
import org.annals.model.PloverType;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.Token;

/**
 * Finds PLOVER-typed events, sentence by sentence: triggers from the lexicon
 * ({@link EventTriggerLexicon}), one event per happening ({@link SameEventMerger}), then for each
 * its parties and place ({@link EventArgumentFinder}), mode and ACLED class ({@link EventModeRules}),
 * date ({@link EventDateFinder}), status ({@link EventStatusRules}) and figures
 * ({@link EventFigureLinker}).
 *
 * <p>Precision comes first: an event that names no party, no place and carries no figure is
 * dropped, since a bare "talks" or "attack" tells a reader nothing they can use. Ids are
 * {@code ev1}, {@code ev2}, … in text order. Stateless and thread-safe.
 */
public final class EventExtractor {

  private final EventTriggerLexicon lexicon;
  private final EventArgumentFinder arguments = new EventArgumentFinder();
  private final EventStatusRules statuses = new EventStatusRules();
  private final EventModeRules modes;
  private final EventDateFinder dates = new EventDateFinder();
  private final EventFigureLinker figureLinker = new EventFigureLinker();
  private final SameEventMerger merger = new SameEventMerger();

  public EventExtractor() {
    this.lexicon = EventTriggerLexicon.builtIn();
    this.modes = new EventModeRules(lexicon);
  }

  /**
   * @param places geocoded places; not used yet (the location is the mention the sentence gives)
   */
  public List<Event> extract(AnnotatedArticle doc, List<Entity> entities, List<TimeExpression> times,
      List<Figure> figures, List<Place> places) {
    Map<Integer, SentenceMentions> mentions = SentenceMentions.index(doc, entities);
    List<List<Integer>> figuresBySentence = figuresBySentence(doc, figures);
    List<Event> found = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      SentenceMentions m = mentions.getOrDefault(s.index(), SentenceMentions.empty());
      List<TriggerMatch> triggers = lexicon.find(s, m);
      if (triggers.isEmpty()) {
        continue;
      }
      found.addAll(sentenceEvents(doc, s, m, triggers, times, figures, figuresBySentence.get(s.index())));
    }
    found.sort(Comparator.comparingInt((Event e) -> e.trigger().start()));
    List<Event> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Event e = found.get(i);
      String mode = e.mode();
      if (e.type() == PloverType.CONSULT && mode == null && e.location() == null
          && (e.status() == EventStatus.ASSERTED || e.status() == EventStatus.CLAIMED)
          && laterSentenceCallsItACall(doc, e.evidence().start())) {
        mode = "phone";
      }
      out.add(new Event("ev" + (i + 1), e.type(), mode, e.acled(), e.status(), e.trigger(), e.actors(),
          e.recipients(), e.location(), e.date(), e.figures(), e.evidence()));
    }
    return out;
  }

  private List<Event> sentenceEvents(AnnotatedArticle doc, Sentence s, SentenceMentions m,
      List<TriggerMatch> triggers, List<TimeExpression> times, List<Figure> figures, List<Integer> sentenceFigures) {
    List<Token> toks = s.tokens();
    boolean tally = AggregateCues.builtIn().inSentence(toks);
    List<Draft> drafts = new ArrayList<>();
    for (TriggerMatch t : triggers) {
      EventDate date = dates.find(s, t, times, triggers);
      Arguments args = arguments.find(toks, t, m, triggers);
      drafts.add(new Draft(t, date, args, statuses.status(toks, t, args, date, doc.article().date())));
    }
    drafts = merger.merge(toks, drafts, tally);

    List<int[]> figureTokens = new ArrayList<>();
    List<Figure> sentenceFigureList = new ArrayList<>();
    List<FigureCategory> categories = new ArrayList<>();
    boolean money = false;
    for (int f : sentenceFigures) {
      Figure fig = figures.get(f);
      int first = s.tokenAtOrAfter(fig.start());
      int last = Math.max(first, s.tokenAtOrAfter(fig.end()) - 1);
      figureTokens.add(new int[] {first, last});
      sentenceFigureList.add(fig);
      categories.add(fig.category());
      money |= fig.category() == FigureCategory.MONEY;
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Draft d : drafts) {
      candidates.add(new Candidate(d.type(), d.disrupted(), d.trigger().first(), d.trigger().last()));
    }
    int[] owner = figureLinker.link(figureTokens, sentenceFigureList, candidates);

    List<Event> out = new ArrayList<>();
    for (int e = 0; e < drafts.size(); e++) {
      Draft d = drafts.get(e);
      TriggerMatch t = d.trigger();
      Arguments args = d.args();
      List<Integer> linked = new ArrayList<>();
      List<FigureCategory> linkedCategories = new ArrayList<>();
      for (int f = 0; f < owner.length; f++) {
        if (owner[f] == e) {
          linked.add(sentenceFigures.get(f));
          linkedCategories.add(categories.get(f));
        }
      }
      if (args.isEmpty() && linked.isEmpty()) {
        continue;
      }
      // An outcome word on its own ("killed", "protesters") must at least say where, by whom or
      // how many; "those protesters brave enough" is not a protest event.
      if (t.rule().weak() && linked.isEmpty() && args.location() == null
          && (t.rule().type() == PloverType.PROTEST || args.actors().isEmpty())) {
        continue;
      }
      Decision decision = modes.decide(toks, t, args.location() != null, money, linkedCategories);
      EventStatus status = d.status();
      int start = toks.get(t.first()).start();
      int end = toks.get(t.textEnd()).end();
      out.add(new Event(null, t.rule().type(), decision.mode(), decision.acled(), status,
          new Mention(start, end, doc.text().substring(start, end)), refs(args.actors()), refs(args.recipients()),
          args.location() == null ? null : args.location().ref(), d.date(), linked, s.span()));
    }
    return out;
  }

  private static List<EntityRef> refs(List<Item> items) {
    List<EntityRef> out = new ArrayList<>(items.size());
    for (Item it : items) {
      out.add(it.ref());
    }
    return out;
  }

  private static List<List<Integer>> figuresBySentence(AnnotatedArticle doc, List<Figure> figures) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < doc.sentences().size(); i++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < figures.size(); i++) {
      Sentence s = doc.sentenceAt(figures.get(i).start());
      if (s != null && figures.get(i).end() <= s.end()) {
        out.get(s.index()).add(i);
      }
    }
    return out;
  }

  /**
   * "… during the conversation Rubio expressed condolences": a later definite "the call" or "the
   * conversation" refers back to the consultation, which was therefore by phone. Looks at most
   * five sentences ahead.
   */
  private static boolean laterSentenceCallsItACall(AnnotatedArticle doc, int offset) {
    Sentence from = doc.sentenceAt(offset);
    if (from == null) {
      return false;
    }
    int last = Math.min(doc.sentences().size() - 1, from.index() + 5);
    for (int i = from.index() + 1; i <= last; i++) {
      List<Token> toks = doc.sentences().get(i).tokens();
      for (int k = 0; k + 1 < toks.size(); k++) {
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        if (!w.equals("the") && !w.equals("their")) {
          continue;
        }
        int j = k + 1;
        String next = toks.get(j).word().toLowerCase(Locale.ROOT);
        if ((next.equals("phone") || next.equals("telephone")) && j + 1 < toks.size()) {
          j++;
          next = toks.get(j).word().toLowerCase(Locale.ROOT);
        }
        String after = j + 1 < toks.size() ? toks.get(j + 1).word().toLowerCase(Locale.ROOT) : "";
        if ((next.equals("call") || next.equals("conversation")) && !after.equals("for") && !after.equals("on")) {
          return true;
        }
      }
    }
    return false;
  }
}

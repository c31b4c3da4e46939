package org.annals.extract.event;

import java.util.List;
import java.util.stream.Collectors;
import org.annals.extract.TaggedDoc;
import org.annals.model.Event;
import org.annals.model.EventMention;
import org.annals.model.Quote;

/** Runs the event extractor on a hand-made document (no figures unless asked). */
final class Extract {

  private static final EventExtractor EXTRACTOR = new EventExtractor();
  private static final org.annals.extract.figure.FigureExtractor FIGURES = new org.annals.extract.figure.FigureExtractor();

  private Extract() {}

  static List<Event> events(TaggedDoc doc) {
    return events(doc, List.of());
  }

  /** With the figures the figure extractor finds in the document ("Eighteen people were killed"). */
  static List<Event> eventsWithFigures(TaggedDoc doc) {
    return EXTRACTOR.extract(doc.article(), doc.entities(), doc.times(), FIGURES.extract(doc.article()), doc.places(),
        List.of());
  }

  static List<Event> events(TaggedDoc doc, List<Quote> quotes) {
    return EXTRACTOR.extract(doc.article(), doc.entities(), doc.times(), List.of(), doc.places(), quotes);
  }

  /** One line per event, for failure messages: type, status, trigger, parties, place, date, mentions. */
  static String describe(List<Event> events) {
    return events.stream().map(Extract::describe).collect(Collectors.joining("\n", "\n", "\n"));
  }

  static String describe(Event e) {
    return e.id() + " " + e.type() + " " + e.status() + " '" + e.trigger().text() + "' actors="
        + e.actors().stream().map(r -> r.text()).toList() + " recipients="
        + e.recipients().stream().map(r -> r.text()).toList() + " place="
        + (e.location() == null ? null : e.location().text()) + " date=" + (e.date() == null ? null : e.date().value())
        + " mentions=" + e.mentions().stream().map(Extract::describe).toList();
  }

  private static String describe(EventMention m) {
    return m.trigger().text() + "/" + m.lemma() + "/" + m.kind() + "/" + m.status();
  }
}

package org.annals.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.annals.link.date.DocumentDateInference;
import org.annals.link.date.InferredDate;
import org.annals.link.date.StreamOrder;
import org.annals.link.entity.EntityLinker;
import org.annals.link.event.EventLinker;
import org.annals.link.quote.RoleSpeakers;
import org.annals.link.story.StoryAssignment;
import org.annals.link.story.StoryClusterer;
import org.annals.link.story.StoryInput;
import org.annals.model.DateSource;
import org.annals.model.Extraction;
import org.annals.model.Span;

/**
 * Links articles into the cross-document record, one at a time in stream order: the story the
 * article joins, its entities, a document date where the article has none (its news, the
 * stream), quote speakers named by a role the store's titles know, then its events (which need
 * the entities and the date).
 *
 * <p>Everything here is deterministic in the order of calls, whatever the threads that extracted
 * the articles; a linker restored from its {@link #snapshot}, or rebuilt with {@link #observe}
 * over the stored articles, continues exactly where the stopped one was. Not thread-safe: one
 * stream, one linker.
 */
public final class StreamLinker {

  private final EntityLinker entities = new EntityLinker();
  private final StoryClusterer stories = new StoryClusterer();
  private final EventLinker events = new EventLinker();
  private static final DocumentDateInference DATES = new DocumentDateInference();
  private StreamOrder order = StreamOrder.EMPTY;

  /**
   * Links one extracted article.
   *
   * @param x the article's extraction; its article id is the content hash
   * @param sentences the article's sentence bounds
   * @param dateEvidence for a date already inferred from the article's own text, what it rests on
   * @param redate extracts the article again with a date inferred while linking (its story, its news)
   */
  public LinkedArticle link(Extraction x, List<Span> sentences, String dateEvidence,
      Function<InferredDate, Extraction> redate) {
    String id = x.article().id();
    StoryAssignment story = stories.add(StoryInput.of(x, x.article().date()));
    String evidence = x.article().dateSource() == DateSource.INFERRED ? dateEvidence : null;
    // entities do not depend on the date: linked once, before the events may date the article
    Map<String, LinkedEntity> linkedEntities = entities.link(x);
    if (x.article().date() == null) {
      Optional<InferredDate> inferred = DATES.infer(x.article().text(), x.times(), stories.datesOf(story.storyId()));
      if (inferred.isEmpty()) {
        inferred = DATES.fromNews(events.newsDays(x, linkedEntities), x.times(), order.latest());
      }
      if (inferred.isEmpty()) {
        inferred = DATES.fromStream(order);
      }
      if (inferred.isPresent()) {
        InferredDate d = DATES.notBeforeStream(inferred.get(), order, x.times());
        x = redate.apply(d);
        evidence = d.evidence();
      }
    } else if (x.article().dateSource() == DateSource.INFERRED && evidence != null) {
      InferredDate fromText = new InferredDate(x.article().date(), evidence, InferredDate.Source.TEXT);
      InferredDate d = DATES.notBeforeStream(fromText, order, x.times());
      if (d != fromText) {
        x = redate.apply(d);
        evidence = d.evidence();
      }
    }
    x = RoleSpeakers.resolve(x, linkedEntities);
    LocalDate date = x.article().date();
    if (x.article().dateSource() != DateSource.INFERRED) {
      latest(date);
    }
    Map<String, String> linkedEvents = events.link(id, x, linkedEntities, date);
    return new LinkedArticle(x, sentences, new ArticleLinks(id, date, x.article().dateSource(), evidence,
        story.storyId(), story.label(), linkedEntities, linkedEvents));
  }

  /** An article of the stream was given (not inferred) this date: where its news is now. */
  private void latest(LocalDate date) {
    order = order.next(date);
  }

  /**
   * The date an undated article's own text gives, before it is linked; empty when it gives none.
   * It needs no stream: extraction threads (and Spark tasks) call it before the article's turn.
   */
  public static Optional<InferredDate> dateFromText(Extraction undated) {
    return DATES.infer(undated.article().text(), undated.times(), List.of());
  }

  /**
   * The linker's whole state as a {@link LinkerSnapshot} of the current format: {@link #restore}
   * of it continues exactly as this linker would.
   */
  public byte[] snapshot() {
    SnapshotOut out = new SnapshotOut();
    out.string(LinkerSnapshot.MAGIC);
    out.count(LinkerSnapshot.FORMAT);
    out.date(order.latest());
    out.count(order.dated());
    out.count(order.inOrder());
    stories.save(out);
    entities.save(out);
    events.save(out);
    out.string(LinkerSnapshot.END);
    return out.finish();
  }

  /**
   * A linker in the state a {@link #snapshot} holds.
   *
   * @throws LinkerSnapshot.Unreadable when the bytes are not a snapshot of the format this build writes
   */
  public static StreamLinker restore(byte[] snapshot) {
    StreamLinker linker = new StreamLinker();
    try {
      SnapshotIn in = new SnapshotIn(snapshot);
      if (!LinkerSnapshot.MAGIC.equals(in.string())) {
        throw new LinkerSnapshot.Unreadable("not an Annals linker snapshot");
      }
      int format = in.count();
      if (format != LinkerSnapshot.FORMAT) {
        throw new LinkerSnapshot.Unreadable("linker snapshot format " + format + ", this build reads format "
            + LinkerSnapshot.FORMAT);
      }
      linker.order = new StreamOrder(in.date(), in.count(), in.count());
      linker.stories.load(in);
      linker.entities.load(in);
      linker.events.load(in);
      if (!LinkerSnapshot.END.equals(in.string()) || !in.atEnd()) {
        throw new LinkerSnapshot.Unreadable("linker snapshot does not end where its format says");
      }
    } catch (RuntimeException e) {
      if (e instanceof LinkerSnapshot.Unreadable u) {
        throw u;
      }
      throw new LinkerSnapshot.Unreadable("corrupt linker snapshot: " + e);
    }
    return linker;
  }

  /** Takes an article linked by an earlier run into this linker's memory, in stream order. */
  public void observe(LinkedArticle stored) {
    if (stored.links().dateSource() != DateSource.INFERRED) {
      latest(stored.links().date());
    }
    stories.restore(stored);
    entities.observe(stored);
    events.observe(stored);
  }
}

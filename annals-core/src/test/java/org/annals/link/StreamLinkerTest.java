package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.link.date.InferredDate;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Mention;
import org.junit.jupiter.api.Test;

class StreamLinkerTest {

  private static final String REPORT = "Drones struck the port of Velin overnight, the Kostranan navy said. "
      + "Harbour cranes and two grain ships were damaged in the port of Velin, port officials said.";

  @Test
  void anUndatedReportOfADatedStoryStaysUndated() {
    StreamLinker linker = new StreamLinker();
    LinkedArticle first = linker.link(extraction("a1", REPORT, LocalDate.of(2026, 4, 9)), List.of(), null,
        d -> { throw new AssertionError("a dated article is not dated again"); });
    LinkedArticle second = linker.link(extraction("a2", REPORT + " Repairs began at once.", null), List.of(), null,
        d -> { throw new AssertionError("the story's dates are no evidence of this article's"); });

    assertThat(second.links().storyId()).isEqualTo(first.links().storyId());
    assertThat(second.links().date()).isNull();
    assertThat(second.links().dateSource()).isEqualTo(DateSource.NONE);
  }

  @Test
  void anArticleWithNothingToGoByStaysUndated() {
    StreamLinker linker = new StreamLinker();
    LinkedArticle alone = linker.link(extraction("a1", REPORT, null), List.of(), null,
        d -> { throw new AssertionError("nothing to infer from"); });

    assertThat(alone.links().date()).isNull();
    assertThat(alone.links().dateSource()).isEqualTo(DateSource.NONE);
    assertThat(alone.links().dateEvidence()).isNull();
  }

  /** Two reports of one strike, a meeting, a later report and an undated one. */
  private static final List<Extraction> STREAM = List.of(
      extraction("a1", REPORT, LocalDate.of(2026, 4, 9)),
      extraction("a2", REPORT + " Repairs began at once.", null),
      extraction("a3", "Envoys of Valdoria and Kostrana met in Sarnow to discuss prisoners.", LocalDate.of(2026, 4, 10)),
      extraction("a4", REPORT + " The port reopened two days later.", LocalDate.of(2026, 4, 11)),
      extraction("a5", "Velin's mayor said the port of Velin would stay open.", null));

  private static LinkedArticle link(StreamLinker linker, Extraction x) {
    return linker.link(x, List.of(), null, d -> redated(x, d));
  }

  /** The links {@code linker} gives the whole stream. */
  private static List<ArticleLinks> linkAll(StreamLinker linker) {
    List<ArticleLinks> out = new ArrayList<>();
    for (Extraction x : STREAM) {
      out.add(link(linker, x).links());
    }
    return out;
  }

  @Test
  void aRestartedLinkerGivesTheSameLinksAsAnUnbrokenOne() {
    List<ArticleLinks> expected = linkAll(new StreamLinker());

    StreamLinker before = new StreamLinker();
    List<LinkedArticle> stored = new ArrayList<>();
    for (Extraction x : STREAM.subList(0, 2)) {
      stored.add(link(before, x));
    }
    StreamLinker after = new StreamLinker();
    stored.forEach(after::observe);
    for (int i = 2; i < STREAM.size(); i++) {
      assertThat(link(after, STREAM.get(i)).links()).isEqualTo(expected.get(i));
    }
  }

  @Test
  void aLinkerRestoredFromItsSnapshotGivesTheSameLinksAsAnUnbrokenOne() {
    StreamLinker unbroken = new StreamLinker();
    List<ArticleLinks> expected = linkAll(unbroken);
    // restarted from a snapshot before each article: the same links, and the same snapshot again
    StreamLinker linker = new StreamLinker();
    for (int i = 0; i < STREAM.size(); i++) {
      byte[] saved = linker.snapshot();
      linker = StreamLinker.restore(saved);
      assertThat(linker.snapshot()).isEqualTo(saved);
      assertThat(link(linker, STREAM.get(i)).links()).isEqualTo(expected.get(i));
    }
    assertThat(linker.snapshot()).isEqualTo(unbroken.snapshot());
  }

  @Test
  void bytesThatAreNotASnapshotOfThisFormatAreRefusedWithTheReason() {
    byte[] saved = new StreamLinker().snapshot();
    byte[] cut = java.util.Arrays.copyOf(saved, saved.length - 12);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamLinker.restore(cut))
        .isInstanceOf(LinkerSnapshot.Unreadable.class).hasMessageContaining("corrupt linker snapshot");
    SnapshotOut other = new SnapshotOut();
    other.string(LinkerSnapshot.MAGIC);
    other.count(LinkerSnapshot.FORMAT + 1);
    byte[] newer = other.finish();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StreamLinker.restore(newer))
        .isInstanceOf(LinkerSnapshot.Unreadable.class)
        .hasMessage("linker snapshot format " + (LinkerSnapshot.FORMAT + 1) + ", this build reads format "
            + LinkerSnapshot.FORMAT);
  }

  private static Extraction redated(Extraction x, InferredDate d) {
    return extraction(x.article().id(), x.article().text(), d.date(), DateSource.INFERRED);
  }

  private static Extraction extraction(String id, String text, LocalDate date) {
    return extraction(id, text, date, date == null ? DateSource.NONE : DateSource.INPUT);
  }

  private static Extraction extraction(String id, String text, LocalDate date, DateSource source) {
    Article article = new Article(id, text, date, source, null, null, null, 0);
    int at = text.indexOf("Velin");
    List<Entity> entities = at < 0 ? List.of()
        : List.of(new Entity("e1", EntityType.LOCATION, "Velin", List.of(), List.of(new Mention(at, at + 5, "Velin"))));
    return new Extraction(article, entities, List.of(), List.of(), List.of(), List.of(), List.of());
  }
}

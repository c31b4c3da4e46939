package org.annals.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.annals.ingest.ArticleInput;
import org.junit.jupiter.api.Test;

class ExtractionAheadTest {

  private static Iterator<ArticleInput> inputs(int n) {
    return IntStream.range(0, n).mapToObj(i -> ArticleInput.failed("in-" + i, "p" + i)).iterator();
  }

  /** Stands in for extraction: slower for early inputs, so that threads finish out of order. */
  private static Extracted extract(ArticleInput input) {
    int i = Integer.parseInt(input.origin().substring(3));
    try {
      Thread.sleep((20 - i % 20) / 4);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Extracted.failed(input, "id-" + i, input.problem());
  }

  @Test
  void handsOnEveryInputInInputOrderWhateverTheThreadCount() {
    for (int threads : new int[] {1, 3}) {
      List<String> ids = new ArrayList<>();
      try (ExtractionAhead ahead = ExtractionAhead.start(inputs(50), ExtractionAheadTest::extract, threads, 4)) {
        ahead.forEachRemaining(e -> ids.add(e.id()));
      }
      assertThat(ids).containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> "id-" + i).toList());
    }
  }

  @Test
  void holdsAtMostItsCapacityWhileNothingIsTaken() throws InterruptedException {
    AtomicInteger extracted = new AtomicInteger();
    try (ExtractionAhead ahead = ExtractionAhead.start(inputs(100), in -> {
      extracted.incrementAndGet();
      return extract(in);
    }, 1, 5)) {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (extracted.get() < 5 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(200);
      // the queue's five, and one waiting to be put
      assertThat(extracted.get()).isBetween(5, 6);
      assertThat(ahead.next().id()).isEqualTo("id-0");
    }
  }

  @Test
  void aFailureOfTheExtractionReachesTheReaderAfterWhatCameBefore() {
    try (ExtractionAhead ahead = ExtractionAhead.start(inputs(10), in -> {
      if (in.origin().equals("in-3")) {
        throw new IllegalStateException("models gone");
      }
      return extract(in);
    }, 1, 4)) {
      assertThat(ahead.next().id()).isEqualTo("id-0");
      assertThat(ahead.next().id()).isEqualTo("id-1");
      assertThat(ahead.next().id()).isEqualTo("id-2");
      assertThatThrownBy(ahead::hasNext).hasMessageContaining("models gone");
    }
  }

  @Test
  void closingStopsTheExtraction() {
    AtomicInteger extracted = new AtomicInteger();
    ExtractionAhead ahead = ExtractionAhead.start(inputs(1000), in -> {
      extracted.incrementAndGet();
      return extract(in);
    }, 2, 2);
    ahead.close();
    int after = extracted.get();
    assertThat(after).isLessThan(1000);
  }
}

package org.annals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.annals.store.AnnalsStore;
import org.annals.store.StoreLocation;
import org.annals.store.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void clonesAreDistinctArticlesAndTheRunMeasuresPutsAndTimelines() {
    StoreBenchmark bench = new StoreBenchmark(TestArticles.all(), null);
    Set<String> ids = new HashSet<>();
    for (int n = 0; n < 50; n++) {
      ids.add(bench.clone(n).links().articleId());
    }
    assertThat(ids).hasSize(50);

    Path db = dir.resolve("bench.db");
    StoreBenchmark.Result r = bench.run(StoreLocation.of(db), 120, 40, 1);
    assertThat(r.articles()).isEqualTo(120);
    assertThat(r.putsPerSecond()).isPositive();
    assertThat(r.p50Ms()).isLessThanOrEqualTo(r.p95Ms());
    assertThat(r.p95Ms()).isLessThanOrEqualTo(r.p99Ms());
    assertThat(r.p99Ms()).isLessThanOrEqualTo(r.maxMs());
    assertThat(r.meanEvents()).isPositive();
    assertThat(r.markdown()).contains("| 120 |");
    // the linkers were rebuilt by replay, saved, and restored from their snapshot
    assertThat(r.restart().snapshotBytes()).isPositive();
    assertThat(r.restart().usedBytes()).isLessThanOrEqualTo(r.fileBytes()).isGreaterThan(r.restart().textBytes());
    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      assertThat(store.articleCount()).isEqualTo(120);
      assertThat(store.integrityCheck()).isEqualTo("ok");
      assertThat(store.hasLinkerSnapshot()).isTrue();
      assertThat(store.backlogSize()).isZero();
    }
  }
}

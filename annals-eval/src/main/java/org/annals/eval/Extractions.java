package org.annals.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.model.Article;
import org.annals.model.Extraction;
import org.annals.pipeline.ArticlePipeline;

/** Runs the pipeline over many articles on two threads and returns the extractions in input order. */
final class Extractions {

  private Extractions() {}

  static List<Extraction> of(ArticlePipeline pipeline, List<Article> articles) throws IOException {
    int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Extraction>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> pipeline.extract(a)));
      }
      List<Extraction> out = new ArrayList<>();
      for (Future<Extraction> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("pipeline failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

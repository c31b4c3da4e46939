package org.annals.spark;

import org.annals.annotate.CoreNlpAnnotator;
import org.annals.pipeline.ArticlePipeline;

/**
 * One pipeline per JVM (an executor, or the driver): the models load once, on the first task
 * that extracts, and each task thread then takes CoreNLP objects of its own from the annotator's
 * pool, kept for the next task.
 */
final class ExecutorPipeline {

  private static volatile ArticlePipeline pipeline;

  private ExecutorPipeline() {}

  static ArticlePipeline get() {
    ArticlePipeline p = pipeline;
    if (p == null) {
      synchronized (ExecutorPipeline.class) {
        p = pipeline;
        if (p == null) {
          CoreNlpAnnotator.quietLogging();
          p = ArticlePipeline.standard();
          pipeline = p;
        }
      }
    }
    return p;
  }
}

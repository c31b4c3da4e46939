package org.annals.ingest;

/**
 * Why one input (a file, a JSON line) could not be read as an article. Checked, because the reader
 * always acts on it: it becomes an {@link ArticleInput} problem and reading goes on.
 */
final class InputProblem extends Exception {

  InputProblem(String message) {
    super(message, null, false, false);
  }
}

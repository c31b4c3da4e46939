package org.annals.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes input fixtures and reads them back through an {@link ArticleReader}. */
final class Inputs {

  private Inputs() {}

  static List<ArticleInput> readAll(InputFormat format, String... inputs) {
    return readAll(format, ArticleReader.DEFAULT_MAX_CHARS, new byte[0], inputs);
  }

  static List<ArticleInput> readAll(InputFormat format, int maxChars, byte[] stdin, String... inputs) {
    return readAll(format, maxChars, new ByteArrayInputStream(stdin), inputs);
  }

  static List<ArticleInput> readAll(InputFormat format, int maxChars, java.io.InputStream stdin, String... inputs) {
    List<ArticleInput> all = new ArrayList<>();
    try (ArticleReader reader = new ArticleReader(List.of(inputs), format, maxChars, stdin)) {
      reader.forEachRemaining(all::add);
    }
    return all;
  }

  static List<ArticleInput> readAll(Path... inputs) {
    return readAll(InputFormat.AUTO, paths(inputs));
  }

  static String[] paths(Path... inputs) {
    String[] names = new String[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      names[i] = inputs[i].toString();
    }
    return names;
  }

  static ArticleInput readOne(Path input) {
    List<ArticleInput> all = readAll(input);
    if (all.size() != 1) {
      throw new AssertionError("expected one input from " + input + ", got " + all);
    }
    return all.get(0);
  }

  static Path write(Path file, String content) {
    return write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package org.annals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

  @TempDir
  Path dir;

  @Test
  void aFolderUriIsListedInIngestsOrderWithIngestsIds() throws IOException {
    Path news = folder("news", "e.txt", "a.txt", "b/d.txt", "b/c.txt", ".hidden", "b/.draft.txt");

    List<SourceFile> byUri = InputListing.files(List.of(news.toUri().toString()), new Configuration());
    List<SourceFile> byPath = InputListing.files(List.of(news.toString()), new Configuration());

    assertThat(byUri).extracting(SourceFile::id).containsExactly("a.txt", "b/c.txt", "b/d.txt", "e.txt");
    assertThat(byPath).extracting(SourceFile::id).containsExactly("a.txt", "b/c.txt", "b/d.txt", "e.txt");
    assertThat(byUri).extracting(SourceFile::index).containsExactly(0, 1, 2, 3);
    assertThat(byUri.get(1).origin()).isEqualTo("file:" + news.resolve("b/c.txt"));
    assertThat(byPath.get(1).origin()).isEqualTo(news.resolve("b/c.txt").toString());
    assertThat(byUri).extracting(f -> f.uri().getPath())
        .isEqualTo(byPath.stream().map(f -> f.uri().getPath()).toList());
  }

  @Test
  void aMissingFileAndAnEmptyFolderAreProblemsInTheirPlace() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path one = folder("one", "x.jsonl").resolve("x.jsonl");
    String missing = dir.resolve("missing.txt").toUri().toString();

    List<SourceFile> files = InputListing.files(List.of(missing, empty.toUri().toString(), one.toString()),
        new Configuration());

    assertThat(files).extracting(SourceFile::problem)
        .containsExactly("no such file or directory", "empty folder: no files to read", null);
    assertThat(files.get(0).origin()).isEqualTo(missing);
    assertThat(files.get(2).id()).isEqualTo("x.jsonl");
  }

  @Test
  void standardInputAndWebUrlsAreRefused() {
    assertThatThrownBy(() -> InputListing.files(List.of("-"), new Configuration()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'annals ingest' reads those");
    assertThatThrownBy(() -> InputListing.files(List.of("http://example.org/feed"), new Configuration()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Path folder(String name, String... files) throws IOException {
    Path root = dir.resolve(name);
    for (String f : files) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Text of " + f);
    }
    return root;
  }
}

package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir
  Path dir;

  private static final String STORY = "date 2025-06-02\nDrones struck the port overnight, officials said.\n";

  @Test
  void foldersAreReadRecursivelyInNameOrderWithIdsRelativeToTheFolder() {
    Path news = dir.resolve("news");
    Inputs.write(news.resolve("b.txt"), "Second.");
    Inputs.write(news.resolve("a.txt"), "First.");
    Inputs.write(news.resolve("a/z.txt"), "Inside a.");
    Inputs.write(news.resolve("a-b/c.txt"), "Inside a-b.");
    Inputs.write(news.resolve("C.txt"), "Capital C sorts first.");
    Inputs.write(news.resolve(".hidden.txt"), "Hidden file.");
    Inputs.write(news.resolve(".git/config.txt"), "Hidden folder.");

    List<ArticleInput> inputs = Inputs.readAll(news);

    assertThat(inputs).extracting(input -> input.article().id())
        .containsExactly("C.txt", "a/z.txt", "a-b/c.txt", "a.txt", "b.txt");
    assertThat(inputs.get(1).origin()).isEqualTo(news.resolve("a/z.txt").toString());
    assertThat(inputs.get(1).article().text()).isEqualTo("Inside a.");
  }

  @Test
  void aSingleFileIsNamedByItsFileName() {
    Path file = Inputs.write(dir.resolve("deep/er/story.txt"), STORY);
    ArticleInput input = Inputs.readOne(file);

    assertThat(input.article().id()).isEqualTo("story.txt");
    assertThat(input.origin()).isEqualTo(file.toString());
    assertThat(input.article().date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void inputsAreReadInTheOrderGiven() {
    Path b = Inputs.write(dir.resolve("b.txt"), "B.");
    Path a = Inputs.write(dir.resolve("a.txt"), "A.");
    assertThat(Inputs.readAll(b, a)).extracting(input -> input.article().text()).containsExactly("B.", "A.");
  }

  @Test
  void everyKindOfBadInputIsAProblemAndTheRestOfTheBatchIsRead() {
    Path batch = dir.resolve("batch");
    Inputs.write(batch.resolve("01_good.txt"), STORY);
    Inputs.write(batch.resolve("02_empty.txt"), "");
    Inputs.write(batch.resolve("03_blank.txt"), " \n\t\n");
    Inputs.write(batch.resolve("04_binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x', 'y'});
    byte[] controls = new byte[200];
    Arrays.fill(controls, (byte) 'a');
    for (int i = 0; i < 200; i += 4) {
      controls[i] = 0x01;
    }
    Inputs.write(batch.resolve("05_controls.txt"), controls);
    Inputs.write(batch.resolve("06_latin1.txt"), new byte[] {'O', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '.'});
    Inputs.write(batch.resolve("07_huge.txt"), "news ".repeat(2_100_000));
    Inputs.write(batch.resolve("08_bad_date.txt"), "date 2025-02-30\nThe talks were held.");
    Inputs.write(batch.resolve("09_broken.html"), "<html><body><div><nav></nav></div>");
    Inputs.write(batch.resolve("10_feed.jsonl"), "{\"text\": \"From JSON.\"}\n{\"text\": oops}\n");
    Inputs.write(batch.resolve("11_utf16.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0});
    Inputs.write(batch.resolve("12_good.txt"), "The end of the batch.");

    List<ArticleInput> inputs = Inputs.readAll(batch);

    assertThat(inputs).extracting(ArticleInput::toString).hasSize(13);
    assertThat(inputs.get(0).ok()).isTrue();
    assertThat(inputs.get(1).problem()).isEqualTo("empty: no article text");
    assertThat(inputs.get(2).problem()).isEqualTo("only whitespace: no article text");
    assertThat(inputs.get(3).problem()).isEqualTo("binary file (NUL byte at byte 4), not text");
    assertThat(inputs.get(4).problem()).isEqualTo("binary file (50 control characters in the first 200 bytes), not text");
    assertThat(inputs.get(5).problem()).isEqualTo("invalid UTF-8 at byte 6 (line 2)");
    assertThat(inputs.get(6).problem()).isEqualTo(
        "article too long: 10500000 bytes (limit 3000003 bytes for articles of at most 1000000 characters)");
    assertThat(inputs.get(7).problem()).startsWith("invalid date '2025-02-30': February 2025 has only 28 days");
    assertThat(inputs.get(8).problem()).isEqualTo("no article text found in the HTML page");
    assertThat(inputs.get(9).article().text()).isEqualTo("From JSON.");
    assertThat(inputs.get(10).problem()).startsWith("malformed JSON");
    assertThat(inputs.get(10).origin()).isEqualTo(batch.resolve("10_feed.jsonl") + ":2");
    assertThat(inputs.get(11).problem()).isEqualTo("UTF-16 text is not supported: convert it to UTF-8");
    assertThat(inputs.get(12).article().text()).isEqualTo("The end of the batch.");
    for (int i : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 11}) {
      assertThat(inputs.get(i).origin()).startsWith(batch.toString()).doesNotEndWith(":1");
    }
  }

  @Test
  void anArticleJustOverTheCharacterLimitIsRejectedWithItsLength() {
    Path file = Inputs.write(dir.resolve("long.txt"), "x".repeat(1_000_001));
    assertThat(Inputs.readOne(file).problem()).isEqualTo("article too long: 1000001 characters (limit 1000000)");
  }

  @Test
  void missingPathsAreProblemsNotExceptions() {
    Path good = Inputs.write(dir.resolve("good.txt"), "Fine.");
    String missing = dir.resolve("missing.txt").toString();

    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, missing, good.toString());

    assertThat(inputs.get(0).origin()).isEqualTo(missing);
    assertThat(inputs.get(0).problem()).isEqualTo("no such file or directory");
    assertThat(inputs.get(1).ok()).isTrue();
  }

  @Test
  void aFolderWithoutFilesIsAProblem() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty/.hidden"));
    Inputs.write(empty.resolve("skipped.txt"), "Hidden.");

    ArticleInput input = Inputs.readOne(dir.resolve("empty"));
    assertThat(input.origin()).isEqualTo(dir.resolve("empty").toString());
    assertThat(input.problem()).isEqualTo("empty folder: no files to read");
  }

  @Test
  void unreadableFilesAreProblems() throws IOException {
    Path secret = Inputs.write(dir.resolve("secret.txt"), "Hidden.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeTrue(!Files.isReadable(secret), "the file stays readable (running as root)");

    assertThat(Inputs.readOne(secret).problem()).isEqualTo("cannot read: permission denied");
  }

  @Test
  void aByteOrderMarkIsStripped() {
    byte[] story = Inputs.utf8("\uFEFF" + STORY);
    ArticleInput input = Inputs.readOne(Inputs.write(dir.resolve("bom.txt"), story));

    assertThat(input.article().text()).isEqualTo("Drones struck the port overnight, officials said.\n");
    assertThat(input.article().dateSource()).isEqualTo(DateSource.HEADER);
    assertThat(input.article().textOffset()).isEqualTo(16);
  }

  @Test
  void filesWithoutAKnownExtensionAreRecognisedByContent() {
    Path folder = dir.resolve("mixed");
    Inputs.write(folder.resolve("feed"), "{\"text\": \"A JSON line.\"}\n");
    Inputs.write(folder.resolve("page.php"), "<!DOCTYPE html><html><body><article><p>Drones struck the port overnight,"
        + " officials in the region said on Monday, and the fire was put out by noon.</p></article></body></html>");
    Inputs.write(folder.resolve("story"), STORY);

    List<ArticleInput> inputs = Inputs.readAll(folder);

    assertThat(inputs).extracting(ArticleInput::origin).containsExactly(
        folder.resolve("feed") + ":1", folder.resolve("page.php").toString(), folder.resolve("story").toString());
    assertThat(inputs.get(0).article().id()).isEqualTo("feed:1");
    assertThat(inputs.get(1).article().text()).startsWith("Drones struck the port overnight");
    assertThat(inputs.get(2).article().date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void anExplicitFormatOverridesTheExtension() {
    Path file = Inputs.write(dir.resolve("notes.txt"), "{\"text\": \"Read as JSON.\"}\n");

    assertThat(Inputs.readAll(InputFormat.JSONL, file.toString()).get(0).article().text()).isEqualTo("Read as JSON.");
    assertThat(Inputs.readAll(InputFormat.AUTO, file.toString()).get(0).article().text())
        .isEqualTo("{\"text\": \"Read as JSON.\"}\n");
  }

  @Test
  void standardInputIsOneTextArticle() {
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, 1000, Inputs.utf8(STORY), "-");

    assertThat(inputs).hasSize(1);
    assertThat(inputs.get(0).origin()).isEqualTo("<stdin>");
    assertThat(inputs.get(0).article().id()).isEqualTo("stdin");
    assertThat(inputs.get(0).article().date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void standardInputIsRecognisedAsJsonLines() {
    byte[] feed = Inputs.utf8("{\"text\": \"One.\"}\n\n{\"text\": \"Two.\", \"id\": \"t\"}\n");
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, 1000, feed, "-");

    assertThat(inputs).extracting(ArticleInput::origin).containsExactly("<stdin>:1", "<stdin>:3");
    assertThat(inputs).extracting(input -> input.article().id()).containsExactly("stdin:1", "t");
  }

  @Test
  void standardInputIsReadOnceAndNeverClosed() {
    boolean[] closed = {false};
    ByteArrayInputStream stdin = new ByteArrayInputStream(Inputs.utf8("Once.")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    List<ArticleInput> inputs;
    try (ArticleReader reader = new ArticleReader(List.of("-", "-"), InputFormat.TEXT, 1000, stdin)) {
      inputs = List.of(reader.next(), reader.next());
      assertThat(reader.hasNext()).isFalse();
    }

    assertThat(inputs.get(0).article().text()).isEqualTo("Once.");
    assertThat(inputs.get(1).problem()).isEqualTo("standard input was already read");
    assertThat(closed[0]).isFalse();
  }

  @Test
  void tooMuchStandardInputIsRejectedWithoutReadingTheRest() {
    // standard input may never end: the reader stops one byte past the limit
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.TEXT, 100, endless, "-");
    assertThat(inputs.get(0).problem()).isEqualTo(
        "article too long: more than 303 bytes (limit 303 bytes for articles of at most 100 characters)");
  }

  @Test
  void iteratorContract() {
    Path file = Inputs.write(dir.resolve("one.txt"), "One.");
    try (ArticleReader reader = new ArticleReader(List.of(file.toString()), InputFormat.AUTO)) {
      assertThat(reader.hasNext()).isTrue();
      assertThat(reader.hasNext()).isTrue();
      reader.next();
      assertThat(reader.hasNext()).isFalse();
      assertThatThrownBy(reader::next).isInstanceOf(NoSuchElementException.class);
    }
  }

  @Test
  void closingStopsReadingMidFile() {
    Path feed = Inputs.write(dir.resolve("feed.jsonl"), "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    ArticleReader reader = new ArticleReader(List.of(feed.toString()), InputFormat.AUTO);
    assertThat(reader.next().article().text()).isEqualTo("a");
    reader.close();
    assertThat(reader.hasNext()).isFalse();
  }
}

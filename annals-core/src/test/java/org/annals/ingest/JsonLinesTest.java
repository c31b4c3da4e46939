package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesTest {

  @TempDir
  Path dir;

  private List<ArticleInput> read(String... lines) {
    Path file = Inputs.write(dir.resolve("feed.jsonl"), String.join("\n", lines) + "\n");
    return Inputs.readAll(file);
  }

  @Test
  void allFieldsAreRead() {
    List<ArticleInput> inputs = read("{\"id\": \"a1\", \"text\": \"Drones hit the port.\", \"date\": \"2025-06-02\","
        + " \"title\": \"Port attacked\", \"source\": \"Wire\", \"url\": \"https://example.org/a1\"}");

    assertThat(inputs).hasSize(1);
    ArticleInput input = inputs.get(0);
    assertThat(input.origin()).isEqualTo(dir.resolve("feed.jsonl") + ":1");
    assertThat(input.article()).isEqualTo(new Article("a1", "Drones hit the port.", LocalDate.of(2025, 6, 2),
        DateSource.INPUT, "Port attacked", "Wire", "https://example.org/a1", 0));
  }

  @Test
  void dateTimeGivesTheDateAsWrittenInItsOffset() {
    List<ArticleInput> inputs = read(
        "{\"text\": \"a\", \"date\": \"2025-06-02T10:00:00Z\"}",
        "{\"text\": \"b\", \"date\": \"2025-06-03T01:30:00+03:00\"}");

    assertThat(inputs).extracting(input -> input.article().date())
        .containsExactly(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3));
  }

  @Test
  void missingIdIsFileNameAndLineAndMissingDateIsNone() {
    List<ArticleInput> inputs = read("{\"id\": \"x\", \"text\": \"a\"}", "{\"text\": \"b\", \"id\": \"  \"}");

    assertThat(inputs).extracting(input -> input.article().id()).containsExactly("x", "feed.jsonl:2");
    assertThat(inputs.get(0).article().dateSource()).isEqualTo(DateSource.NONE);
  }

  @Test
  void numericIdsAreTakenAsWritten() {
    assertThat(read("{\"id\": 42, \"text\": \"a\"}").get(0).article().id()).isEqualTo("42");
  }

  @Test
  void blankLinesAreSkippedSilentlyAndLinesKeepTheirNumbers() {
    List<ArticleInput> inputs = read("", "{\"text\": \"a\"}", "   ", "", "{\"text\": \"b\"}");

    assertThat(inputs).extracting(ArticleInput::origin)
        .containsExactly(dir.resolve("feed.jsonl") + ":2", dir.resolve("feed.jsonl") + ":5");
    assertThat(inputs).allMatch(ArticleInput::ok);
  }

  @Test
  void eachBadLineIsAProblemAndTheNextLinesAreStillRead() {
    List<ArticleInput> inputs = read(
        "{\"text\": \"first\"}",
        "{\"text\": \"broken\",, }",
        "{\"title\": \"no text\"}",
        "{\"text\": 17}",
        "{\"text\": \"   \"}",
        "[\"an\", \"array\"]",
        "{\"text\": \"bad day\", \"date\": \"2025-13-01\"}",
        "{\"text\": \"bad day\", \"date\": \"2025-02-30\"}",
        "{\"text\": \"epoch\", \"date\": 1748822400}",
        "{\"text\": \"two\"} {\"text\": \"objects\"}",
        "{\"text\": \"last\"}");

    assertThat(inputs).hasSize(11);
    assertThat(inputs.get(0).article().text()).isEqualTo("first");
    assertThat(inputs.get(1).problem()).startsWith("malformed JSON at column ").contains("Unexpected character");
    assertThat(inputs.get(1).origin()).endsWith("feed.jsonl:2");
    assertThat(inputs.get(2).problem()).isEqualTo("no \"text\" field");
    assertThat(inputs.get(3).problem()).isEqualTo("\"text\" must be a string, not a number");
    assertThat(inputs.get(4).problem()).isEqualTo("\"text\" holds only whitespace");
    assertThat(inputs.get(5).problem()).startsWith("expected a JSON object");
    assertThat(inputs.get(6).problem()).isEqualTo("invalid date '2025-13-01': there is no month 13");
    assertThat(inputs.get(7).problem()).isEqualTo("invalid date '2025-02-30': February 2025 has only 28 days");
    assertThat(inputs.get(8).problem()).startsWith("\"date\" must be a string");
    assertThat(inputs.get(9).problem()).startsWith("malformed JSON");
    assertThat(inputs.get(10).article().text()).isEqualTo("last");
  }

  @Test
  void jacksonMessagesAreShortAndOnOneLine() {
    String problem = read("{\"text\": \"" + "x".repeat(500) + "\" \"id\": 1}").get(0).problem();

    assertThat(problem).startsWith("malformed JSON").doesNotContain("\n").doesNotContain("Source:");
    assertThat(problem.length()).isLessThan(220);
  }

  @Test
  void invalidUtf8OnOneLineSaysWhereAndTheNextLineIsRead() {
    byte[] good = Inputs.utf8("{\"text\": \"a\"}\n");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
    byte[] file = concat(good, bad, good);
    List<ArticleInput> inputs = Inputs.readAll(Inputs.write(dir.resolve("f.jsonl"), file));

    assertThat(inputs).hasSize(3);
    assertThat(inputs.get(1).problem()).isEqualTo("invalid UTF-8 at byte " + (good.length + 9) + " (line 2)");
    assertThat(inputs.get(2).ok()).isTrue();
  }

  @Test
  void bomAndCrlfAreFine() {
    byte[] file = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Inputs.utf8("{\"text\": \"a\", \"id\": \"first\"}\r\n{\"text\": \"b\"}\r\n"));
    List<ArticleInput> inputs = Inputs.readAll(Inputs.write(dir.resolve("f.jsonl"), file));

    assertThat(inputs).extracting(input -> input.article().text()).containsExactly("a", "b");
    assertThat(inputs.get(0).article().id()).isEqualTo("first");
  }

  @Test
  void articleOverTheLimitIsAProblemGivingItsSize() {
    Path file = Inputs.write(dir.resolve("f.jsonl"),
        "{\"text\": \"" + "x".repeat(150) + "\"}\n{\"text\": \"short\"}\n");
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, 100, new byte[0], file.toString());

    assertThat(inputs.get(0).problem()).isEqualTo("article too long: 150 characters (limit 100)");
    assertThat(inputs.get(1).article().text()).isEqualTo("short");
  }

  @Test
  void aHugeLineIsMeasuredNotHeld() {
    Path file = Inputs.write(dir.resolve("f.jsonl"),
        "{\"text\": \"" + "x".repeat(100_000) + "\"}\n{\"text\": \"short\"}\n");
    List<ArticleInput> inputs = Inputs.readAll(InputFormat.AUTO, 1000, new byte[0], file.toString());

    assertThat(inputs.get(0).problem()).startsWith("line too long: 100012 bytes");
    assertThat(inputs.get(1).article().text()).isEqualTo("short");
  }

  @Test
  void aJsonArrayOrPrettyPrintedJsonIsOneProblemForTheFile() {
    Path array = Inputs.write(dir.resolve("array.json"), "[\n{\"text\": \"a\"},\n{\"text\": \"b\"}\n]\n");
    Path pretty = Inputs.write(dir.resolve("pretty.json"), "{\n  \"text\": \"a\"\n}\n");

    List<ArticleInput> inputs = Inputs.readAll(array, pretty);

    assertThat(inputs).extracting(ArticleInput::origin).containsExactly(array.toString(), pretty.toString());
    assertThat(inputs.get(0).problem()).startsWith("a JSON array, not JSON Lines");
    assertThat(inputs.get(1).problem()).startsWith("pretty-printed JSON, not JSON Lines");
  }

  @Test
  void linesAreReadAsTheyAreAskedFor() {
    StringBuilder feed = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      feed.append("{\"id\": \"a").append(i).append("\", \"text\": \"").append("news ".repeat(40)).append("\"}\n");
    }
    byte[] bytes = Inputs.utf8(feed.toString());
    CountingStream stdin = new CountingStream(bytes);

    try (ArticleReader reader = new ArticleReader(List.of("-"), InputFormat.JSONL, 1000, stdin)) {
      assertThat(reader.next().article().id()).isEqualTo("a0");
      assertThat(stdin.consumed()).isLessThan(bytes.length / 4);
      int count = 1;
      while (reader.hasNext()) {
        reader.next();
        count++;
      }
      assertThat(count).isEqualTo(5000);
      assertThat(stdin.consumed()).isEqualTo(bytes.length);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }

  /** Standard input that tells how much of it has been read. */
  private static final class CountingStream extends ByteArrayInputStream {
    private final int total;

    CountingStream(byte[] bytes) {
      super(bytes);
      this.total = bytes.length;
    }

    int consumed() {
      return total - available();
    }
  }
}

package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class ExtractCommandTest {

  @TempDir
  Path dir;

  private record Run(int exit, String stderr, List<JsonNode> lines) {}

  private Run extract(String... args) throws Exception {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
    int exit;
    try {
      List<String> all = new ArrayList<>(List.of("extract", "--quiet", "--out", out.toString()));
      all.addAll(List.of(args));
      exit = AnnalsCommand.commandLine().execute(all.toArray(String[]::new));
    } finally {
      System.setErr(oldErr);
    }
    List<JsonNode> lines = new ArrayList<>();
    if (Files.exists(out)) {
      ObjectMapper json = new ObjectMapper();
      for (String l : Files.readAllLines(out)) {
        lines.add(json.readTree(l));
      }
    }
    return new Run(exit, err.toString(StandardCharsets.UTF_8), lines);
  }

  @Test
  void badInputsAreReportedByNameAndTheRestOfTheBatchIsExtracted() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a_good.txt"), "date 2025-06-02 Officials in Kyiv said on Sunday that "
        + "at least seven people were killed.");
    Files.writeString(in.resolve("b_empty.txt"), "");
    Files.writeString(in.resolve("c_baddate.txt"), "date 2025-02-30 Something happened.");
    Files.write(in.resolve("d_binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0});
    Files.writeString(in.resolve("e_lines.jsonl"), "{\"id\":\"j1\",\"text\":\"Paris is calm.\"}\n{broken\n"
        + "{\"id\":\"j3\",\"text\":\"Berlin is calm too.\",\"date\":\"2024-01-02\"}\n");

    Run run = extract("--in", in.toString(), "--threads", "2");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.lines()).extracting(j -> j.get("id").asText()).containsExactly("a_good.txt", "j1", "j3");
    assertThat(run.stderr()).contains("b_empty.txt").contains("c_baddate.txt").contains("2025-02-30")
        .contains("d_binary.txt").contains("e_lines.jsonl:2");
    JsonNode good = run.lines().get(0);
    assertThat(good.get("date").asText()).isEqualTo("2025-06-02");
    assertThat(good.get("date_source").asText()).isEqualTo("header");
    assertThat(good.get("text_offset").asInt()).isEqualTo(16);
  }

  @Test
  void anArticleTooSlowToExtractIsReportedAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("slow"));
    StringBuilder huge = new StringBuilder();
    for (int i = 0; huge.length() < 400_000; i++) {
      huge.append("Officials in Kyiv said on Sunday that ").append(i % 90 + 2)
          .append(" people were killed when drones struck a depot, the governor told Reuters. ");
    }
    Files.writeString(in.resolve("a_huge.txt"), huge);
    Files.writeString(in.resolve("b_small.txt"), "Envoys met in Sarnow on Tuesday to discuss prisoners.");

    long start = System.nanoTime();
    Run run = extract("--in", in.toString(), "--threads", "1", "--article-seconds", "2");

    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(30));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.stderr()).contains("a_huge.txt: extraction took longer than 2 s and was stopped");
    assertThat(run.lines()).extracting(j -> j.get("id").asText()).containsExactly("b_small.txt");
  }

  @Test
  void outputIsTheSameOnOneAndTwoThreads() throws Exception {
    Path examples = Path.of("..", "examples").toAbsolutePath().normalize();
    Run one = extract("--in", examples.resolve("articles").toString(), examples.resolve("articles.jsonl").toString(),
        "--threads", "1");
    Run two = extract("--in", examples.resolve("articles").toString(), examples.resolve("articles.jsonl").toString(),
        "--threads", "2");
    assertThat(one.exit()).isZero();
    assertThat(one.lines()).hasSize(8);
    assertThat(two.lines()).isEqualTo(one.lines());
    assertThat(one.lines()).allSatisfy(j -> assertThat(j.get("entities").size()).isPositive());
  }
}

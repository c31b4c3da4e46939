package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class EvalCommandTest {

  @TempDir
  Path dir;

  @Test
  void scoresADatasetGivenByLocationAndPrintsAMarkdownTable() throws Exception {
    Path conll = dir.resolve("mini.conll");
    Files.writeString(conll, String.join("\n",
        "-DOCSTART- -X- O O", "",
        "Angela NNP I-NP I-PER", "Merkel NNP I-NP I-PER", "visited VBD I-VP O", "Paris NNP I-NP I-LOC",
        "on IN I-PP O", "Monday NNP I-NP O", ". . O O", ""));
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = AnnalsCommand.commandLine().execute("eval", "--only", "conll", "--conll", conll.toString(), "--markdown");
    } finally {
      System.setOut(oldOut);
    }
    String table = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(table).contains("| dataset | metric | score | support |")
        .contains("NER entity F1 (exact span+type) | 1.0000 | 2 gold / 2 predicted");
  }

  @Test
  void aMissingDatasetIsReportedAndFailsWhenNothingWasScored() {
    int exit = AnnalsCommand.commandLine().execute("eval", "--only", "conll", "--conll",
        dir.resolve("absent.conll").toString());
    assertThat(exit).isEqualTo(1);
  }
}

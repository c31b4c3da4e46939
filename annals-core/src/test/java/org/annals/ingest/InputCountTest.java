package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCountTest {

  @TempDir
  Path dir;

  @Test
  void countsArticlesPerFormatWithoutReadingThem() {
    Inputs.write(dir.resolve("news/a.txt"), "One article.");
    Inputs.write(dir.resolve("news/b.jsonl"), "{\"text\":\"x\"}\n\n  \n{\"text\":\"y\"}\n{\"text\":\"z\"}");
    Inputs.write(dir.resolve("news/c.rss"), "<?xml version=\"1.0\"?><rss><channel><item><title>a</title></item>"
        + "<item >b</item><items>not one</items></channel></rss>");
    Path feed = Inputs.write(dir.resolve("d.atom"), "<feed><entry>a</entry></feed>");

    assertThat(InputCount.of(List.of(dir.resolve("news").toString(), feed.toString()), InputFormat.AUTO))
        .isEqualTo(1 + 3 + 2 + 1);
  }

  @Test
  void standardInputCannotBeCounted() {
    assertThat(InputCount.of(List.of("-"), InputFormat.JSONL)).isEqualTo(-1);
  }

  @Test
  void aMissingFileCountsAsTheOneProblemItWillBe() {
    assertThat(InputCount.of(List.of(dir.resolve("nothing.txt").toString()), InputFormat.AUTO)).isEqualTo(1);
  }
}

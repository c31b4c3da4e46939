package org.annals.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.RawTimex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's time values do not depend on what the annotator read before (CoreNLP#1061: SUTime's
 * tense rules tagged values its environment shares, so a future-tense "Tuesday" in one article
 * made a later article's untensed "Tuesday" resolve to the next one).
 */
@Tag("slow")
class SutimeHistoryTest {

  private static final String LATER = "Speaking on Tuesday before the Commons foreign affairs committee, Truss "
      + "said trade had become more geopolitical.";
  private static final LocalDate WEDNESDAY = LocalDate.of(2022, 6, 29);

  @Test
  void anArticlesTimesAreTheSameWhateverTheAnnotatorReadBefore() {
    CoreNlpAnnotator annotator = CoreNlpAnnotator.shared();
    List<String> fresh = values(annotator, LATER);
    for (String before : List.of("Ministers will meet again on Tuesday, officials said.",
        "The ministers met on Tuesday and will meet again next Tuesday.",
        "Talks are going to resume on Tuesday in Geneva.")) {
      values(annotator, before);
      assertThat(values(annotator, LATER)).as("after: " + before).isEqualTo(fresh);
    }
    assertThat(fresh).containsExactly("2022-06-28");
  }

  private static List<String> values(CoreNlpAnnotator annotator, String text) {
    return annotator.annotate(Article.of("a", text, WEDNESDAY)).timexes().stream().map(RawTimex::value).toList();
  }

  @Test
  void theRulesLoseOnlyTheFourTaggingRules() {
    String property = StatelessSutimeRules.property();
    assertThat(property.split(",")).hasSize(3);
    assertThat(property).startsWith(StatelessSutimeRules.DEFS).endsWith(StatelessSutimeRules.HOLIDAYS);
  }

  @Test
  void theRulesFileIsWrittenOnceAndReused(@TempDir Path dir) throws Exception {
    String first = StatelessSutimeRules.write("rules one", dir);
    assertThat(StatelessSutimeRules.write("rules one", dir)).isEqualTo(first);
    assertThat(Files.readString(Path.of(first))).isEqualTo("rules one");
    String other = StatelessSutimeRules.write("rules two", dir);
    assertThat(other).isNotEqualTo(first);
    Files.writeString(Path.of(first), "damaged");
    assertThat(StatelessSutimeRules.write("rules one", dir)).isEqualTo(first);
    assertThat(Files.readString(Path.of(first))).isEqualTo("rules one");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).hasSize(2).allMatch(n -> n.endsWith(".txt"));
    }
  }
}

package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineScorerTest {

  private static final String GOLD = String.join("\n", "Acme",
      "0\tXXXX-XX-XX\t1-5-said",
      "1\t2008\t1-3-founded",
      "2\t2010-06-07\t1-2-unveiled\t2-2-announced",
      "3\t2010-06-08\t1-7-sold", "");

  private static EntityTimeline timeline(String text, @TempDir Path dir) throws IOException {
    Path f = dir.resolve("t" + text.hashCode() + ".txt");
    Files.writeString(f, text);
    return EntityTimeline.read(f);
  }

  @Test
  void goldAgainstItselfScoresOne(@TempDir Path dir) throws IOException {
    EntityTimeline g = timeline(GOLD, dir);
    TimelineScorer.Result r = TimelineScorer.score(Map.of("Acme", g), Map.of("Acme", g));
    assertThat(r.f1()).isEqualTo(1.0);
    // classes {founded, 2008}, {unveiled, announced, 2010-06-07}, {sold, 2010-06-08}: 1 + 2 + 1 links,
    // and two BEFORE links between consecutive classes
    assertThat(r.pTotal()).isEqualTo(6);
    assertThat(timeline(g.format(), dir)).isEqualTo(g);
  }

  @Test
  void anEmptySystemHasNoRecall(@TempDir Path dir) throws IOException {
    EntityTimeline g = timeline(GOLD, dir);
    TimelineScorer.Result r = TimelineScorer.score(Map.of("Acme", g), Map.of());
    assertThat(r.recall()).isZero();
    assertThat(r.f1()).isZero();
  }

  @Test
  void closureVerifiesALinkTheOtherGraphOnlyImplies(@TempDir Path dir) throws IOException {
    EntityTimeline g = timeline(GOLD, dir);
    // founded BEFORE sold holds in the gold closure (through unveiled), though gold never says it.
    EntityTimeline s = new EntityTimeline("Acme", List.of(
        new EntityTimeline.Row(1, "XXXX-XX-XX", List.of("1-3-founded")),
        new EntityTimeline.Row(2, "XXXX-XX-XX", List.of("1-7-sold")),
        new EntityTimeline.Row(3, "XXXX-XX-XX", List.of("9-9-invented"))));
    TimelineScorer.Result r = TimelineScorer.score(Map.of("Acme", g), Map.of("Acme", s));
    assertThat(r.pVerified()).isEqualTo(1); // founded<sold yes, sold<invented unknown to gold
    assertThat(r.pTotal()).isEqualTo(2);
    assertThat(r.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(r.rVerified()).isZero(); // gold's links run through events the system lacks
  }
}

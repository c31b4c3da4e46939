package org.annals.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThroughputBenchmarkTest {

  private static JsonNode result(String system, int threads, double rate, long rss) throws Exception {
    return new ObjectMapper().readTree("{\"system\":\"" + system + "\",\"threads\":" + threads
        + ",\"articles_per_s\":" + rate + ",\"peak_rss_mb\":" + rss + ",\"per_article\":{\"tokens\":800,"
        + "\"entity_mentions\":60,\"times\":9,\"quotes\":5,\"attributed_quotes\":4,\"places\":3,\"figures\":6,"
        + "\"events\":7}}");
  }

  @Test
  void reportsEachConfigurationAndTheRatiosAtEqualThreadCounts() throws Exception {
    String report = ThroughputBenchmark.report(List.of(
        result("annals", 1, 4.0, 1500), result("diy", 1, 0.5, 5000),
        result("annals", 2, 7.0, 1600), result("diy", 2, 1.0, 5300)));
    assertThat(report).contains("| annals | 1 | 4.00 | 1500 |").contains("| diy | 2 | 1.00 | 5300 |");
    assertThat(report).contains("| 1 | 8.0x | 0.30x |").contains("| 2 | 7.0x | 0.30x |");
  }

  @Test
  void reportsWhereEachAnnalsConfigurationSpentItsTimePerArticleAndAsAShare() throws Exception {
    JsonNode one = new ObjectMapper().readTree("{\"system\":\"annals\",\"threads\":1,\"articles\":40,"
        + "\"stage_seconds\":{\"annotate: SUTime\":3.0,\"events\":1.0}}");
    String report = ThroughputBenchmark.stageReport(List.of(one, result("diy", 1, 0.5, 5000)));
    assertThat(report).contains("| stage | ms/article, 1 thread(s) | share |")
        .contains("| annotate: SUTime | 75.0 | 75.0% |").contains("| events | 25.0 | 25.0% |");
    assertThat(ThroughputBenchmark.stageReport(List.of(result("diy", 1, 0.5, 5000)))).isEmpty();
  }
}

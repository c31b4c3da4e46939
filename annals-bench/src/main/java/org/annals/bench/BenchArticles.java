package org.annals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.Article;

/** The articles a benchmark runs on: the first N of a JSON Lines file, in file order. */
final class BenchArticles {

  private BenchArticles() {}

  static List<Article> read(Path jsonl, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null && out.size() < n) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
          throw new IOException(jsonl + ":" + lineNo + ": no \"text\" field");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + lineNo;
        LocalDate date = null;
        if (node.hasNonNull("date")) {
          String d = node.get("date").asText();
          date = LocalDate.parse(d.substring(0, Math.min(10, d.length())));
        }
        out.add(Article.of(id, text.asText(), date));
      }
    }
    if (out.isEmpty()) {
      throw new IOException(jsonl + ": no articles");
    }
    return out;
  }
}

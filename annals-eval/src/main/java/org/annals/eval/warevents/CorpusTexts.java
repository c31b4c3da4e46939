package org.annals.eval.warevents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The corpus as score.py's {@code load_corpus} reads it: {id: text}, in file order. */
public final class CorpusTexts {

  private CorpusTexts() {}

  /** @param limit at most this many articles, the first in the file (0: all) */
  public static Map<String, String> read(Path corpus, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> texts = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      int lineNo = 0;
      int read = 0;
      while ((line = in.readLine()) != null && (limit <= 0 || read < limit)) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode r = json.readTree(line);
        JsonNode id = r.get("id");
        JsonNode text = r.get("text");
        if (id == null || !id.isTextual() || text == null || !text.isTextual()) {
          throw new IOException(corpus + ":" + lineNo + ": no id or text");
        }
        texts.put(id.asText(), text.asText());
        read++;
      }
    }
    return texts;
  }
}

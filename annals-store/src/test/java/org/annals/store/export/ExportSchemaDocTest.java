package org.annals.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** docs/export-schema.md documents exactly the columns the export writes. */
class ExportSchemaDocTest {

  @Test
  void everySubjectsTableMatchesItsColumns() throws Exception {
    List<String> doc = Files.readAllLines(Path.of("..", "docs", "export-schema.md"));
    assertThat(doc).anyMatch(l -> l.contains("Schema version: " + ExportSubject.SCHEMA_VERSION + "."));
    for (ExportSubject what : ExportSubject.values()) {
      String heading = "## " + what.name().toLowerCase(Locale.ROOT) + " ";
      int at = -1;
      for (int i = 0; i < doc.size(); i++) {
        if (doc.get(i).startsWith(heading)) {
          at = i;
        }
      }
      assertThat(at).as(heading).isNotNegative();
      List<String> documented = new ArrayList<>();
      for (int i = at + 1; i < doc.size() && !doc.get(i).startsWith("## "); i++) {
        String[] cells = doc.get(i).split("\\|");
        if (cells.length > 3 && !cells[1].isBlank() && !cells[1].strip().equals("column")
            && !cells[1].startsWith("---")) {
          documented.add(cells[1].strip() + ":" + cells[2].strip());
        }
      }
      assertThat(documented).as(what.name())
          .containsExactlyElementsOf(what.columns().stream().map(c -> c.name() + ":" + c.type()).toList());
    }
  }
}

package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class InputFormatTest {

  @ParameterizedTest
  @CsvSource({
      "a.jsonl, JSONL", "a.NDJSON, JSONL", "a.json, JSONL",
      "a.html, HTML", "a.HTM, HTML", "a.xhtml, HTML",
      "a.txt, TEXT", "a.text, TEXT", "dir.d/a.Txt, TEXT"})
  void extensionNamesTheFormat(String fileName, InputFormat expected) {
    assertThat(InputFormat.byFileName(fileName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"article", "notes.md", "report.2025", ".hidden", "page.php"})
  void otherNamesSayNothing(String fileName) {
    assertThat(InputFormat.byFileName(fileName)).isNull();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"text\": \"x\"}| JSONL",
      "  \n {\"text\": \"x\"}| JSONL",
      "\uFEFF{\"text\": \"x\"}| JSONL",
      "<!DOCTYPE html><html><body></body></html>| HTML",
      "<!doctype HTML>| HTML",
      "\n<html lang=\"en\">| HTML",
      "date 2025-06-02 Kyiv said...| TEXT",
      "<p>Not a page</p>| TEXT",
      "The minister said {sic}.| TEXT"})
  void contentDecidesWhenTheNameCannot(String start, InputFormat expected) {
    byte[] head = Inputs.utf8(start);
    assertThat(InputFormat.sniff(head, head.length)).isEqualTo(expected);
    assertThat(InputFormat.AUTO.resolve("article", head, head.length)).isEqualTo(expected);
  }

  @Test
  void extensionWinsOverContentAndAnExplicitFormatOverBoth() {
    byte[] json = Inputs.utf8("{\"text\": \"x\"}");
    assertThat(InputFormat.AUTO.resolve("a.txt", json, json.length)).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.HTML.resolve("a.jsonl", json, json.length)).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.AUTO.resolve(null, json, json.length)).isEqualTo(InputFormat.JSONL);
  }

  @Test
  void commandLineNames() {
    assertThat(InputFormat.fromName("jsonl")).isEqualTo(InputFormat.JSONL);
    assertThat(InputFormat.fromName(" HTML ")).isEqualTo(InputFormat.HTML);
    assertThat(InputFormat.fromName("text")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.fromName("auto")).isEqualTo(InputFormat.AUTO);
    assertThatThrownBy(() -> InputFormat.fromName("pdf")).hasMessageContaining("'pdf'");
  }
}

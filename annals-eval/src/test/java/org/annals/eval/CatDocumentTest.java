package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.annals.link.timeline.TimelineEntry;
import org.annals.link.timeline.TimelineMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatDocumentTest {

  private static final String CAT = """
      <?xml version="1.0" ?><Document doc_id="77" doc_name="77_Acme.txt">
      <token number="0" sentence="0" t_id="1">Acme</token>
      <token number="1" sentence="0" t_id="2">sues</token>
      <token number="2" sentence="1" t_id="3">May</token>
      <token number="3" sentence="1" t_id="4">8</token>
      <token number="4" sentence="1" t_id="5">,</token>
      <token number="5" sentence="1" t_id="6">2006</token>
      <token number="6" sentence="2" t_id="7">Acme</token>
      <token number="7" sentence="2" t_id="8">filed</token>
      <token number="8" sentence="2" t_id="9">suit</token>
      <Markables><EVENT_MENTION m_id="1"><token_anchor t_id="8"/></EVENT_MENTION></Markables>
      </Document>
      """;

  @Test
  void tokensBecomeTextWithOneSentencePerParagraphAndOffsetsNameTaskIds(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("77_Acme.xml");
    Files.writeString(f, CAT);
    CatDocument d = CatDocument.read(f);
    assertThat(d.docId()).isEqualTo("77");
    assertThat(d.text()).isEqualTo("Acme sues\n\nMay 8 , 2006\n\nAcme filed suit");
    assertThat(d.mentionId(d.text().indexOf("filed"))).isEqualTo("77-2-filed");
    assertThat(d.mentionId(d.text().indexOf("\n"))).isNull();
  }

  @Test
  void entriesBecomeRowsWithUndatedAtZeroAndOneOrdinalPerDate(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("77_Acme.xml");
    Files.writeString(f, CAT);
    CatDocument d = CatDocument.read(f);
    int filed = d.text().indexOf("filed");
    int sues = d.text().indexOf("sues");
    List<TimelineEntry> entries = List.of(
        new TimelineEntry(null, List.of(new TimelineMention("77", 0, sues, sues + 4, "sues", "sue"))),
        new TimelineEntry("2006-05-08", List.of(new TimelineMention("77", 2, filed, filed + 5, "filed", "file"))));
    EntityTimeline t = Timeline2015Eval.toTaskFormat("Acme", entries, Map.of("77", d));
    assertThat(t.format()).isEqualTo("Acme\n0\tXXXX-XX-XX\t77-0-sues\n1\t2006-05-08\t77-2-filed\n");
  }
}

package org.annals.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.annals.model.Entity;
import org.annals.model.EntityRef;
import org.annals.model.EntityType;
import org.annals.model.Extraction;
import org.annals.model.Figure;
import org.annals.model.FigureCategory;
import org.annals.model.FigureQualifier;
import org.annals.model.FigureRole;
import org.annals.model.Mention;
import org.annals.model.Quote;
import org.junit.jupiter.api.Test;

class ExtractionWriterTest {

  @Test
  void offsetsAreCodePointsAfterSupplementaryCharacters() throws Exception {
    String text = "\uD83D\uDE00 Kyiv said \"no\".";
    int kyiv = text.indexOf("Kyiv");
    int quote = text.indexOf('"');
    Article a = new Article("a1", text, LocalDate.of(2025, 6, 2), DateSource.HEADER, null, null, null, 16);
    Entity e = new Entity("e1", EntityType.LOCATION, "Kyiv", List.of(),
        List.of(new Mention(kyiv, kyiv + 4, "Kyiv")));
    Quote q = new Quote(quote, quote + 4, "\"no\"", true, new EntityRef("e1", kyiv, kyiv + 4, "Kyiv"), null);
    JsonNode json = new ObjectMapper().readTree(ExtractionWriter.toJsonLine(
        new Extraction(a, List.of(e), List.of(), List.of(), List.of(q), List.of(), List.of())));

    assertThat(kyiv).isEqualTo(3);
    JsonNode mention = json.at("/entities/0/mentions/0");
    assertThat(mention.get("start").asInt()).isEqualTo(2);
    assertThat(mention.get("end").asInt()).isEqualTo(6);
    assertThat(text.codePoints().skip(2).limit(4).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString()).isEqualTo("Kyiv");
    assertThat(json.at("/quotes/0/speaker/entity").asText()).isEqualTo("e1");
    assertThat(json.at("/quotes/0/cue").isNull()).isTrue();
    assertThat(json.get("date").asText()).isEqualTo("2025-06-02");
    assertThat(json.get("date_source").asText()).isEqualTo("header");
    assertThat(json.get("text_offset").asInt()).isEqualTo(16);
  }

  @Test
  void anUndatedArticleWritesNullDateAndSourceNone() throws Exception {
    Extraction x = new Extraction(Article.of("b", "Nothing happened.", null), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of());
    JsonNode json = new ObjectMapper().readTree(ExtractionWriter.toJsonLine(x));
    assertThat(json.get("date").isNull()).isTrue();
    assertThat(json.get("date_source").asText()).isEqualTo("none");
    assertThat(json.fieldNames()).toIterable().containsSubsequence("id", "date", "date_source", "entities", "times",
        "places", "quotes", "figures", "events");
  }

  @Test
  void figuresCarryRoleUnitAndAggregate() throws Exception {
    String text = "Valdor launched 40 drones and spent $2m, 900 in all.";
    Figure drones = new Figure(16, 18, "40", 40, FigureQualifier.EXACT, FigureCategory.DRONES, FigureRole.LAUNCHED,
        null, false);
    Figure money = new Figure(36, 39, "$2m", 2e6, FigureQualifier.EXACT, FigureCategory.MONEY, null, "USD", false);
    Figure total = new Figure(41, 44, "900", 900, FigureQualifier.EXACT, FigureCategory.OTHER);
    Extraction x = new Extraction(Article.of("f", text, null), List.of(), List.of(), List.of(), List.of(),
        List.of(drones, money, total), List.of());
    JsonNode figures = new ObjectMapper().readTree(ExtractionWriter.toJsonLine(x)).get("figures");
    assertThat(figures.get(0).fieldNames()).toIterable().containsExactly("start", "end", "text", "value",
        "qualifier", "category", "role", "unit", "aggregate");
    assertThat(figures.get(0).get("role").asText()).isEqualTo("launched");
    assertThat(figures.get(0).get("unit").isNull()).isTrue();
    assertThat(figures.get(1).get("unit").asText()).isEqualTo("USD");
    assertThat(figures.get(1).get("role").isNull()).isTrue();
    assertThat(figures.get(2).get("aggregate").asBoolean()).isFalse();
  }
}

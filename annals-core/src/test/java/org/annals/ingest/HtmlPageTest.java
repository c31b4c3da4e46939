package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPageTest {

  @TempDir
  Path dir;

  private static final String BODY = """
      <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
      <article>
        <h1>Convoy reaches the valley</h1>
        <p>An aid convoy of twelve trucks reached the valley on Thursday after a week of delays at the
           checkpoint, the relief agency said in a statement.</p>
        <p>The trucks carried flour, medicine and fuel for the two hospitals that are still working in
           the valley, where aid workers say about 40,000 people are cut off.</p>
        <p>"We need this every week, not once a month," a doctor at the district hospital said.</p>
      </article>
      <footer>All rights reserved.</footer>
      """;

  private Article readPage(String head, String body) {
    Path page = Inputs.write(dir.resolve("page.html"),
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>");
    ArticleInput input = Inputs.readOne(page);
    assertThat(input.problem()).isNull();
    return input.article();
  }

  private String problemOf(String html) {
    return Inputs.readOne(Inputs.write(dir.resolve("page.html"), html)).problem();
  }

  @Test
  void boilerplateIsRemovedAndParagraphsAreSeparatedByBlankLines() throws IOException {
    Path page = dir.resolve("river.html");
    try (InputStream fixture = getClass().getResourceAsStream("/ingest/news-page.html")) {
      Inputs.write(page, fixture.readAllBytes());
    }

    ArticleInput input = Inputs.readOne(page);
    Article article = input.article();

    assertThat(input.origin()).isEqualTo(page.toString());
    assertThat(article.id()).isEqualTo("river.html");
    assertThat(article.title()).isEqualTo("Ceasefire monitors report quiet night on the river line");
    assertThat(article.source()).isEqualTo("Harbour Courier");
    assertThat(article.url()).isEqualTo("https://courier.example.net/world/river-line-quiet");
    assertThat(article.date()).isEqualTo(LocalDate.of(2024, 11, 5));
    assertThat(article.dateSource()).isEqualTo(DateSource.INPUT);
    assertThat(article.text())
        .startsWith("International monitors reported no shelling along the river line overnight, the first quiet"
            + " night since the ceasefire took effect on Friday, the monitoring mission said on Tuesday.\n\n"
            + "\"We recorded no explosions")
        .contains("most of them in the northern sector.\n\nResidents of the riverside town")
        .endsWith("on each side of the river, diplomats said.")
        .doesNotContain("Most read", "Storm closes harbour", "Copyright", "Log in", "Weather", "tracking", "color:")
        .doesNotContain("\n\n\n", "  ");
  }

  @Test
  void titleFallsBackToTheTitleElementWithoutTheSiteNameThenToTheHeadline() {
    assertThat(readPage("<title>Convoy reaches the valley | Valley News</title>"
        + "<meta property=\"og:site_name\" content=\"Valley News\">", BODY).title())
        .isEqualTo("Convoy reaches the valley");
    assertThat(readPage("<title>Convoy reaches the valley | Valley News</title>", BODY).title())
        .isEqualTo("Convoy reaches the valley | Valley News");
    assertThat(readPage("", BODY).title()).isEqualTo("Convoy reaches the valley");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<meta property=\"article:published_time\" content=\"2025-06-02T09:00:00+03:00\">",
      "<meta property=\"og:published_time\" content=\"2025-06-02\">",
      "<meta name=\"date\" content=\"2025-06-02\">",
      "<meta name=\"pubdate\" content=\"2025-06-02T09:00:00Z\">",
      "<meta name=\"publishdate\" content=\"2025-06-02\">",
      "<meta name=\"dc.date\" content=\"2025-06-02\">",
      "<meta name=\"DC.date.issued\" content=\"2025-06-02\">",
      "<meta itemprop=\"datePublished\" content=\"2025-06-02\">",
      "<meta name=\"date\" content=\"Mon, 02 Jun 2025 09:00:00 GMT\">",
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-02T09:00:00Z\"}</script>",
      "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"},"
          + " {\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-02\"}]}</script>"})
  void publicationDateComesFromPageMetadata(String head) {
    Article article = readPage(head, BODY);

    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(article.dateSource()).isEqualTo(DateSource.INPUT);
  }

  @Test
  void publicationDateFromATimeElementInTheArticle() {
    String body = BODY.replace("<h1>Convoy reaches the valley</h1>",
        "<h1>Convoy reaches the valley</h1><time datetime=\"2025-06-02T18:00\">Monday evening</time>");
    assertThat(readPage("", body).date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void aTimeElementOutsideTheArticleIsNoPublicationDate() {
    String body = "<div class=\"clock\"><time datetime=\"2030-01-01\">now</time></div>" + BODY;
    Article article = readPage("", body);

    assertThat(article.date()).isNull();
    assertThat(article.dateSource()).isEqualTo(DateSource.NONE);
  }

  @Test
  void theArticlesOwnMetadataIsPreferredToJsonLd() {
    Article article = readPage("<script type=\"application/ld+json\">{\"datePublished\": \"2025-05-30\"}</script>"
        + "<meta property=\"article:published_time\" content=\"2025-06-02\">", BODY);
    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void brokenJsonLdIsPassedOver() {
    Article article = readPage("<script type=\"application/ld+json\">{\"datePublished\": </script>"
        + "<meta name=\"date\" content=\"2025-06-02\">", BODY);
    assertThat(article.date()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void anImpossibleMetadataDateIsAProblem() {
    String problem = problemOf("<html><head><meta property=\"article:published_time\" content=\"2025-02-30T10:00:00Z\">"
        + "</head><body>" + BODY + "</body></html>");
    assertThat(problem).isEqualTo(
        "invalid date '2025-02-30T10:00:00Z': February 2025 has only 28 days (in meta article:published_time)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<html><head><title>Nothing here</title></head><body></body></html>",
      "<html><body><nav><a href=\"/\"></a></nav><div><div></div></div>",
      "<<<>>><</ >"})
  void pagesWithoutArticleTextAreProblems(String html) {
    assertThat(problemOf(html)).isEqualTo("no article text found in the HTML page");
  }

  @Test
  void aPageNestedTooDeeplyIsAProblemAndANormallyDeepOneIsRead() {
    String paragraph = "<p>Deep in the page, the minister said on Monday that talks would go on.</p>";
    String deep = "<div>".repeat(20_000) + paragraph + "</div>".repeat(20_000);
    String fine = "<div>".repeat(400) + paragraph + "</div>".repeat(400);

    assertThat(problemOf("<html><body>" + deep + "</body></html>"))
        .matches("HTML nested too deeply: \\d+ levels \\(limit 500\\)");
    assertThat(problemOf("<html><body>" + fine + "</body></html>")).isNull();
  }

  @Test
  void aDeclaredLegacyCharsetIsHonoured() {
    String html = "<html><head><meta charset=\"windows-1252\"><title>Café talks</title></head><body>"
        + BODY.replace("a week of delays", "a week of délais") + "</body></html>";
    Path page = Inputs.write(dir.resolve("legacy.htm"), html.getBytes(Charset.forName("windows-1252")));

    Article article = Inputs.readOne(page).article();
    assertThat(article.title()).isEqualTo("Café talks");
    assertThat(article.text()).contains("a week of délais");
  }

  @Test
  void invalidUtf8InAUtf8PageIsAProblem() {
    byte[] html = Inputs.utf8("<html><head><meta charset=\"utf-8\"></head><body><p>caf\u00e9</p></body></html>");
    int at = new String(html, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("caf") + 3;
    html[at] = (byte) 0xE9;
    html[at + 1] = (byte) '<';
    assertThat(Inputs.readOne(Inputs.write(dir.resolve("bad.html"), html)).problem())
        .isEqualTo("invalid UTF-8 at byte " + at + " (line 1)");
  }

  @Test
  void articleTextOverTheLimitIsAProblem() {
    Path page = Inputs.write(dir.resolve("page.html"), "<html><body>" + BODY + "</body></html>");
    assertThat(Inputs.readAll(InputFormat.AUTO, 100, new byte[0], page.toString()).get(0).problem())
        .matches("article too long: \\d+ characters \\(limit 100\\)");
  }
}

package org.annals.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: title, publication date, publisher and
 * canonical URL. Read from the whole page before the boilerplate is removed, since the metadata
 * lives in the boilerplate.
 *
 * @param title the headline, or null
 * @param date the publication date, or null
 * @param source the site's name, or null
 * @param url the canonical URL, or null
 */
record HtmlMetadata(String title, LocalDate date, String source, String url) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where pages put their publication date, most specific first. jsoup compares attribute values
   * ignoring case, so {@code dc.date} also finds {@code DC.date}.
   */
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time], meta[name=article:published_time]",
      "meta[property=og:published_time], meta[name=og:published_time]",
      "meta[name=date], meta[name=pubdate], meta[name=publishdate], meta[name=publish-date],"
          + " meta[name=publish_date], meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.issued],"
          + " meta[name=dcterms.date]");

  /**
   * Reads the metadata of a page.
   *
   * @throws InputProblem when the page's publication date names a day that does not exist
   */
  static HtmlMetadata of(Document page) throws InputProblem {
    String source = firstContent(page, "meta[property=og:site_name], meta[name=og:site_name]");
    return new HtmlMetadata(title(page, source), date(page), source, url(page));
  }

  private static String title(Document page, String siteName) {
    String og = firstContent(page, "meta[property=og:title], meta[name=og:title]");
    if (og != null) {
      return og;
    }
    String title = page.title().strip();
    if (!title.isEmpty()) {
      return withoutSiteName(title, siteName);
    }
    Element h1 = page.selectFirst("h1");
    return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
  }

  /** "Talks resume in Vienna | The Daily Ledger" names the site after the headline. */
  private static String withoutSiteName(String title, String siteName) {
    if (siteName == null) {
      return title;
    }
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      String suffix = separator + siteName;
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static String url(Document page) {
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    if (canonical != null && !canonical.attr("href").isBlank()) {
      return canonical.attr("href").strip();
    }
    return firstContent(page, "meta[property=og:url], meta[name=og:url]");
  }

  /** The first publication date any of the page's date fields gives, in the order of preference. */
  private static LocalDate date(Document page) throws InputProblem {
    for (DateField field : dateFields(page)) {
      try {
        LocalDate date = PublicationDate.parseWebDate(field.value());
        if (date != null) {
          return date;
        }
      } catch (InputProblem e) {
        throw new InputProblem(e.getMessage() + " (in " + field.where() + ")");
      }
    }
    return null;
  }

  private record DateField(String value, String where) {}

  private static List<DateField> dateFields(Document page) {
    List<DateField> fields = new ArrayList<>();
    for (String query : DATE_META) {
      for (Element meta : page.select(query)) {
        String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
        fields.add(new DateField(meta.attr("content"), "meta " + name));
      }
    }
    for (Element item : page.select("[itemprop=datePublished]")) {
      String value = item.hasAttr("content") ? item.attr("content")
          : item.hasAttr("datetime") ? item.attr("datetime") : item.text();
      fields.add(new DateField(value, "itemprop datePublished"));
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      String value = jsonLdDatePublished(script.data());
      if (value != null) {
        fields.add(new DateField(value, "JSON-LD datePublished"));
      }
    }
    for (Element time : page.select("article time[datetime], time[pubdate][datetime]")) {
      fields.add(new DateField(time.attr("datetime"), "<time datetime> in the article"));
    }
    fields.removeIf(field -> field.value().isBlank());
    return fields;
  }

  /** The first {@code datePublished} in a JSON-LD block, searched depth first; null if none or unreadable. */
  private static String jsonLdDatePublished(String json) {
    try {
      return findDatePublished(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      // pages ship broken JSON-LD often enough; the other date fields remain
      return null;
    }
  }

  private static String findDatePublished(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isObject()) {
      JsonNode date = node.get("datePublished");
      if (date != null && date.isTextual()) {
        return date.textValue();
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        String found = findDatePublished(child);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String firstContent(Document page, String query) {
    for (Element meta : page.select(query)) {
      String content = meta.attr("content").strip();
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }
}

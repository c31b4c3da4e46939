package org.annals.ingest;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * A news article read from an HTML page: the page's metadata gives title, date, publisher and URL;
 * Readability (a port of Firefox's reader view) finds the article among the boilerplate; its
 * paragraphs become the text.
 */
final class HtmlPage {

  /** A charset declared in the page's first bytes: {@code <meta charset=...>} or http-equiv. */
  private static final Pattern DECLARED_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final int CHARSET_SCAN_BYTES = 4096;

  /** Deeper pages are refused: Readability recurses per level, and real pages stay far below this. */
  static final int MAX_DEPTH = 500;

  private HtmlPage() {}

  static Article parse(String id, byte[] bytes, int length, SizeLimit limit) throws InputProblem {
    String html = decode(bytes, length);
    if (html.isBlank()) {
      throw new InputProblem(html.isEmpty() ? "empty: no HTML page" : "only whitespace: no HTML page");
    }
    Document page = Jsoup.parse(html);
    checkDepth(page);
    HtmlMetadata metadata = HtmlMetadata.of(page);
    String text = articleText(page, metadata.url());
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new InputProblem("no article text found in the HTML page");
    }
    limit.checkText(text);
    return new Article(id, text, metadata.date(), metadata.date() == null ? DateSource.NONE : DateSource.INPUT,
        metadata.title(), metadata.source(), metadata.url(), 0);
  }

  private static String articleText(Document page, String url) throws InputProblem {
    Element content;
    try {
      // Readability rewrites the page it is given; the metadata has already been read from it
      content = new Readability4J(url == null ? "" : url, page).parse().getArticleContent();
    } catch (RuntimeException | StackOverflowError e) {
      throw new InputProblem("the HTML page could not be read as an article: " + e);
    }
    return content == null ? "" : ArticleParagraphs.of(content);
  }

  private static void checkDepth(Document page) throws InputProblem {
    int[] deepest = {0};
    // jsoup walks the tree without recursion, so this is safe on any page
    NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
    if (deepest[0] > MAX_DEPTH) {
      throw new InputProblem("HTML nested too deeply: " + deepest[0] + " levels (limit " + MAX_DEPTH + ")");
    }
  }

  /**
   * The page as text: in the charset its markup declares, else strictly as UTF-8. A declared
   * legacy charset (windows-1252, KOI8-R...) is honoured because old news archives use them.
   */
  static String decode(byte[] bytes, int length) throws InputProblem {
    Charset declared = Utf8Text.startsWithBom(bytes, length) ? null : declaredCharset(bytes, length);
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return Utf8Text.decode(bytes, length);
    }
    try {
      return declared.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InputProblem("not valid " + declared.name() + " text, although the page declares that charset");
    }
  }

  private static Charset declaredCharset(byte[] bytes, int length) {
    String head = new String(bytes, 0, Math.min(length, CHARSET_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    try {
      // browsers read pages labelled latin-1 as windows-1252, and so do their authors
      return Charset.forName(name.equals("iso-8859-1") || name.equals("latin1") ? "windows-1252" : name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}

package org.annals.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an article's HTML content as plain text: one paragraph per block (p, heading, list item,
 * quote...), paragraphs joined by a blank line, so that sentence splitting never runs two
 * paragraphs together. Whitespace inside a paragraph is collapsed as a browser would.
 */
final class ArticleParagraphs {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
      "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "caption", "hr", "br",
      "address", "details", "summary");

  /** Never article text, wherever Readability leaves them. */
  private static final Set<String> HIDDEN = Set.of("head", "title", "script", "style", "noscript", "template");

  private ArticleParagraphs() {}

  static String of(Element content) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          current.append(text.getWholeText());
        } else if (node instanceof Element element && HIDDEN.contains(element.normalName())) {
          return FilterResult.SKIP_ENTIRELY;
        } else if (isBlock(node)) {
          flush(current, paragraphs);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (isBlock(node)) {
          flush(current, paragraphs);
        }
        return FilterResult.CONTINUE;
      }
    }, content);
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static boolean isBlock(Node node) {
    return node instanceof Element element && BLOCKS.contains(element.normalName());
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}

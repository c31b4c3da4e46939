package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.annals.model.Article;
import org.annals.model.DateSource;
import org.jsoup.Jsoup;

/**
 * The items of one RSS or Atom feed (any version ROME reads), each an article: its text is the
 * item's full content where the feed carries it, else its description, with the markup removed;
 * its date is the item's publication (else update) date in UTC. Links are not followed.
 */
final class FeedFile implements Iterator<ArticleInput> {

  private final String origin;
  private final SizeLimit limit;
  private final List<SyndEntry> entries;
  private final String feedTitle;
  private int index;

  private FeedFile(String origin, SizeLimit limit, SyndFeed feed) {
    this.origin = origin;
    this.limit = limit;
    this.entries = feed.getEntries();
    this.feedTitle = feed.getTitle();
  }

  /** Reads the whole feed; a feed that is not well-formed RSS or Atom is one problem. */
  static FeedFile read(String origin, InputStream in, SizeLimit limit) throws IOException, InputProblem {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    try {
      SyndFeed feed = input.build(new XmlReader(new BoundedStream(in, SizeLimit.MAX_FEED_BYTES, "feed")));
      if (feed.getEntries().isEmpty()) {
        throw new InputProblem("feed has no items");
      }
      return new FeedFile(origin, limit, feed);
    } catch (FeedException | IllegalArgumentException | IOException e) {
      BoundedStream.TooMuch bound = BoundedStream.in(e);
      if (bound != null) {
        throw new InputProblem(bound.getMessage() + " (a feed is read whole; split it)");
      }
      if (e instanceof IOException io) {
        throw io;
      }
      throw new InputProblem("not a readable RSS or Atom feed: " + e.getMessage());
    }
  }

  @Override
  public boolean hasNext() {
    return index < entries.size();
  }

  @Override
  public ArticleInput next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SyndEntry entry = entries.get(index++);
    String itemOrigin = origin + " item " + index;
    try {
      return ArticleInput.read(itemOrigin, article(entry));
    } catch (InputProblem e) {
      return ArticleInput.failed(itemOrigin, e.getMessage());
    }
  }

  private Article article(SyndEntry entry) throws InputProblem {
    String text = plainText(body(entry));
    String title = entry.getTitle() == null ? null : plainText(entry.getTitle()).strip();
    if (text.isBlank()) {
      throw new InputProblem("item has no text (no content and no description)");
    }
    limit.checkText(text);
    String id = firstNonBlank(entry.getUri(), entry.getLink(), origin + "#" + index);
    Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate date = published == null ? null : published.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    return new Article(id, text, date, date == null ? DateSource.NONE : DateSource.INPUT,
        title == null || title.isEmpty() ? null : title, feedTitle, entry.getLink(), 0);
  }

  /** The longest of the item's contents and its description: feeds put the full text in either. */
  private static String body(SyndEntry entry) {
    String best = entry.getDescription() == null ? "" : nullToEmpty(entry.getDescription().getValue());
    for (SyndContent content : entry.getContents()) {
      String value = nullToEmpty(content.getValue());
      if (value.length() > best.length()) {
        best = value;
      }
    }
    return best;
  }

  private static String plainText(String markup) {
    if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
      return markup.strip();
    }
    return ArticleParagraphs.of(Jsoup.parseBodyFragment(markup).body()).strip();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    throw new IllegalStateException("the last value is never blank");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

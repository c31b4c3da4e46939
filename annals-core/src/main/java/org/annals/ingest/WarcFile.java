package org.annals.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The HTML pages of one WARC archive (plain or gzipped, as Common Crawl News ships them), read
 * record by record: each successful HTML response is an article, read like an HTML file and named
 * by its target URI. Other records (requests, metadata, images, redirects) are not articles and
 * are passed over. A record that cannot be parsed ends the archive with a problem naming its
 * offset, since the records after it cannot be found reliably.
 */
final class WarcFile extends ReadAhead implements Closeable {

  private final String origin;
  private final SizeLimit limit;
  private final WarcReader reader;

  WarcFile(String origin, InputStream in, SizeLimit limit) throws IOException {
    this.origin = origin;
    this.limit = limit;
    this.reader = new WarcReader(in);
  }



  @Override
  ArticleInput readNext() {
    while (true) {
      long offset = reader.position();
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        stopReading();
        return ArticleInput.failed(origin + " at byte " + offset, "broken WARC record: " + ReadError.describe(e));
      }
      if (record.isEmpty()) {
        return null;
      }
      if (!(record.get() instanceof WarcResponse response)) {
        continue;
      }
      String recordOrigin = origin + " at byte " + offset;
      try {
        if (!response.contentType().base().equals(MediaType.HTTP)) {
          continue;
        }
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
          continue;
        }
        String id = response.target();
        byte[] page = http.body().stream().readNBytes((int) limit.maxFileBytes(InputFormat.HTML) + 1);
        if (page.length > limit.maxFileBytes(InputFormat.HTML)) {
          throw limit.fileTooLarge(page.length, InputFormat.HTML);
        }
        return ArticleInput.read(recordOrigin + " (" + id + ")", HtmlPage.parse(id, page, page.length, limit));
      } catch (InputProblem e) {
        return ArticleInput.failed(recordOrigin, e.getMessage());
      } catch (IOException | RuntimeException e) {
        return ArticleInput.failed(recordOrigin, "unreadable WARC response: " + ReadError.describe(e));
      }
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString();
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  @Override
  public void close() throws IOException {
    stopReading();
    reader.close();
  }
}

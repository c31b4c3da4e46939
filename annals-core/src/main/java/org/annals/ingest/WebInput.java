package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches a feed or page that the command line names by URL: the input itself, never a model. */
final class WebInput {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  /** The whole download, headers and body, of one URL. */
  static final Duration TOTAL = Duration.ofSeconds(120);
  private static final java.util.concurrent.ScheduledExecutorService TIMER =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "annals-download-deadline");
        t.setDaemon(true);
        return t;
      });
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(TIMEOUT)
      .build();

  private WebInput() {}

  /** The body of a URL: at most {@code maxBytes}, all of it within {@link #TOTAL}. */
  static InputStream fetch(URI url, long maxBytes) throws IOException, InputProblem {
    return fetch(url, maxBytes, TOTAL);
  }

  static InputStream fetch(URI url, long maxBytes, Duration total) throws IOException, InputProblem {
    long deadline = System.nanoTime() + total.toNanos();
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT.compareTo(total) < 0 ? TIMEOUT : total)
        .header("User-Agent", "Annals (+https://github.com/annals)")
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5")
        .GET().build();
    HttpResponse<InputStream> response;
    try {
      response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputProblem("fetch interrupted");
    } catch (IOException e) {
      throw new InputProblem("cannot fetch: " + ReadError.describe(e));
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new InputProblem("cannot fetch: HTTP " + response.statusCode());
    }
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      response.body().close();
      throw new InputProblem("download larger than " + maxBytes + " bytes (the server says " + declared + ")");
    }
    BoundedStream body = new BoundedStream(response.body(), maxBytes, "download", deadline,
        "took longer than " + total.toSeconds() + " s");
    // a server that sends a byte now and then holds a read forever: the timer cuts it off
    var cut = TIMER.schedule(() -> {
      body.expire();
      try {
        response.body().close();
      } catch (IOException ignored) {
        // closing is all that is wanted
      }
    }, Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
    return new java.io.FilterInputStream(body) {
      @Override
      public void close() throws IOException {
        cut.cancel(false);
        super.close();
      }
    };
  }
}

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
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL)
      .connectTimeout(TIMEOUT)
      .build();

  private WebInput() {}

  static InputStream fetch(URI url) throws IOException, InputProblem {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
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
    return response.body();
  }
}

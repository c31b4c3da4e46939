package org.annals.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.annals.pipeline.ArticlePipeline;
import org.annals.server.AnnalsServer;
import org.annals.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals serve}: the record over HTTP until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {"Serves a store over HTTP: a JSON API (described at /openapi.json) for search, events, "
        + "entities, stories, timelines, quotes and articles, and, with --token-file, extraction and ingest.",
        "The store is opened read-only for queries; the models load on the first request that extracts. "
        + "Binds to loopback unless --host says otherwise. Stop with Ctrl-C."},
    footer = {"", "Examples:", "  annals serve --db annals.db",
        "  curl 'http://127.0.0.1:8080/api/events?type=ASSAULT&limit=5'",
        "  annals serve --db annals.db --port 9000 --token-file token.txt",
        "  curl -H \"Authorization: Bearer $(cat token.txt)\" --data-binary @article.json "
            + "http://127.0.0.1:9000/api/extract"})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", defaultValue = DbOption.DEFAULT, paramLabel = "STORE",
      description = "The store to serve. " + DbOption.WHAT + " Default: $ANNALS_DB, else annals.db (now "
          + "${DEFAULT-VALUE}).")
  StoreLocation db;

  @Option(names = "--host", defaultValue = AnnalsServer.Options.LOOPBACK, paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "A file holding the secret that POST /api/extract and /api/ingest must carry "
          + "(Authorization: Bearer TOKEN); without it every write is refused.")
  Path tokenFile;

  @Option(names = "--max-body", defaultValue = "8388608", paramLabel = "BYTES",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Override
  public Integer call() throws Exception {
    String token = null;
    if (tokenFile != null) {
      if (!Files.isReadable(tokenFile)) {
        System.err.println("annals serve: " + tokenFile + ": token file not readable");
        return ExitCode.USAGE;
      }
      token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.length() < 16) {
        System.err.println("annals serve: " + tokenFile + ": the token must be at least 16 characters");
        return ExitCode.USAGE;
      }
    }
    try (AnnalsServer server = AnnalsServer.start(db, new AnnalsServer.Options(host, port, token, maxBody),
        ArticlePipeline::standard)) {
      System.err.println("annals serve: " + db + " on http://" + host + ":" + server.port() + "/ (API description at /openapi.json"
          + (token == null ? "; writes disabled" : "") + ")");
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}

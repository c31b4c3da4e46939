package org.annals.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.annals.model.Article;

/**
 * Reads the articles that command-line inputs name, one at a time: files, folders (read
 * recursively, in name order), http(s) URLs (a feed or a page) and {@code "-"} for standard input, each as text, JSON Lines, HTML,
 * an RSS/Atom feed or a WARC archive.
 *
 * <p>Every input yields either an article or a problem naming it; a bad input never stops the
 * batch, and no input error is thrown. Reading is lazy: a file is opened when its turn comes, and
 * JSON Lines are read one line at a time.
 *
 * <pre>{@code
 * try (ArticleReader reader = new ArticleReader(List.of("news/", "-"), InputFormat.AUTO)) {
 *   while (reader.hasNext()) {
 *     ArticleInput input = reader.next();
 *     if (input.ok()) { ... input.article() ... } else { log(input.origin() + ": " + input.problem()); }
 *   }
 * }
 * }</pre>
 */
public final class ArticleReader extends ReadAhead implements AutoCloseable {

  /** The longest article text accepted unless told otherwise, in characters. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  /** Bytes looked at to tell the format and to recognise binary content. */
  private static final int HEAD_BYTES = 8192;

  private final Iterator<String> arguments;
  private final InputFormat format;
  private final SizeLimit limit;
  private final InputStream stdin;
  private final Opener opener;
  private final Deque<InputFile> pending = new ArrayDeque<>();
  private Iterator<ArticleInput> current = Collections.emptyIterator();
  private AutoCloseable currentResource;
  private boolean stdinRead;

  /** Reads the inputs with the default size limit; {@code "-"} reads {@link System#in}. */
  public ArticleReader(List<String> inputs, InputFormat format) {
    this(inputs, format, DEFAULT_MAX_CHARS);
  }

  public ArticleReader(List<String> inputs, InputFormat format, int maxChars) {
    this(inputs, format, maxChars, System.in);
  }

  /**
   * @param inputs files, folders, or {@code "-"} for {@code stdin}, as given on the command line
   * @param format how to read them; {@link InputFormat#AUTO} decides per file
   * @param maxChars the longest article text accepted; longer articles are problems
   * @param stdin what {@code "-"} reads; it is not closed
   */
  public ArticleReader(List<String> inputs, InputFormat format, int maxChars, InputStream stdin) {
    this(List.copyOf(inputs).iterator(), format, maxChars, stdin, null);
  }

  private ArticleReader(Iterator<String> arguments, InputFormat format, int maxChars, InputStream stdin,
      Opener opener) {
    this.arguments = arguments;
    this.format = Objects.requireNonNull(format, "format");
    this.limit = new SizeLimit(maxChars);
    this.stdin = stdin;
    this.opener = opener;
  }

  /** Opens a file of a file system other than this machine's: HDFS, S3, as a Spark task reads them. */
  @FunctionalInterface
  public interface Opener {
    InputStream open(URI file) throws IOException;
  }

  /**
   * Reads one file that {@code opener} opens, exactly as a file named on the command line is read:
   * its format told by its name and content, every problem an input naming {@code origin}.
   *
   * @param id the article id (for JSON Lines, the prefix of ids made up for lines without one)
   */
  public static ArticleReader ofFile(URI file, String origin, String id, Opener opener, InputFormat format,
      int maxChars) {
    ArticleReader reader = new ArticleReader(Collections.emptyIterator(), format, maxChars, null,
        Objects.requireNonNull(opener, "opener"));
    reader.pending.add(InputFile.opened(file, origin, id));
    return reader;
  }

  @Override
  public void close() {
    stopReading();
    discard();
    closeCurrent();
    pending.clear();
  }

  @Override
  ArticleInput readNext() {
    while (true) {
      if (current.hasNext()) {
        return current.next();
      }
      closeCurrent();
      if (pending.isEmpty()) {
        if (!arguments.hasNext()) {
          return null;
        }
        pending.addAll(InputFiles.named(arguments.next()));
        continue;
      }
      InputFile file = pending.poll();
      if (file.problem() != null) {
        return ArticleInput.failed(file.origin(), file.problem());
      }
      try {
        ArticleInput single = open(file);
        if (single != null) {
          return single;
        }
      } catch (InputProblem e) {
        closeCurrent();
        return ArticleInput.failed(file.origin(), e.getMessage());
      } catch (IOException e) {
        closeCurrent();
        return ArticleInput.failed(file.origin(), "cannot read: " + ReadError.describe(e));
      } catch (RuntimeException e) {
        // an input must never stop the batch: report what went wrong and go on
        closeCurrent();
        return ArticleInput.failed(file.origin(), "could not be read: " + e);
      }
    }
  }

  /**
   * Opens one input: a text or HTML input is read at once and returned; a JSON Lines, feed or WARC
   * input becomes {@link #current} and null is returned.
   */
  private ArticleInput open(InputFile file) throws IOException, InputProblem {
    BufferedInputStream in = new BufferedInputStream(openStream(file), HEAD_BYTES * 2);
    currentResource = in;
    in.mark(HEAD_BYTES);
    byte[] head = new byte[HEAD_BYTES];
    // one read: what a file or a pipe has ready, so a slow pipe of JSON lines is not held up
    int headLength = Math.max(in.read(head), 0);
    in.reset();
    InputFormat fileFormat = format.resolve(file.fileName(), head, headLength);
    if (fileFormat == InputFormat.WARC) {
      WarcFile archive = new WarcFile(file.origin(), in, limit);
      current = archive;
      currentResource = archive;
      return null;
    }
    String binary = BinaryContent.problem(head, headLength);
    if (binary != null) {
      throw new InputProblem(binary);
    }
    if (fileFormat == InputFormat.FEED) {
      current = FeedFile.read(file.origin(), in, limit);
      closeCurrentResourceOnly();
      return null;
    }
    if (fileFormat == InputFormat.JSONL) {
      JsonLinesFile lines = new JsonLinesFile(file.origin(), file.id(), in, limit);
      current = lines;
      currentResource = lines;
      return null;
    }
    byte[] bytes = readWhole(file, in, fileFormat);
    closeCurrent();
    binary = BinaryContent.problem(bytes, bytes.length);
    if (binary != null) {
      throw new InputProblem(binary);
    }
    Article article = fileFormat == InputFormat.HTML
        ? HtmlPage.parse(file.id(), bytes, bytes.length, limit)
        : PlainTextArticle.parse(file.id(), Utf8Text.decode(bytes, bytes.length), limit);
    return ArticleInput.read(file.origin(), article);
  }

  private InputStream openStream(InputFile file) throws IOException, InputProblem {
    if (file.url() != null) {
      return opener != null ? opener.open(file.url()) : WebInput.fetch(file.url(), limit.maxDownloadBytes());
    }
    if (!file.isStdin()) {
      return Files.newInputStream(file.path());
    }
    if (stdinRead) {
      throw new InputProblem("standard input was already read");
    }
    stdinRead = true;
    // the caller owns System.in: closing this reader must not close it
    return new FilterInputStream(stdin) {
      @Override
      public void close() {}
    };
  }

  /** The whole input, unless it is too large to hold an acceptable article. */
  private byte[] readWhole(InputFile file, InputStream in, InputFormat fileFormat)
      throws IOException, InputProblem {
    long maxBytes = limit.maxFileBytes(fileFormat);
    if (file.path() != null && Files.size(file.path()) > maxBytes) {
      throw limit.fileTooLarge(Files.size(file.path()), fileFormat);
    }
    byte[] bytes = in.readNBytes((int) maxBytes + 1);
    if (bytes.length > maxBytes) {
      // the rest is not read: a download or a pipe may be endless
      throw limit.fileTooLarge(-1, fileFormat);
    }
    return bytes;
  }

  private void closeCurrent() {
    current = Collections.emptyIterator();
    closeCurrentResourceOnly();
  }

  /** Closes the open file and keeps {@link #current}: a feed is read whole before its items are. */
  private void closeCurrentResourceOnly() {
    if (currentResource != null) {
      try {
        currentResource.close();
      } catch (Exception e) {
        // the input has been read or abandoned; a failure to close it loses nothing
      }
      currentResource = null;
    }
  }
}

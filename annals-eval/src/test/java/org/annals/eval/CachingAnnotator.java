package org.annals.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.annotate.Annotator;
import org.annals.annotate.CoreNlpAnnotator;
import org.annals.model.AnnotatedArticle;
import org.annals.model.Article;
import org.annals.model.NamedSpan;
import org.annals.model.RawTimex;
import org.annals.model.Sentence;

/**
 * CoreNLP's annotations kept on disk per article id, so the error dumpers rerun in a minute after
 * a rule change. For development only: a changed annotator needs the cache folder emptied.
 */
final class CachingAnnotator implements Annotator {

  private record Cached(List<Sentence> sentences, List<NamedSpan> namedSpans, List<RawTimex> timexes) {}

  private final Path cache;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  CachingAnnotator(Path cache) throws IOException {
    this.cache = Files.createDirectories(cache);
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Path file = cache.resolve(article.id().replaceAll("[^A-Za-z0-9_.-]", "_") + ".json");
    try {
      if (Files.exists(file)) {
        Cached c = json.readValue(file.toFile(), Cached.class);
        return new AnnotatedArticle(article, c.sentences(), c.namedSpans(), c.timexes());
      }
      AnnotatedArticle a = CoreNlpAnnotator.shared().annotate(article);
      json.writeValue(file.toFile(), new Cached(a.sentences(), a.namedSpans(), a.timexes()));
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.annals.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.ingest.ArticleInput;
import org.annals.ingest.ArticleReader;
import org.annals.ingest.InputFormat;
import org.annals.store.AnnalsStore;
import org.annals.store.GzippedJson;
import org.annals.store.ingest.Extracted;
import org.annals.store.ingest.Ingest;
import org.annals.store.ingest.IngestExtraction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code annals ingest} as a Spark job. The executors read the input files and extract the
 * articles in parallel (one pipeline per executor JVM, CoreNLP objects per task thread); the
 * driver then links them one at a time in input order, through the very code {@code annals
 * ingest} runs ({@link Ingest#link}), into a store, and Spark writes the store's export tables as
 * Parquet. Linking is online and order-dependent (ids are hashes of what founded them, in stream
 * order), so the record, ids included, is the one {@code annals ingest} makes of the same inputs.
 *
 * <p>Each article is keyed by (file index, record index in the file); a range partitioning by
 * that key keeps each partition a contiguous run of the input. Each partition is extracted by a
 * job of its own, a few ahead of the one the driver links ({@link InOrderPartitions}), so the
 * driver links in input order while the executors extract what comes next.
 */
final class SparkIngest {

  /**
   * What the job is asked to do.
   *
   * @param out a folder (any Hadoop URI) that is absent or empty; each table becomes a folder of Parquet files in it
   * @param db the store to write the record into (it may hold articles already); null for a scratch store
   * @param partitions how many parts to extract the articles in; null for four per core of the cluster,
   *     and more where a part would hold more than {@link SparkIngest#PART_ARTICLES} articles
   */
  record Options(List<String> inputs, String out, java.nio.file.Path db, InputFormat format, int maxChars,
      Duration articleBudget, Integer partitions) {}

  /**
   * What a run did, and the seconds each phase took on the wall clock.
   *
   * @param extractSeconds extraction on the executors and, beside it, linking on the driver
   * @param linkSeconds the driver's time linking (and not waiting for extractions) within extractSeconds
   */
  record Result(Ingest.Summary summary, long articles, double readSeconds, double extractSeconds,
      double linkSeconds, double writeSeconds) {

    double totalSeconds() {
      return readSeconds + extractSeconds + writeSeconds;
    }
  }

  /**
   * The most articles in a part by default: the driver holds up to two parts per core of
   * extractions not yet linked, so its memory follows the cluster's cores, not the input's size.
   */
  private static final long PART_ARTICLES = 100;

  private SparkIngest() {}

  static Result run(SparkSession spark, Options o, Ingest.Listener listener) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    Path out = new Path(o.out());
    FileSystem outFs = out.getFileSystem(hadoop);
    if (outFs.exists(out) && (!outFs.getFileStatus(out).isDirectory() || outFs.listStatus(out).length > 0)) {
      throw new IllegalArgumentException(o.out() + ": exists and is not an empty folder; give a new --out");
    }
    long start = System.nanoTime();
    List<SourceFile> files = InputListing.files(o.inputs(), hadoop);
    Broadcast<HashMap<String, String>> settings = jsc.broadcast(settings(hadoop));
    InputFormat format = o.format();
    int maxChars = o.maxChars();
    int parallelism = jsc.defaultParallelism();
    JavaPairRDD<Long, byte[]> read = jsc.parallelize(files, Math.max(1, Math.min(files.size(), parallelism * 4)))
        .flatMapToPair(f -> readFile(f, settings.value(), format, maxChars))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long articles = read.count();
    long afterRead = System.nanoTime();

    int partitions = o.partitions() != null ? o.partitions()
        : (int) Math.max(Math.min(articles, parallelism * 4L), (articles + PART_ARTICLES - 1) / PART_ARTICLES);
    Duration budget = o.articleBudget();
    JavaRDD<byte[]> extracted = read.sortByKey(true, partitions).mapPartitions(part -> extractAll(part, budget));

    java.nio.file.Path scratch = o.db() == null ? Files.createTempDirectory("annals-spark-") : null;
    Ingest.Summary summary;
    double waited;
    long afterLink;
    try (AnnalsStore store = o.db() != null ? AnnalsStore.open(o.db(), m -> System.err.println("spark: " + m))
        : AnnalsStore.open(scratch.resolve("record.db"));
        InOrderPartitions<byte[]> inOrder = new InOrderPartitions<>(extracted, 2 * parallelism)) {
      Ingest ingest = new Ingest(new IngestExtraction(ExecutorPipeline.get(), budget), store);
      summary = ingest.link(new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inOrder.hasNext();
        }

        @Override
        public Extracted next() {
          return GzippedJson.read(inOrder.next(), Extracted.class);
        }
      }, listener);
      waited = inOrder.waitSeconds();
      read.unpersist(false);
      afterLink = System.nanoTime();
      ParquetTables.write(spark, store.export(), out);
    } finally {
      if (scratch != null) {
        delete(scratch);
      }
    }
    long end = System.nanoTime();
    double extractAndLink = (afterLink - afterRead) / 1e9;
    return new Result(summary, articles, (afterRead - start) / 1e9, extractAndLink, extractAndLink - waited,
        (end - afterLink) / 1e9);
  }

  /** The Hadoop settings of the job (spark.hadoop.*, core-site.xml), for the tasks to open files with. */
  private static HashMap<String, String> settings(Configuration hadoop) {
    HashMap<String, String> all = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      all.put(e.getKey(), e.getValue());
    }
    return all;
  }

  /** On an executor: one file's articles (or problems), keyed by file index and record index. */
  private static Iterator<Tuple2<Long, byte[]>> readFile(SourceFile f, Map<String, String> settings,
      InputFormat format, int maxChars) {
    long base = (long) f.index() << 32;
    if (f.problem() != null) {
      return List.of(new Tuple2<>(base, GzippedJson.write(ArticleInput.failed(f.origin(), f.problem())))).iterator();
    }
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    ArticleReader reader = ArticleReader.ofFile(f.uri(), f.origin(), f.id(), uri -> {
      Path path = new Path(uri);
      return path.getFileSystem(conf).open(path);
    }, format, maxChars);
    return new Iterator<>() {
      private long record;

      @Override
      public boolean hasNext() {
        if (reader.hasNext()) {
          return true;
        }
        reader.close();
        return false;
      }

      @Override
      public Tuple2<Long, byte[]> next() {
        return new Tuple2<>(base + record++, GzippedJson.write(reader.next()));
      }
    };
  }

  /** On an executor: a partition's inputs extracted, in the order given. */
  private static Iterator<byte[]> extractAll(Iterator<Tuple2<Long, byte[]>> inputs, Duration budget) {
    IngestExtraction extraction = new IngestExtraction(ExecutorPipeline.get(), budget);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return inputs.hasNext();
      }

      @Override
      public byte[] next() {
        ArticleInput article = GzippedJson.read(inputs.next()._2(), ArticleInput.class);
        return GzippedJson.write(extraction.extract(article));
      }
    };
  }

  private static void delete(java.nio.file.Path folder) {
    try (Stream<java.nio.file.Path> all = Files.walk(folder)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.annals.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.annals.store.export.Column;
import org.annals.store.export.ExportFormat;
import org.annals.store.export.ExportSubject;
import org.annals.store.export.StoreExport;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The export tables of a store as Parquet, one folder per table under the output folder
 * ({@code events/}, {@code mentions/}, ...). The rows are those {@code annals export} writes (its
 * JSON Lines, staged under the output folder so that the executors read them wherever the driver
 * runs), with the column types of docs/export-schema.md; row order is kept across the part files
 * in name order.
 */
final class ParquetTables {

  static final String STAGING = "_annals_staging";

  private ParquetTables() {}

  static void write(SparkSession spark, StoreExport export, Path out) throws IOException {
    FileSystem fs = out.getFileSystem(spark.sparkContext().hadoopConfiguration());
    Path staging = new Path(out, STAGING);
    try {
      for (ExportSubject subject : ExportSubject.values()) {
        String name = subject.name().toLowerCase(Locale.ROOT);
        Path rows = new Path(staging, name + ".jsonl");
        try (OutputStream jsonl = fs.create(rows, true)) {
          export.write(subject, ExportFormat.JSONL, jsonl);
        }
        spark.read().schema(schema(subject)).option("mode", "FAILFAST").json(rows.toString())
            .write().parquet(new Path(out, name).toString());
      }
    } finally {
      fs.delete(staging, true);
    }
  }

  /** A table's Spark schema: the export's columns in order, with the types its Parquet has. */
  static StructType schema(ExportSubject subject) {
    return new StructType(subject.columns().stream()
        .map(c -> new StructField(c.name(), type(c), true, org.apache.spark.sql.types.Metadata.empty()))
        .toArray(StructField[]::new));
  }

  private static DataType type(Column c) {
    return switch (c.type()) {
      case "integer" -> DataTypes.LongType;
      case "double" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "date" -> DataTypes.DateType;
      case "string_list" -> DataTypes.createArrayType(DataTypes.StringType, true);
      case "string", "json" -> DataTypes.StringType;
      default -> throw new IllegalArgumentException("no Spark type for column type " + c.type());
    };
  }
}

package org.annals.store.export;

/**
 * One exported column: its name, type and meaning (docs/export-schema.md lists the same).
 *
 * @param type string, integer, double, boolean, date (ISO text in JSONL/CSV, DATE in Parquet),
 *     string_list (a JSON array; in CSV a JSON string; in Parquet a list of strings) or json (a JSON
 *     document held as a string in every format)
 */
public record Column(String name, String type, String meaning) {

  /** The DuckDB type the column is read as when writing Parquet. */
  String duckdbType() {
    return switch (type) {
      case "integer" -> "BIGINT";
      case "double" -> "DOUBLE";
      case "boolean" -> "BOOLEAN";
      case "date" -> "DATE";
      case "string_list" -> "VARCHAR[]";
      default -> "VARCHAR";
    };
  }
}

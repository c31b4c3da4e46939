package org.annals.store.export;

import java.util.Locale;

/** The formats of {@code annals export}. */
public enum ExportFormat {
  JSONL,
  CSV,
  PARQUET;

  public static ExportFormat fromName(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown export format '" + name + "' (jsonl, csv or parquet)", e);
    }
  }
}

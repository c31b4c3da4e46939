package org.annals.extract.place;

/** A gazetteer file that cannot be read as its format says: which file, which line, what is wrong. */
public final class GazetteerFormatException extends RuntimeException {

  private final String file;
  private final int line;

  public GazetteerFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** 1-based line number. */
  public int line() {
    return line;
  }
}

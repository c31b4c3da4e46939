package org.annals.store;

/**
 * Where a stored article was read from, kept beside its content-hash id so a person can find the
 * input again.
 *
 * @param inputId the input's own id: the JSON {@code id} field, the file name, the WARC record id
 * @param location the file, feed URL or WARC file (with record offset) it came from, or null
 */
public record ArticleOrigin(String inputId, String location) {

  public static ArticleOrigin of(String inputId) {
    return new ArticleOrigin(inputId, null);
  }
}

package org.annals.store;

/**
 * A store that cannot be used as asked: not an Annals store, from a newer Annals, locked by
 * another writer, or a failed read or write. The message names the file.
 */
public class StoreException extends RuntimeException {

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}

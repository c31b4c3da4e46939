package org.annals.store;

/**
 * Another writer holds the store: refused at once (a SQLite file) or after waiting as long as the
 * caller allowed (a PostgreSQL database). Trying again later may succeed.
 */
public class StoreBusyException extends StoreException {

  public StoreBusyException(String message) {
    super(message);
  }

  public StoreBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}

package org.annals.store;

/**
 * Run in a child JVM by {@link StoreFaultsTest}: writes numbered articles into a store in a loop,
 * printing each id once committed, until killed.
 */
public final class CrashWriter {

  public static void main(String[] args) {
    StoreLocation db = StoreLocation.parse(args[0]);
    int count = Integer.parseInt(args[1]);
    try (AnnalsStore store = AnnalsStore.open(db)) {
      System.out.println("open");
      System.out.flush();
      for (int i = 0; i < count; i++) {
        store.put(Fixtures.numbered(i), ArticleOrigin.of("n" + i));
        System.out.println("stored " + i);
        System.out.flush();
      }
    }
    System.out.println("done");
  }
}

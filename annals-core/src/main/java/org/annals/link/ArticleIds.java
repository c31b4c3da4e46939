package org.annals.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Article ids in the store are content hashes, so that ingesting the same article twice, from
 * any file or feed, finds the one already stored.
 */
public final class ArticleIds {

  private ArticleIds() {}

  /** {@code a} followed by the first 16 hex digits of SHA-256 over the article text (UTF-8). */
  public static String contentHash(String text) {
    return "a" + sha256Hex(text).substring(0, 16);
  }

  /** Derived ids (entities, events, stories) hash the id of what founded them. */
  public static String derived(String prefix, String founder) {
    return prefix + sha256Hex(founder).substring(0, 12);
  }

  static String sha256Hex(String s) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

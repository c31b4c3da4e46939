package org.annals.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a store is: a SQLite file, or a PostgreSQL database. Every {@code --db} is read here:
 * {@code postgresql://host[:port]/db?user=…&password=…} or a {@code jdbc:postgresql://} URL is a
 * PostgreSQL database, anything else a SQLite file path.
 */
public sealed interface StoreLocation {

  /** How {@code --db} is described in help texts. */
  String HELP = "a SQLite file, or a PostgreSQL database as postgresql://host[:port]/db?user=U&password=P "
      + "(or a jdbc:postgresql:// URL)";

  /** The store as a program may create and open it: the engine's SQL and connections. */
  SqlDialect dialect();

  static StoreLocation parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("no store given: give " + HELP);
    }
    String t = text.strip();
    if (t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql:")) {
      return Postgres.parse(t);
    }
    try {
      return new SqliteFile(Path.of(text));
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(text + ": not a file path (" + e.getReason() + ")", e);
    }
  }

  static StoreLocation of(Path file) {
    return new SqliteFile(file);
  }

  /** A SQLite file. */
  record SqliteFile(Path file) implements StoreLocation {
    @Override
    public SqlDialect dialect() {
      return new SqliteDialect(file);
    }

    @Override
    public String toString() {
      return file.toString();
    }
  }

  /**
   * A PostgreSQL database: a JDBC URL without credentials, and the user and password apart so
   * that messages never show the password.
   */
  record Postgres(String host, int port, String database, Map<String, String> properties) implements StoreLocation {

    public static final int DEFAULT_PORT = 5432;

    public Postgres {
      properties = Map.copyOf(properties);
    }

    static Postgres parse(String text) {
      String url = text.startsWith("jdbc:") ? text.substring("jdbc:".length()) : text;
      URI uri;
      try {
        uri = new URI(url.startsWith("postgres://") ? "postgresql://" + url.substring("postgres://".length()) : url);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(redacted(text) + ": not a PostgreSQL URL (" + e.getReason()
            + "); expected postgresql://host[:port]/db?user=U&password=P", e);
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new IllegalArgumentException(redacted(text) + ": no host; expected "
            + "postgresql://host[:port]/db?user=U&password=P");
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      String database = path.startsWith("/") ? path.substring(1) : path;
      if (database.isEmpty() || database.contains("/")) {
        throw new IllegalArgumentException(redacted(text) + ": no database name; expected "
            + "postgresql://host[:port]/db?user=U&password=P");
      }
      Map<String, String> props = new LinkedHashMap<>();
      if (uri.getRawUserInfo() != null) {
        String[] userInfo = uri.getRawUserInfo().split(":", 2);
        props.put("user", decode(userInfo[0]));
        if (userInfo.length == 2) {
          props.put("password", decode(userInfo[1]));
        }
      }
      if (uri.getRawQuery() != null) {
        for (String pair : uri.getRawQuery().split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          String[] kv = pair.split("=", 2);
          props.put(decode(kv[0]), kv.length == 2 ? decode(kv[1]) : "");
        }
      }
      return new Postgres(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, props);
    }

    /** The JDBC URL, without user or password (those go as connection properties). */
    public String jdbcUrl() {
      String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
      return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    @Override
    public SqlDialect dialect() {
      return new PostgresDialect(this);
    }

    /** The URL as shown in messages: host, port, database and user, never the password. */
    @Override
    public String toString() {
      String user = properties.get("user");
      return "postgresql://" + host + ":" + port + "/" + database + (user == null ? "" : "?user=" + user);
    }

    private static String decode(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The text with any password blanked, for an error message. */
    private static String redacted(String text) {
      return text.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@");
    }
  }
}

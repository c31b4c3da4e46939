package org.annals.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests, one per JVM: Debian's initdb into a temporary folder,
 * started with pg_ctl on a free loopback port and a private socket folder, stopped when the JVM
 * ends. PostgreSQL refuses to run as root, so as root it runs as the postgres user. Where initdb
 * is not installed, the PostgreSQL cases are skipped, or fail where ANNALS_REQUIRE_POSTGRES=1
 * (CI) says PostgreSQL must be tested.
 */
public final class PostgresServer {

  private static PostgresServer running;
  private static String unavailable;

  private final Path bin;
  private final Path dir;
  private final int port;
  private final String runAs;
  private final AtomicInteger databases = new AtomicInteger();

  private PostgresServer(Path bin, Path dir, int port, String runAs) {
    this.bin = bin;
    this.dir = dir;
    this.port = port;
    this.runAs = runAs;
  }

  /** The JVM's server, started on first use; skips (or fails, where required) without PostgreSQL. */
  public static synchronized PostgresServer get() {
    if (running == null && unavailable == null) {
      try {
        running = start();
      } catch (IOException | InterruptedException | RuntimeException e) {
        unavailable = e.getMessage();
      }
    }
    if (running == null) {
      if (required()) {
        throw new AssertionError("ANNALS_REQUIRE_POSTGRES=1 but no PostgreSQL server for the tests: " + unavailable);
      }
      Assumptions.abort("PostgreSQL cases skipped: " + unavailable
          + " (install Debian's postgresql; ANNALS_REQUIRE_POSTGRES=1 makes this a failure)");
    }
    return running;
  }

  static boolean required() {
    return "1".equals(System.getProperty("ANNALS_REQUIRE_POSTGRES", System.getenv("ANNALS_REQUIRE_POSTGRES")));
  }

  /** A new empty database on the server, as a store location. */
  public StoreLocation.Postgres newDatabase() {
    String name = "annals_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres",
        ""); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
    }
    return new StoreLocation.Postgres("127.0.0.1", port, name, Map.of("user", "postgres"));
  }

  public int port() {
    return port;
  }

  private static PostgresServer start() throws IOException, InterruptedException {
    Path bin = findBin();
    if (bin == null) {
      throw new IllegalStateException("initdb and pg_ctl not found in $ANNALS_POSTGRES_BIN, "
          + "/usr/lib/postgresql/*/bin or on PATH");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    String runAs = root ? "postgres" : null;
    Path dir = Files.createTempDirectory("annals-pg");
    if (root) {
      UserPrincipal owner;
      try {
        owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      } catch (IOException e) {
        throw new IllegalStateException("running as root, PostgreSQL must run as the postgres user, and there is "
            + "none (Debian's postgresql package makes it)", e);
      }
      Files.setOwner(dir, owner);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    PostgresServer server = new PostgresServer(bin, dir, port, runAs);
    server.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
        "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"));
    Files.createDirectories(dir.resolve("socket"));
    if (root) {
      Files.setOwner(dir.resolve("socket"), Files.getOwner(dir));
    }
    server.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
        dir.resolve("server.log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir.resolve("socket")
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        "start"));
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-stop"));
    return server;
  }

  private void stop() {
    try {
      run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
          "stop"));
    } catch (IOException | InterruptedException | RuntimeException e) {
      System.err.println("could not stop the test PostgreSQL server in " + dir + ": " + e.getMessage());
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e.getMessage());
    }
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (runAs != null) {
      full.addAll(List.of("runuser", "-u", runAs, "--"));
    }
    full.addAll(command);
    Path log = Files.createTempFile("annals-pg-cmd", ".log");
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", full) + " did not finish in 120 s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", full) + " failed (exit " + p.exitValue() + "): "
            + Files.readString(log).strip());
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** $ANNALS_POSTGRES_BIN, else Debian's versioned folder (the newest), else initdb on PATH. */
  private static Path findBin() throws IOException {
    String given = System.getenv("ANNALS_POSTGRES_BIN");
    if (given != null && !given.isBlank()) {
      Path bin = Path.of(given);
      return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")) ? bin : null;
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Path best = versions.map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())))
            .orElse(null);
        if (best != null) {
          return best;
        }
      }
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path initdb = Path.of(folder, "initdb");
      if (Files.isExecutable(initdb) && Files.isExecutable(Path.of(folder, "pg_ctl"))) {
        return initdb.toRealPath().getParent();
      }
    }
    return null;
  }

  private static int version(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

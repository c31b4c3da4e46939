package org.annals.cli;

import java.nio.file.Path;

/** Where the evaluation data lives by default: {@code ../shared/data} beside the project. */
final class SharedData {

  private SharedData() {}

  static Path defaultRoot() {
    String home = System.getProperty("annals.home");
    Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
    return base.resolve("../shared/data").normalize();
  }
}

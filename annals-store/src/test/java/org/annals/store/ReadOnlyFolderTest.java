package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a read-only file system (a mounted archive, a read-only share) can be queried; where
 * its write-ahead log still holds changes it is refused, saying what to do. The folder is made
 * read-only for real: a read-only bind mount when the tests run as root (root may write to any
 * folder otherwise), else the folder's permissions.
 */
class ReadOnlyFolderTest {

  @TempDir
  Path dir;

  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      run("umount", mounted.toString());
    } else if (Files.exists(dir.resolve("ro"))) {
      dir.resolve("ro").toFile().setWritable(true);
    }
  }

  @Test
  void aStoreInAReadOnlyFolderIsQueriedAndNothingIsWrittenBesideIt() throws Exception {
    Path db = storeOfFourArticles();
    Path folder = db.getParent();
    Files.deleteIfExists(folder.resolve("annals.db.lock"));
    makeReadOnly(folder);
    List<String> before = list(folder);

    try (AnnalsStore store = AnnalsStore.openReadOnly(db)) {
      assertThat(store.articleCount()).isEqualTo(4);
      assertThat(store.queries().entity("Zelensky")).isNotEmpty();
      assertThat(store.queries().search("drones", 5)).isNotEmpty();
    }
    assertThat(list(folder)).isEqualTo(before);
    assertThatThrownBy(() -> AnnalsStore.open(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining(db.toString()).hasMessageContaining("Read-only file system");
  }

  @Test
  void aReadOnlyStoreWithChangesLeftInItsLogIsRefusedSayingWhatToDo() throws Exception {
    Path db = storeOfFourArticles();
    Path folder = db.getParent();
    Files.write(folder.resolve("annals.db-wal"), new byte[] {1, 2, 3}); // as a killed writer leaves it
    makeReadOnly(folder);

    assertThatThrownBy(() -> AnnalsStore.openReadOnly(db)).isInstanceOf(StoreException.class)
        .hasMessageContaining("folder is read-only").hasMessageContaining("annals.db-wal")
        .hasMessageContaining("copy the store");
  }

  private Path storeOfFourArticles() throws IOException {
    Path db = Files.createDirectories(dir.resolve("ro")).resolve("annals.db");
    TestArticles.store(db, TestArticles.all());
    return db;
  }

  private void makeReadOnly(Path folder) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      assumeTrue(run("mount", "--bind", folder.toString(), folder.toString()) == 0,
          "cannot bind-mount here (no privilege)");
      mounted = folder;
      assumeTrue(run("mount", "-o", "remount,bind,ro", folder.toString()) == 0, "cannot remount read-only");
    } else {
      assumeTrue(folder.toFile().setWritable(false, false), "cannot make the folder read-only");
    }
    assumeTrue(!Files.isWritable(folder), "the folder is still writable");
  }

  private static int run(String... command) throws IOException, InterruptedException {
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start().waitFor();
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}

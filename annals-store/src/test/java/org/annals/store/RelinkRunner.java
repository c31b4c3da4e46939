package org.annals.store;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.link.LinkedArticle;
import org.annals.link.StreamLinker;

/**
 * Links the articles of a store again, in their ingest order, with the linkers of this build, into
 * a new store: the way to measure a change to linking without extracting again. Not a test.
 *
 * The store must keep every article's replay copy: ingest it with
 * {@code ANNALS_JAVA_OPTS=-Dannals.linker.snapshotEvery=0}, which saves no linker snapshot.
 *
 * <pre>
 * java -cp annals-store/target/test-classes:annals-store/target/classes:$CP org.annals.store.RelinkRunner FROM.db TO.db
 * </pre>
 */
public final class RelinkRunner {

  public static void main(String[] args) throws Exception {
    Path from = Path.of(args[0]);
    Path to = Path.of(args[1]);
    Files.deleteIfExists(to);
    List<LinkedArticle> stored = new ArrayList<>();
    List<ArticleOrigin> origins = new ArrayList<>();
    try (AnnalsStore in = AnnalsStore.openReadOnly(from)) {
      in.replay(stored::add);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from);
        ResultSet rs = c.createStatement().executeQuery("SELECT input_id, origin FROM articles ORDER BY seq")) {
      while (rs.next()) {
        origins.add(new ArticleOrigin(rs.getString(1), rs.getString(2)));
      }
    }
    StreamLinker linker = new StreamLinker();
    try (AnnalsStore out = AnnalsStore.open(to)) {
      for (int i = 0; i < stored.size(); i++) {
        LinkedArticle a = stored.get(i);
        LinkedArticle relinked = linker.link(a.extraction(), a.sentences(), a.links().dateEvidence(), d -> a.extraction());
        out.put(relinked, origins.get(i));
      }
    }
    System.err.println("relinked " + stored.size() + " articles into " + to);
  }
}

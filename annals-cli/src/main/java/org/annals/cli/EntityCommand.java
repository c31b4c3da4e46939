package org.annals.cli;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.annals.store.AnnalsStore;
import org.annals.store.query.EntityProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code annals entity NAME}: what the store knows of a person, organisation or place. */
@Command(
    name = "entity",
    mixinStandardHelpOptions = true,
    description = "Shows every entity known under a name or alias (any case), a person's surname or a title: its aliases, "
        + "titles, mention and "
        + "article counts, first and last seen, and the entities most often mentioned with it.",
    footer = {"", "Example:", "  annals entity zelenskiy"})
final class EntityCommand implements Callable<Integer> {

  @Parameters(paramLabel = "NAME", description = "A name, alias or entity id.")
  String name;

  @Mixin
  StoreOptions store;

  @Override
  public Integer call() throws Exception {
    try (AnnalsStore s = store.open()) {
      var profiles = s.queries().entity(name);
      if (store.json) {
        store.printJson(System.out, profiles);
        return 0;
      }
      if (profiles.isEmpty()) {
        System.out.println("No entity named '" + name + "'.");
        return 0;
      }
      for (EntityProfile p : profiles) {
        System.out.println(p.name() + "  (" + p.type() + ", " + p.id() + ")");
        System.out.println("  aliases:  " + String.join("; ", p.aliases()));
        System.out.println("  titles:   " + String.join("; ", p.titles()));
        System.out.println("  mentions: " + p.mentionCount() + " in " + p.articleCount() + " articles, "
            + p.firstSeen() + " .. " + p.lastSeen());
        System.out.println("  with:     " + p.related().stream()
            .map(r -> r.name() + " (" + r.articles() + ")").collect(Collectors.joining("; "))
            + (p.relatedOver() < p.articleCount() ? "  [counted over " + p.relatedOver() + " of its articles]" : ""));
        System.out.println();
      }
    }
    return 0;
  }
}

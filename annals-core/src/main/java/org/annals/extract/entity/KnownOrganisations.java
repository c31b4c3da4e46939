package org.annals.extract.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.extract.DataLines;

/**
 * Well-known organisations and the short forms news uses for them ("Nato", "EU", "IAEA"), from
 * the project's own table {@code organisations.tsv}: a named span spelled like one is that
 * organisation under one name, whatever type the tagger gave it in that sentence.
 */
public final class KnownOrganisations {

  private static final String RESOURCE = "organisations.tsv";
  private static volatile KnownOrganisations builtIn;

  private final Map<String, String> nameByForm;

  KnownOrganisations(Map<String, String> nameByForm) {
    this.nameByForm = Map.copyOf(nameByForm);
  }

  public static KnownOrganisations builtIn() {
    KnownOrganisations k = builtIn;
    if (k == null) {
      synchronized (KnownOrganisations.class) {
        k = builtIn;
        if (k == null) {
          k = parse(DataLines.ofResource(KnownOrganisations.class, RESOURCE));
          builtIn = k;
        }
      }
    }
    return k;
  }

  static KnownOrganisations parse(Iterable<DataLines.Line> lines) {
    Map<String, String> byForm = new HashMap<>();
    for (DataLines.Line line : lines) {
      String[] cols = line.text().split("\t");
      String name = cols[0].strip();
      if (name.isEmpty() || cols.length > 2) {
        throw new IllegalStateException(RESOURCE + " line " + line.number()
            + ": expected name<TAB>aliases, got \"" + line.text() + "\"");
      }
      add(byForm, name, name, line);
      if (cols.length == 2) {
        for (String alias : cols[1].split("\\|")) {
          add(byForm, alias.strip(), name, line);
        }
      }
    }
    return new KnownOrganisations(byForm);
  }

  private static void add(Map<String, String> byForm, String form, String name, DataLines.Line line) {
    String previous = byForm.put(Names.normalise(form), name);
    if (previous != null && !previous.equals(name)) {
      throw new IllegalStateException(RESOURCE + " line " + line.number() + ": \"" + form
          + "\" already names " + previous);
    }
  }

  /** The organisation's name when {@code text} is one of its names ("Nato" → "NATO"). */
  public Optional<String> name(String text) {
    String n = Names.normalise(text);
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return Optional.ofNullable(nameByForm.get(n));
  }
}

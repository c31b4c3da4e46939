package org.annals.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files a command-line input names: a file itself, or every file under a folder. A folder is
 * read depth first with each folder's entries in name order (by UTF-16 code unit, so the same on
 * every machine and locale): {@code a.txt, b/c.txt, b/d.txt, e.txt}. Hidden entries (names starting
 * with a dot) are skipped, and links to folders are not followed, which rules out cycles.
 */
public final class InputFiles {

  private InputFiles() {}

  /** The inputs one command-line argument names, in reading order. */
  public static List<InputFile> named(String argument) {
    if (argument.equals("-")) {
      return List.of(InputFile.stdin());
    }
    if (argument.startsWith("http://") || argument.startsWith("https://")) {
      try {
        return List.of(InputFile.url(new URI(argument)));
      } catch (URISyntaxException e) {
        return List.of(InputFile.unreadable(argument, "not a valid URL: " + e.getReason()));
      }
    }
    Path path = Path.of(argument);
    if (Files.isDirectory(path)) {
      List<InputFile> files = new ArrayList<>();
      walk(path, path, files);
      return files.isEmpty() ? List.of(InputFile.unreadable(argument, "empty folder: no files to read")) : files;
    }
    if (!Files.exists(path)) {
      return List.of(InputFile.unreadable(argument, "no such file or directory"));
    }
    Path name = path.getFileName();
    return List.of(InputFile.of(path, name == null ? argument : name.toString()));
  }

  private static void walk(Path root, Path folder, List<InputFile> files) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
      for (Path entry : listing) {
        if (!entry.getFileName().toString().startsWith(".")) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      files.add(InputFile.unreadable(folder.toString(), "cannot list folder: " + ReadError.describe(e)));
      return;
    }
    entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
    for (Path entry : entries) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(root, entry, files);
      } else if (!Files.isDirectory(entry)) {
        files.add(InputFile.of(entry, relativeId(root, entry)));
      }
    }
  }

  /** The path below the root folder, with "/" between its parts on every system. */
  private static String relativeId(Path root, Path file) {
    Path relative = root.relativize(file);
    List<String> parts = new ArrayList<>();
    relative.forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }
}

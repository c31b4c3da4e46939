package org.annals.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.ingest.InputFile;
import org.annals.ingest.InputFiles;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files the job's arguments name, in reading order. A local path is listed exactly as
 * {@code annals ingest} lists it (same order, ids and origins, so the same article ids); a URI
 * with a scheme (hdfs://, s3a://, file:/) is listed through Hadoop in the same order: a folder
 * depth first, each folder's entries by name, hidden entries (starting with a dot) skipped.
 */
final class InputListing {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  private InputListing() {}

  /** @throws IllegalArgumentException for standard input or an http(s) URL, which a job cannot read */
  static List<SourceFile> files(List<String> arguments, Configuration hadoop) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals("-") || argument.startsWith("http://") || argument.startsWith("https://")) {
        throw new IllegalArgumentException("'" + argument + "': a Spark job reads files (local, hdfs://, s3a://, ...), "
            + "not standard input or web URLs; 'annals ingest' reads those");
      }
      if (SCHEME.matcher(argument).find()) {
        listHadoop(argument, hadoop, files);
      } else {
        for (InputFile f : InputFiles.named(argument)) {
          files.add(f.problem() != null ? new SourceFile(files.size(), null, f.origin(), f.id(), f.problem())
              : new SourceFile(files.size(), f.path().toAbsolutePath().toUri(), f.origin(), f.id(), null));
        }
      }
    }
    return files;
  }

  private static void listHadoop(String argument, Configuration hadoop, List<SourceFile> files) throws IOException {
    Path root = new Path(argument);
    FileSystem fs = root.getFileSystem(hadoop);
    if (!fs.exists(root)) {
      files.add(new SourceFile(files.size(), null, argument, argument, "no such file or directory"));
      return;
    }
    FileStatus status = fs.getFileStatus(root);
    if (!status.isDirectory()) {
      files.add(new SourceFile(files.size(), status.getPath().toUri(), argument, root.getName(), null));
      return;
    }
    int before = files.size();
    walk(fs, status.getPath(), "", files);
    if (files.size() == before) {
      files.add(new SourceFile(files.size(), null, argument, argument, "empty folder: no files to read"));
    }
  }

  private static void walk(FileSystem fs, Path folder, String prefix, List<SourceFile> files) throws IOException {
    FileStatus[] entries = fs.listStatus(folder);
    Arrays.sort(entries, Comparator.comparing(e -> e.getPath().getName()));
    for (FileStatus entry : entries) {
      String name = entry.getPath().getName();
      if (name.startsWith(".")) {
        continue;
      }
      if (entry.isDirectory()) {
        walk(fs, entry.getPath(), prefix + name + "/", files);
      } else {
        files.add(new SourceFile(files.size(), entry.getPath().toUri(), entry.getPath().toString(), prefix + name, null));
      }
    }
  }
}

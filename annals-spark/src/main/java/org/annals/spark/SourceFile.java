package org.annals.spark;

import java.io.Serializable;
import java.net.URI;

/**
 * One file of the job's inputs, as the driver lists them and a task reads it.
 *
 * @param index the file's place in reading order: articles are linked in this order
 * @param uri where a task opens it (file:, hdfs:, s3a:, ...); null with a problem
 * @param origin how problems and the articles table name it, as {@code annals ingest} does
 * @param id the article id (for JSON Lines, the prefix of ids made up for lines without one)
 * @param problem why it cannot be read (no such file, empty folder), or null
 */
record SourceFile(int index, URI uri, String origin, String id, String problem) implements Serializable {}

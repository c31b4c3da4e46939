package org.annals.link.date;

import java.time.LocalDate;

/**
 * Whether the articles of a stream have come in date order so far: each article given a date
 * counts as in order when its date is no more than {@value #SLACK_DAYS} days before the latest
 * date given before it. A feed read as published is in date order; a folder of files named by
 * hash is not, and then where the stream stands says nothing about an undated article.
 *
 * @param latest the latest date given so far, or null
 * @param dated how many articles were given a date
 * @param inOrder how many of them came in date order
 */
public record StreamOrder(LocalDate latest, int dated, int inOrder) {

  /** How far back a given date may go and still count as in date order (same-day feeds interleave). */
  public static final int SLACK_DAYS = 2;
  /** How many dated articles it takes before the order is trusted. */
  private static final int MIN_DATED = 2;
  /** The share of them that must have come in order. */
  private static final double MIN_SHARE = 0.9;

  public static final StreamOrder EMPTY = new StreamOrder(null, 0, 0);

  /** The order after one more article with a given (not inferred) date; null leaves it as it is. */
  public StreamOrder next(LocalDate date) {
    if (date == null) {
      return this;
    }
    boolean ordered = latest == null || !date.isBefore(latest.minusDays(SLACK_DAYS));
    LocalDate newLatest = latest == null || date.isAfter(latest) ? date : latest;
    return new StreamOrder(newLatest, dated + 1, inOrder + (ordered ? 1 : 0));
  }

  /** Enough dated articles, nearly all in date order. */
  public boolean inDateOrder() {
    return latest != null && dated >= MIN_DATED && inOrder >= MIN_SHARE * dated;
  }

  /** "the stream is at 2022-03-06, in date order (41 of 42 dated articles)". */
  public String describe() {
    return "the stream is at " + latest + ", in date order (" + inOrder + " of " + dated + " dated articles)";
  }
}

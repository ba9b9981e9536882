package io.github.claimcheck;

import io.github.claimcheck.model.Article;
import java.time.LocalDate;
import java.util.List;

/**
 * The date of a report near each article in the input: the last date given before it, else the
 * first given after it. An undated article whose weekdays fit several years takes the year
 * nearest to it ("Kamis (2/1)" beside reports of January 2020 is 2 January 2020, not 2025).
 */
final class NearbyDates {

  private NearbyDates() {}

  /** For each article, the nearest given date in input order (before it first), or null. */
  static LocalDate[] of(List<Article> articles) {
    LocalDate[] near = new LocalDate[articles.size()];
    LocalDate last = null;
    for (int i = 0; i < near.length; i++) {
      near[i] = last;
      last = articles.get(i).published().orElse(last);
    }
    LocalDate next = null;
    for (int i = near.length - 1; i >= 0; i--) {
      if (near[i] == null) {
        near[i] = next;
      }
      next = articles.get(i).published().orElse(next);
    }
    return near;
  }
}

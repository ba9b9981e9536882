package io.github.claimcheck.model;

import java.util.Locale;

/** How precisely a {@link DateValue} is known. */
public enum Granularity {
  /** One day ({@code 19 Juni 2024}, {@code kemarin}). */
  DAY,
  /** A calendar week, Monday to Sunday ({@code pekan lalu}), or a weekend. */
  WEEK,
  /** Part of a month: days 1–10, 11–20 or 21–end ({@code akhir Februari}). */
  PART_OF_MONTH,
  /** A calendar month ({@code pada Maret}, {@code bulan lalu}). */
  MONTH,
  /** A meteorological season ({@code musim gugur tahun lalu}). */
  SEASON,
  /** Part of a year: Jan–Apr, May–Aug or Sep–Dec ({@code awal tahun ini}). */
  PART_OF_YEAR,
  /** A calendar year ({@code pada 2024}, {@code tahun lalu}). */
  YEAR;

  /** Returns the name used in JSON, for example {@code part_of_month}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

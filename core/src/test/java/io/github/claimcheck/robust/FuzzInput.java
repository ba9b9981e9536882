package io.github.claimcheck.robust;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Granularity;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.model.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns fuzz input (text, so seeds can be written by hand) into articles or claims. Lines are
 * records, fields are separated by tabs; anything that does not fit is skipped.
 */
final class FuzzInput {

  private static final int MAX_RECORDS = 40;
  private static final LocalDate DAY = LocalDate.of(2025, 10, 1);

  private FuzzInput() {}

  /**
   * One article per line: {@code text}, {@code id<TAB>text} or {@code id<TAB>text<TAB>source}
   * (more fields: URL, story). Blank or repeated ids are made unique; publication dates step a
   * day per line; all articles are in one story unless a line names one.
   */
  static List<Article> articles(String input) {
    List<Article> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = input.split("\n", -1);
    for (int i = 0; i < lines.length && out.size() < MAX_RECORDS; i++) {
      String[] f = lines[i].split("\t", -1);
      String id = f.length > 1 && !f[0].isBlank() ? f[0] : "a" + i;
      while (!ids.add(id)) {
        id = id + "~" + i;
      }
      String text = f.length > 1 ? f[1] : f[0];
      Article.Builder b = Article.builder(id, text)
          .published(DAY.plusDays(i % 7))
          .story(f.length > 4 ? f[4] : "fuzz");
      if (f.length > 2) {
        b.source(f[2]);
      }
      if (f.length > 3) {
        b.url(f[3]);
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * One claim per line: {@code article<TAB>kind<TAB>low<TAB>high[<TAB>predicate<TAB>subject]},
   * kind one of {@code exact approx vague range hedged atleast atleastx atmost atmostx date}
   * ({@code x}: the bound excluded); a date's bounds are ISO days. Numbers may be of any size
   * and sign ({@code 1E+312}, {@code -5}); exponents beyond 20,000 are skipped.
   */
  static List<Claim> claims(String input) {
    List<Claim> out = new ArrayList<>();
    String[] lines = input.split("\n", -1);
    for (int i = 0; i < lines.length && out.size() < MAX_RECORDS; i++) {
      String[] f = lines[i].split("\t", -1);
      if (f.length < 4 || f[0].isBlank()) {
        continue;
      }
      Value value;
      try {
        value = value(f[1], f[2], f[3]);
      } catch (RuntimeException e) { // a bad number, date or order of bounds: not a record
        continue;
      }
      if (value == null) {
        continue;
      }
      out.add(Claim.builder()
          .id(f[0] + "#" + i)
          .articleId(f[0])
          .predicate(f.length > 4 && !f[4].isEmpty() ? f[4] : "killed")
          .subject(f.length > 5 && !f[5].isEmpty() ? f[5] : "people")
          .unit("people")
          .value(value)
          .span(Span.of(0, lines[i].length()))
          .sentence(Span.of(0, lines[i].length()), lines[i])
          .attribution(f.length > 6 ? f[6] : null)
          .build());
    }
    return out;
  }

  private static Value value(String kind, String low, String high) {
    if (kind.equals("date")) {
      LocalDate a = LocalDate.parse(low);
      LocalDate b = high.isEmpty() ? a : LocalDate.parse(high);
      return a.equals(b) ? DateValue.day(a) : DateValue.of(a, b, Granularity.MONTH);
    }
    BigDecimal lo = low.isEmpty() ? null : number(low);
    BigDecimal hi = high.isEmpty() ? null : number(high);
    switch (kind) {
      case "exact":
        return Quantity.exact(lo);
      case "approx":
        return Quantity.approximately(lo);
      case "vague":
        return Quantity.vague(lo, hi);
      case "range":
        return Quantity.range(lo, hi);
      case "hedged":
        return Quantity.range(lo, hi).hedged();
      case "atleast":
      case "atleastx":
        return kind.length() == 7 ? Quantity.atLeast(lo) : Quantity.greaterThan(lo);
      case "atmost":
      case "atmostx":
        return kind.length() == 6 ? Quantity.atMost(hi) : Quantity.lessThan(hi);
      default:
        return null;
    }
  }

  private static BigDecimal number(String s) {
    BigDecimal n = new BigDecimal(s.strip());
    if (Math.abs((long) n.precision() - n.scale()) > 20_000 || Math.abs((long) n.scale()) > 20_000) {
      throw new IllegalArgumentException("too large to be a figure: " + s);
    }
    return n;
  }

  /** Article infos for the articles the claims name: outlet and publication day by name. */
  static Map<String, ArticleInfo> infos(List<Claim> claims) {
    Map<String, ArticleInfo> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      String id = c.articleId();
      if (!out.containsKey(id)) {
        Article a = Article.builder(id, "").source("Outlet " + id).build();
        out.put(id, ArticleInfo.of(a, Language.INDONESIAN, false,
            DAY.plusDays(Math.floorMod(id.hashCode(), 7)), false, null));
      }
    }
    return out;
  }
}

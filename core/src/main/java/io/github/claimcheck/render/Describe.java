package io.github.claimcheck.render;

import io.github.claimcheck.model.ArticleInfo;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.DateValue;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Likely;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.QuantityKind;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Descriptions of report parts shared by the text, Markdown and HTML renderers. */
final class Describe {

  private final Map<String, ArticleInfo> articles = new HashMap<>();
  private final Report report;

  Describe(Report report) {
    this.report = report;
    for (ArticleInfo a : report.articles()) {
      articles.put(a.id(), a);
    }
  }

  /** The claim with the id, or {@code null} when the report holds none. */
  Claim claim(String id) {
    return report.claim(id).orElse(null);
  }

  /** The claims a finding cites that the report holds, in the finding's order. */
  List<Claim> cited(Finding f) {
    List<Claim> out = new ArrayList<>();
    for (String id : f.claimIds()) {
      report.claim(id).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The likely value with the unit of the claim it was taken from ("131 people"), {@linkplain
   * SafeText#clean cleaned}.
   */
  String likelyValue(Likely likely) {
    String unit = "";
    for (String id : likely.claimIds()) {
      Claim c = claim(id);
      if (c != null && c.value().equals(likely.value())) {
        unit = c.unit().map(u -> " " + u).orElse("");
        break;
      }
    }
    return SafeText.clean(value(likely.value()) + unit);
  }

  /** A confidence or reliability with at most 3 decimals: "0.8", "0.833", "1". */
  static String fraction(double x) {
    return BigDecimal.valueOf(x).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
        .toPlainString();
  }

  /** "Most likely: 131 people (confidence 0.8)." */
  String likelyLine(Likely likely) {
    return "Most likely: " + likelyValue(likely) + " (confidence " + fraction(likely.confidence())
        + ").";
  }

  /** The event the claim belongs to, as the text names it ({@code flood:garut}), else "". */
  static String event(Claim c) {
    return c.event().orElse("");
  }

  /** Findings in reading order: conflicts, then explained differences, then agreements. */
  static List<Finding> ordered(Report report) {
    List<Finding> out = new ArrayList<>(report.findings());
    out.sort(Comparator.comparing(Finding::verdict)); // stable: keeps the reconciler's order within a verdict
    return out;
  }

  /** The outlet of the claim's article, or the article id when the outlet is unknown. */
  String outlet(Claim c) {
    ArticleInfo a = articles.get(c.articleId());
    return SafeText.clean(a == null ? c.articleId() : a.outlet());
  }

  /** The claim's own time, else "published …" from its article, else "undated". */
  String time(Claim c) {
    if (c.when().isPresent()) {
      return c.when().get().toString();
    }
    return date(c).map(d -> "published " + d).orElse("undated");
  }

  /** The date a chart labels a claim with: its own time, else its article's publication date. */
  Optional<LocalDate> date(Claim c) {
    if (c.when().isPresent()) {
      return Optional.of(c.when().get().start());
    }
    ArticleInfo a = articles.get(c.articleId());
    return a == null ? Optional.empty() : a.published();
  }

  /** The claim's date as a short label: the day, or the range of its own time. */
  String dateLabel(Claim c) {
    if (c.when().isPresent()) {
      return shortDate(c.when().get());
    }
    return date(c).map(LocalDate::toString).orElse("undated");
  }

  /** "2024-06-12", "2024-09-01–11-30" within a year, else "2023-12-01–2024-02-29". */
  static String shortDate(DateValue d) {
    if (d.start().equals(d.end())) {
      return d.start().toString();
    }
    String end = d.end().toString();
    return d.start() + "–" + (d.start().getYear() == d.end().getYear() ? end.substring(5) : end);
  }

  /** The value with grouped digits and the unit: "≈15,000 soldiers". */
  static String value(Claim c) {
    return SafeText.clean(value(c.value()) + c.unit().map(u -> " " + u).orElse(""));
  }

  static String value(Object v) {
    if (v instanceof Quantity q) {
      return q.toGroupedString();
    }
    if (v instanceof DateValue d) {
      return d.toString();
    }
    return String.valueOf(v);
  }

  /**
   * The claim's sentence split around its evidence, so each renderer can mark the figure; each
   * part {@linkplain SafeText#clean cleaned}.
   */
  record Evidence(String before, String figure, String after) {}

  static Evidence evidence(Claim c) {
    String s = SafeText.clean(c.sentence()); // same length: the offsets still hold
    int from = c.span().start() - c.sentenceSpan().start();
    int to = c.span().end() - c.sentenceSpan().start();
    if (from < 0 || to > s.length() || from > to) {
      return new Evidence(s, "", "");
    }
    return new Evidence(s.substring(0, from), s.substring(from, to), s.substring(to));
  }

  /** The sentence with the evidence marked by the two markers. */
  static String evidence(Claim c, String open, String close) {
    Evidence e = evidence(c);
    return e.figure().isEmpty() ? e.before() : e.before() + open + e.figure() + close + e.after();
  }

  static String verdictLabel(Verdict v) {
    switch (v) {
      case CONFLICT:
        return "Conflict";
      case EXPLAINED:
        return "Explained";
      case UNRESOLVED:
        return "Unresolved";
      default:
        return "Agreement";
    }
  }
}

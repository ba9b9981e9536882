package io.github.claimcheck.examples.quickstart;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.json.ReportJson;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.Finding;
import io.github.claimcheck.model.Report;
import java.time.LocalDate;
import java.util.List;

/** The README's Java example, compiled and run by a test so it cannot drift from the API. */
public final class QuickStart {

  private QuickStart() {}

  /** Checks two articles about one flood and prints the findings, then one article's claims. */
  public static void main(String[] args) {
    String text1 = "Banjir bandang di Garut menewaskan 120 orang, kata polisi, Kamis (2/10/2025).";
    String text2 = "Korban meninggal banjir di Garut mencapai 131 orang, menurut BPBD, Kamis (2/10/2025).";

    // [readme]
    ClaimChecker checker = ClaimChecker.standard(); // build once, share: immutable, thread-safe
    Article first = Article.builder("a1", text1).source("Harian A").published(LocalDate.of(2025, 10, 2)).build();
    Report report = checker.check(List.of(first, Article.of("a2", text2))); // date and language inferred

    for (Finding f : report.findings()) { // conflicts first
      System.out.println(f.verdict() + ": " + f.explanation());
      for (String id : f.claimIds()) { // the claims it cites: value, event, source, evidence
        report.claim(id).ifPresent(c -> System.out.println("  " + c + "\n    " + c.sentence()));
      }
      f.likely().ifPresent(l -> System.out.println("  most likely " + l.value() + ": " + l.reason()));
    }
    report.sources().forEach(s -> System.out.println(s.name() + " " + s.reliability())); // 0..1
    List<Claim> claims = checker.extract(first); // one article's claims
    String json = ReportJson.toJson(report); // schema claimcheck-report/1
    // [/readme]
    claims.forEach(System.out::println);
    System.out.println(json.length() + " chars of JSON");
  }
}

package io.github.claimcheck.robust;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Report;
import io.github.claimcheck.model.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 18: for any list of articles, {@code check()} returns a report listing every article,
 * and every renderer renders it, with no control or bidi formatting character from the input in
 * any output. Articles are built from news-like pieces (figures, hedges, scale words, dates,
 * attributions) mixed with hostile characters, so that claims, findings and charts happen.
 * (jqwik, kept apart from JUnit.)
 */
class CheckPropertiesTest {

  private static final ClaimChecker CHECKER = ClaimChecker.builder().today(Fixtures.TODAY).build();

  /** Characters that attack terminals, hide themselves or reorder what is shown. */
  private static final List<String> HOSTILE = List.of("\u001b[2J", "\u001b]52;c;aGk=\u0007",
      "\u009b31m", "\u0000", "\r", "\n", "\t", "\u007f", "\u202e", "\u202c", "\u2066", "\u200b",
      "\u00ad", "\ufeff", "\u00a0", "\u2009", "\ud800", "\udc00", "\u0085", "\u2028");

  private static final List<String> WORDS = List.of("Banjir", "di", "Garut", "menewaskan",
      "tewas", "orang", "warga", "mengungsi", "tentara", "dikirim", "kata", "polisi", "BPBD",
      "menurut", "sekitar", "lebih dari", "kurang dari", "hingga", "antara", "dan", "ribuan",
      "juta", "triliun", "ribu", "pada", "Senin", "Jumat", "(2/10/2025)", "19 Juni 2024", "lalu",
      "The", "floods", "killed", "people", "about", "fewer than", "at least", "up to", "troops",
      "were", "sent", "police", "said", "on", "June", "last week", ".", ",", "bertambah",
      "menjadi", "tambahan", "sebelumnya", "0", "3", "12", "120", "131", "1.500", "10.000",
      "2,5", "10,000", "12 000", "999999999999", "-5");

  @Provide
  Arbitrary<String> pieces() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(WORDS)),
        Tuple.of(1, Arbitraries.of(HOSTILE)),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(4)));
  }

  /** Word soup: any order of the pieces. */
  Arbitrary<String> soup() {
    return pieces().list().ofMaxSize(30).map(p -> String.join(" ", p));
  }

  /** A sentence stating a figure, sometimes with a hostile piece inside or around it. */
  Arbitrary<String> sentence() {
    Arbitrary<String> hedge = Arbitraries.of("", "sekitar ", "lebih dari ", "kurang dari ",
        "hingga ", "setidaknya ", "about ", "fewer than ", "up to ");
    Arbitrary<String> figure = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 200).map(String::valueOf),
        Arbitraries.of("1.500", "10.000", "2,5 juta", "ribuan", "dua belas", "10 000",
            "1​20", "‮021‬", "5 triliun triliun triliun triliun", "12,000"));
    Arbitrary<String> noun = Arbitraries.of("orang", "warga", "tentara", "people", "troops");
    Arbitrary<String> predicate = Arbitraries.of("Banjir di Garut menewaskan ",
        "Jumlah korban tewas mencapai ", "Sebanyak ", "The floods killed ",
        "Pemerintah mengirim ");
    Arbitrary<String> tail = Arbitraries.of(", kata polisi.", " mengungsi, menurut BPBD.",
        ", police said.", " pada Jumat (3/10/2025).", ".", " dikirim sejak 19 Juni 2024.");
    Arbitrary<String> hostile = Arbitraries.of(HOSTILE).injectNull(0.6)
        .map(h -> h == null ? "" : h);
    return Combinators.combine(predicate, hedge, figure, noun, tail, hostile)
        .as((p, h, f, n, t, x) -> p + h + f + x + " " + n + t);
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.frequencyOf(Tuple.of(3, sentence()), Tuple.of(1, soup()))
        .list().ofMaxSize(5).map(p -> String.join(" ", p));
  }

  @Provide
  Arbitrary<String> field() {
    return Arbitraries.oneOf(Arbitraries.of(HOSTILE), Arbitraries.strings().ofMaxLength(8),
        Arbitraries.of("Harian A", "Warta B", "flood", "disaster/flood"));
  }

  private record Draft(String id, String text, String source, String url, String story,
      LocalDate published, Language language) {}

  @Provide
  Arbitrary<List<Article>> articles() {
    Arbitrary<Draft> draft = Combinators.combine(
            field(), text(), field().injectNull(0.3), field().injectNull(0.7),
            Arbitraries.of("flood", "s").injectNull(0.3),
            Arbitraries.integers().between(0, 10).map(d -> LocalDate.of(2025, 10, 1).plusDays(d))
                .injectNull(0.3),
            Arbitraries.of(Language.builtIn()).injectNull(0.5))
        .as(Draft::new);
    return draft.list().ofMaxSize(8).map(CheckPropertiesTest::build);
  }

  /** Ids made unique and non-blank by their position. */
  private static List<Article> build(List<Draft> drafts) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      out.add(Article.builder(i + d.id(), d.text()).source(d.source()).url(d.url())
          .story(d.story()).published(d.published()).language(d.language()).build());
    }
    return out;
  }

  @Property(tries = 300)
  void everyCheckGivesAReportThatEveryRendererRendersSafely(
      @ForAll("articles") List<Article> articles) {
    Report report = CHECKER.check(articles);
    Invariants.report(articles, report);
    Printable.rendersSafely(report);
    // the inputs do reach the interesting paths: claims, findings with charts, problems
    Statistics.label("claims").collect(!report.claims().isEmpty());
    Statistics.label("conflicts").collect(!report.findings(Verdict.CONFLICT).isEmpty());
    Statistics.label("problems").collect(!report.problems().isEmpty());
    Statistics.label("claims").coverage(c -> c.check(true).percentage(p -> p > 50));
    Statistics.label("conflicts").coverage(c -> c.check(true).count(n -> n >= 10));
    Statistics.label("problems").coverage(c -> c.check(true).count(n -> n >= 3));
  }
}

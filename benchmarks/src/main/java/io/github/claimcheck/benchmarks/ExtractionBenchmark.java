package io.github.claimcheck.benchmarks;

import io.github.claimcheck.extract.Extractor;
import io.github.claimcheck.model.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-thread extraction over a generated corpus of {@code corpusBytes} bytes, next to the
 * floor any extractor has to pay: one pass with one precompiled pattern that finds the sentence
 * ends and number tokens of the same text. One operation reads the whole corpus, so MB/s is
 * ops/s times the corpus size ({@link BenchmarkMain} prints both and their ratio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
// One operation takes about a second, and the JIT compiles extraction's many methods for 15-20 s
// on two cores: a 3 s warm-up measured the compiler, not the extractor (2.2 MB/s, against 5-7.6
// MB/s in steady state on the same machine).
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 5)
public class ExtractionBenchmark {

  /** Sentence ends (a stop before space or the end) and number tokens, in one alternation. */
  private static final Pattern FLOOR = Pattern.compile("[.!?]+(?=\\s|$)|\\d+(?:[.,]\\d+)*");

  /** Size of the corpus one operation reads, in UTF-8 bytes of article text. */
  @Param({"2000000"})
  public long corpusBytes;

  private List<Article> articles;
  private final LocalDate today = LocalDate.of(2026, 11, 21);

  /** Generates the corpus. */
  @Setup
  public void setUp() {
    articles = CorpusGenerator.standard().articlesOfSize(corpusBytes);
  }

  /** Claims of every article, as {@code Extractor.standard().analyse(article, today)}. */
  @Benchmark
  public void extract(Blackhole bh) {
    Extractor x = Extractor.standard();
    for (Article a : articles) {
      bh.consume(x.analyse(a, today));
    }
  }

  /** The floor: counts sentences and number tokens with one precompiled pattern. */
  @Benchmark
  public void baseline(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(floor(a.text()));
    }
  }

  /** Sentences times 2^20 plus number tokens of the text. */
  static long floor(String text) {
    long sentences = 0;
    long numbers = 0;
    Matcher m = FLOOR.matcher(text);
    while (m.find()) {
      if (Character.isDigit(text.charAt(m.start()))) {
        numbers++;
      } else {
        sentences++;
      }
    }
    return (sentences << 20) + numbers;
  }
}

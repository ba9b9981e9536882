package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.LanguagePack;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a user adds to the {@link ClaimChecker} that runs on each executor: language packs, rule
 * sets, custom rules. Spark sends the setup to the executors (it is {@link Serializable}), and
 * each executor JVM applies it once to a builder whose date the job has fixed, then reuses the
 * checker for every partition.
 *
 * <pre>{@code
 * CheckerSetup setup = b -> b.language(DisasterRules.language()).ruleSet(DisasterRules.ruleSet());
 * ClaimcheckSpark spark = ClaimcheckSpark.builder().setup(setup).build();
 * }</pre>
 *
 * <p>A lambda is serializable when its target type is, as here; what it captures must be
 * serializable too, so build language packs and rule sets inside it (or in static fields of a
 * class on the executors' class path) rather than capturing them. Alternatively name a class:
 * {@link #ofClass(String)}. The classes a setup uses (custom rules, resources of language packs)
 * must be on the executors' class path, for instance in the job jar or given to {@code
 * spark-submit --jars}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface CheckerSetup extends Serializable {

  /**
   * Adds language knowledge and rules to {@code builder} and returns it (or another builder).
   * Called once per executor JVM; should not change the builder's clock, which the job set.
   *
   * @param builder a builder with the built-in knowledge and rules and the job's date
   * @return the builder to build the checker from
   */
  ClaimChecker.Builder configure(ClaimChecker.Builder builder);

  /** Returns the setup that adds nothing: the built-in language knowledge and rules. */
  static CheckerSetup standard() {
    return Setups.Standard.INSTANCE;
  }

  /**
   * Returns a setup that creates an instance of the named class (a {@code CheckerSetup} with a
   * public no-argument constructor) on each executor and applies it; for the job's {@code
   * --setup} option. The class is looked up with the thread's context class loader, which Spark
   * sets to the one holding the user's jars.
   *
   * @throws NullPointerException if {@code className} is null
   * @throws IllegalArgumentException if {@code className} is blank
   */
  static CheckerSetup ofClass(String className) {
    Objects.requireNonNull(className, "className");
    if (className.isBlank()) {
      throw new IllegalArgumentException("setup class name is blank");
    }
    return new Setups.ByClass(className.strip());
  }

  /**
   * Returns a setup that adds the language pack in a folder laid out like the built-in one (see
   * {@link LanguagePack#fromDirectory(Path)}). The folder must be readable at the same path on
   * every executor; the job's {@code --language-pack} option ships it with the job instead.
   *
   * @throws NullPointerException if {@code folder} is null
   */
  static CheckerSetup languagePack(String folder) {
    Objects.requireNonNull(folder, "folder");
    return b -> b.language(LanguagePack.fromDirectory(Path.of(folder)));
  }

  /**
   * Returns this setup followed by {@code next}.
   *
   * @throws NullPointerException if {@code next} is null
   */
  default CheckerSetup andThen(CheckerSetup next) {
    Objects.requireNonNull(next, "next");
    CheckerSetup first = this;
    return b -> next.configure(first.configure(b));
  }
}

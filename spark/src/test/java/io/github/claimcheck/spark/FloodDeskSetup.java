package io.github.claimcheck.spark;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.LanguagePack;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.reconcile.Rules;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A user's setup: the words of the test language pack ({@code src/test/resources/flood-pack}: what
 * floods damage, counted in houses) and a rule of the user's own. Public, with a public
 * constructor without arguments, so the job can create it by name ({@code --setup}).
 */
public class FloodDeskSetup implements CheckerSetup {

  private static final long serialVersionUID = 1L;

  /** The name of the user's rule. */
  public static final String RULE = "damage-estimates";

  /** The test language pack. */
  static final Path PACK = Path.of("src/test/resources/flood-pack");

  /** How often a checker was configured with this setup in this JVM. */
  static final AtomicInteger CONFIGURED = new AtomicInteger();

  /** The built-in rules and the user's: figures of damage that differ are explained. */
  static RuleSet rules() {
    return RuleSet.defaults().with(Rules.forPredicate("damaged").named(RULE)
        .disagreementIsExplained("first counts of damage are estimates"));
  }

  @Override
  public ClaimChecker.Builder configure(ClaimChecker.Builder builder) {
    CONFIGURED.incrementAndGet();
    return builder.language(LanguagePack.fromDirectory(PACK)).ruleSet(rules());
  }

  /** Only the user's rule: the job's {@code --language-pack} gives the words. */
  public static class RulesOnly implements CheckerSetup {
    private static final long serialVersionUID = 1L;

    @Override
    public ClaimChecker.Builder configure(ClaimChecker.Builder builder) {
      return builder.ruleSet(rules());
    }
  }
}

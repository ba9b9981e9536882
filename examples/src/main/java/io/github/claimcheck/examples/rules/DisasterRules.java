package io.github.claimcheck.examples.rules;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.extract.LanguagePack;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.reconcile.Rule;
import io.github.claimcheck.reconcile.RuleSet;
import io.github.claimcheck.reconcile.Rules;
import java.time.Clock;

/**
 * Language knowledge and rules for disaster reporting (floods, earthquakes, landslides), built on
 * the public API only. It shows the three ways to extend claimcheck:
 *
 * <ol>
 *   <li>language files in the built-in format, shipped as class-path resources under {@code
 *       io/github/claimcheck/examples/rules/lang/}: the predicates {@code damaged} and {@code
 *       rescued}, counting nouns (rumah, jembatan, relawan, homes, bridges) and agency aliases;
 *   <li>the same knowledge added in code: more words for the built-in {@code displaced};
 *   <li>rules: official death tolls that fall are conflicts, damage counts may grow, shelter
 *       counts that differ are explained.
 * </ol>
 *
 * <p>Rules about disasters apply only to stories tagged {@value #TAG}: name stories {@code
 * disaster/<something>} (see {@link RuleSet#storyTags(String)}), or tag existing story names with
 * {@code ruleSet().with(Rules.tagStory("banjir-garut", "disaster"))}.
 */
public final class DisasterRules {

  /** The story tag the disaster rules apply to. */
  public static final String TAG = "disaster";

  /** Agencies whose figures are official. */
  private static final String[] OFFICIALS = {"BNPB", "BPBD", "Basarnas", "Badan SAR Nasional"};

  /** Name of the rule: a later official death toll lower than an earlier one is a conflict. */
  public static final String OFFICIAL_TOLL_FELL = "official-toll-fell";

  /** Name of the rule: different shelter counts are explained. */
  public static final String SHELTER_COUNTS = "shelter-counts";

  private static final LanguagePack LANGUAGE =
      LanguagePack.builder()
          // 1. Files in the built-in format, read from this jar.
          .resources(DisasterRules.class, "lang")
          // 2. The builder: words for a built-in predicate. "mengungsi" and "pengungsi" are built
          //    in already and are simply accepted; "terusir" and "uprooted" are new.
          .predicate("displaced", Language.INDONESIAN, "mengungsi", "pengungsi", "terusir")
          .predicate("displaced", Language.ENGLISH, "displaced", "uprooted")
          .build();

  private static final Rule OFFICIAL_FALL =
      Rules.forPredicate("killed")
          .inStoriesTagged(TAG)
          .officialSources(OFFICIALS)
          .named(OFFICIAL_TOLL_FELL)
          .laterLowerOfficialFigureIsConflict();

  private static final Rule SHELTERS =
      Rules.forPredicate("displaced")
          .inStoriesTagged(TAG)
          .named(SHELTER_COUNTS)
          .disagreementIsExplained("shelter counts change by the hour as people move between"
              + " shelters and home");

  private static final RuleSet RULES =
      RuleSet.defaults()
          // Damage assessments only add up: a later, larger count is growth, not a conflict.
          .with(Rules.cumulative("damaged"))
          // Early damage counts are rough; approximate figures within 20 % agree.
          .with(Rules.tolerate("damaged", 0.20))
          .with(OFFICIAL_FALL)
          .with(SHELTERS);

  private DisasterRules() {}

  /** Returns the disaster language knowledge, added to the built-in one. */
  public static LanguagePack language() {
    return LANGUAGE;
  }

  /** Returns the built-in rules plus the disaster rules and settings. */
  public static RuleSet ruleSet() {
    return RULES;
  }

  /** Returns a checker with the disaster language knowledge and rules. */
  public static ClaimChecker checker() {
    return checker(Clock.systemUTC());
  }

  /** Returns a checker with the disaster language knowledge and rules, reading today from {@code clock}. */
  public static ClaimChecker checker(Clock clock) {
    return ClaimChecker.builder().language(LANGUAGE).ruleSet(RULES).clock(clock).build();
  }
}

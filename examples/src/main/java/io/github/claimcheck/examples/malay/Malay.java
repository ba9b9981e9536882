package io.github.claimcheck.examples.malay;

import io.github.claimcheck.ClaimChecker;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;

/**
 * A third language written as data only: Malay (Bahasa Melayu) in Malaysian news style. Its
 * profile is the folder {@code io/github/claimcheck/examples/malay/ms/} of this module's
 * resources, with the file formats of core's built-in {@code lang/id/}; no code of core knows it.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.builder().language(Malay.profile()).build();
 * checker.extract(Article.builder("b1", "Seramai 1,200 mangsa banjir ...").language(Malay.LANGUAGE).build());
 * }</pre>
 */
public final class Malay {

  /** The language code {@code ms}. */
  public static final Language LANGUAGE = Language.of("ms");

  private static final LanguageProfile PROFILE = LanguageProfile.fromResources(LANGUAGE, Malay.class, "ms");

  private Malay() {}

  /** Returns the Malay profile, read once from this module's resources. */
  public static LanguageProfile profile() {
    return PROFILE;
  }

  /** Returns a checker that reads Malay as well as the built-in languages. */
  public static ClaimChecker checker() {
    return ClaimChecker.builder().language(PROFILE).build();
  }
}

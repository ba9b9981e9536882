package io.github.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.extract.Extractor;
import io.github.claimcheck.extract.LanguagePack;
import io.github.claimcheck.reconcile.Reconciler;
import io.github.claimcheck.reconcile.RuleSet;
import org.junit.jupiter.api.Test;

/** Two setters of one part of the checker fail fast instead of overwriting each other. */
class ClaimCheckerBuilderTest {

  private static final LanguagePack PACK = LanguagePack.builder().build();

  @Test
  void aLanguagePackAfterAnExtractorIsAnErrorThatNamesBothSetters() {
    ClaimChecker.Builder b = ClaimChecker.builder().extractor(Extractor.standard());
    assertThatThrownBy(() -> b.language(PACK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set by extractor(Extractor)")
        .hasMessageContaining("language(LanguagePack) cannot replace it");
  }

  @Test
  void anExtractorAfterALanguagePackOrASecondPackIsAnError() {
    assertThatThrownBy(() -> ClaimChecker.builder().language(PACK).extractor(Extractor.standard()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set by language(LanguagePack)");
    assertThatThrownBy(() -> ClaimChecker.builder().language(PACK).language(PACK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set the extractor once");
  }

  @Test
  void aRuleSetAndAReconcilerCannotBothBeSet() {
    assertThatThrownBy(() -> ClaimChecker.builder().ruleSet(RuleSet.defaults())
            .reconciler(Reconciler.standard()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reconciler is already set by ruleSet(RuleSet)");
    assertThatThrownBy(() -> ClaimChecker.builder().reconciler(Reconciler.standard())
            .ruleSet(RuleSet.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set by reconciler(Reconciler)");
  }

  @Test
  void eachPartSetOnceBuildsAChecker() {
    assertThat(ClaimChecker.builder().language(PACK).ruleSet(RuleSet.defaults()).build())
        .isNotNull();
  }
}

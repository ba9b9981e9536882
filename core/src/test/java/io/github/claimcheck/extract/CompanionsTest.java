package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Claim;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Quantity;
import io.github.claimcheck.model.Scope;
import io.github.claimcheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanionsTest {

  private static final Span FIRST = Span.of(0, 50);
  private static final Span SECOND = Span.of(51, 100);

  private static Claim.Builder count(int n, String predicate, long value, Span sentence) {
    return Claim.builder().id("a#" + n).articleId("a").predicate(predicate).subject("people")
        .value(Quantity.exact(value)).span(Span.of(sentence.start() + n, sentence.start() + n + 1))
        .sentence(sentence, "s");
  }

  @Test
  void theWholeCountsOfOneSentenceAreEachOthersCompanions() {
    List<Claim> out = Companions.attach(List.of(
        count(1, "killed", 62, FIRST).build(),
        count(2, "wounded", 584, FIRST).build(),
        count(3, "missing", 20, FIRST).build(),
        count(4, "killed", 70, SECOND).build()));
    assertThat(out.get(0).companions())
        .containsExactly(Map.entry("missing", Quantity.exact(20)), Map.entry("wounded", Quantity.exact(584)));
    assertThat(out.get(1).companions()).containsOnlyKeys("killed", "missing");
    assertThat(out.get(3).companions()).isEmpty(); // alone in its sentence
  }

  @Test
  void aPredicateCountedTwiceWithDifferentValuesAndPartsGiveNoCompanion() {
    List<Claim> out = Companions.attach(List.of(
        count(1, "killed", 6, FIRST).build(),
        count(2, "killed", 4, FIRST).build(),
        count(3, "killed", 6, FIRST).build(),
        count(4, "wounded", 35, FIRST).build(),
        count(5, "wounded", 12, FIRST).scope(new Scope(Scope.Kind.PLACE, "garut", "Garut")).build(),
        count(6, "missing", 3, FIRST).flag(ClaimFlag.EARLIER).build()));
    assertThat(out.get(0).companions()).containsOnlyKeys("wounded");
    assertThat(out.get(0).companions().get("wounded")).isEqualTo(Quantity.exact(35));
    assertThat(out.get(3).companions()).isEmpty(); // the dead counted as 6 and as 4
    assertThat(out.get(4).companions()).isEmpty(); // a part has none
    assertThat(out.get(5).companions()).isEmpty(); // nor an earlier figure
  }

  @Test
  void claimsWithoutCompanionsAreTheSameList() {
    List<Claim> in = new ArrayList<>(List.of(count(1, "killed", 6, FIRST).build(),
        count(2, "wounded", 9, SECOND).build()));
    assertThat(Companions.attach(in)).isSameAs(in);
  }
}

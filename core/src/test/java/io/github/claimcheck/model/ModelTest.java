package io.github.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static Claim claim(String id) {
    return Claim.builder()
        .id(id)
        .articleId("a1")
        .predicate("killed")
        .subject("north_korea:soldiers")
        .value(Quantity.approximately(600))
        .unit("soldiers")
        .span(Span.of(10, 21))
        .sentence(Span.of(0, 40), "Sekitar 600 tentara Korea Utara tewas.")
        .build();
  }

  @Test
  void articleKeepsWhatTheInputSaysAndNothingElse() {
    Article a = Article.builder("a1", "teks").source(" VOA ").published(LocalDate.of(2024, 6, 12)).build();
    assertThat(a.source()).contains("VOA");
    assertThat(a.url()).isEmpty();
    assertThat(a.language()).isEmpty();
    assertThat(a.toBuilder().build()).isEqualTo(a);
    assertThatThrownBy(() -> Article.of(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void claimRequiresItsCoreFields() {
    assertThatThrownBy(() -> Claim.builder().id("x").build())
        .isInstanceOf(NullPointerException.class);
    Claim c = claim("a1#1");
    assertThat(c.quantity()).contains(Quantity.approximately(600));
    assertThat(c.date()).isEmpty();
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().flag(ClaimFlag.ADDITION).build().has(ClaimFlag.ADDITION)).isTrue();
    assertThat(c.flags()).isEmpty();
  }

  @Test
  void scopeAndClockAreKeptAndShown() {
    Claim part = claim("a1#2").toBuilder()
        .scope(Scope.place("lombok_barat", "Kabupaten Lombok Barat"))
        .clock(ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7)), "pukul 17.00 WIB")
        .build();
    assertThat(part.scope()).contains(Scope.place("lombok_barat", "Kabupaten Lombok Barat"));
    assertThat(part.scope().orElseThrow().id()).isEqualTo("place:lombok_barat");
    assertThat(part.clockText()).contains("pukul 17.00 WIB");
    assertThat(part.toBuilder().build()).isEqualTo(part);
    assertThat(part).isNotEqualTo(claim("a1#2"));
    assertThat(part.toString()).contains("{place:lombok_barat}").contains("@17:00+07:00");
    assertThat(claim("a1#1").scope()).isEmpty();
    assertThatThrownBy(() -> Scope.category(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clockTimesCompareAcrossZones() {
    ClockTime wib17 = ClockTime.of(LocalTime.of(17, 0), ZoneOffset.ofHours(7));
    ClockTime wita20 = ClockTime.of(LocalTime.of(20, 0), ZoneOffset.ofHours(8));
    ClockTime wita17 = ClockTime.of(LocalTime.of(17, 30), ZoneOffset.ofHours(8));
    assertThat(wib17.isBefore(wita20)).isTrue();
    // 17.30 WITA is 16.30 WIB: earlier, though the clock reads later.
    assertThat(wita17.isBefore(wib17)).isTrue();
    assertThat(wib17.isBefore(wita17)).isFalse();
    // One zone known: both read in it.
    assertThat(ClockTime.of(LocalTime.of(9, 0)).isBefore(wib17)).isTrue();
  }

  @Test
  void claimFlagsCannotBeChangedFromOutside() {
    Claim c = claim("a1#1").toBuilder().flag(ClaimFlag.PLANNED).build();
    assertThatThrownBy(() -> c.flags().add(ClaimFlag.CHANGE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void spansAndDates() {
    assertThat(Span.of(0, 5).overlaps(Span.of(4, 9))).isTrue();
    assertThat(Span.of(0, 5).overlaps(Span.of(5, 9))).isFalse();
    assertThat(Span.of(0, 5).union(Span.of(7, 9))).isEqualTo(Span.of(0, 9));
    assertThatThrownBy(() -> Span.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    DateValue autumn = DateValue.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30), Granularity.SEASON);
    assertThat(autumn.overlaps(DateValue.day(LocalDate.of(2024, 11, 30)))).isTrue();
    assertThat(autumn.overlaps(DateValue.day(LocalDate.of(2024, 12, 1)))).isFalse();
    assertThatThrownBy(() -> DateValue.of(LocalDate.of(2024, 2, 2), LocalDate.of(2024, 2, 1), Granularity.DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportListsAreImmutableAndFilterable() {
    Claim c = claim("a1#1");
    Finding f = Finding.of("agreement", Verdict.AGREEMENT, "killed", "north_korea:soldiers", List.of("a1#1"), "Both say 600.");
    Report r = Report.of(List.of(), List.of(c), List.of(f), List.of(Problem.at("x.jsonl", 3, "bad")));
    assertThat(r.claimsOf("a1")).containsExactly(c);
    assertThat(r.claimsOf("a2")).isEmpty();
    assertThat(r.findings(Verdict.AGREEMENT)).containsExactly(f);
    assertThat(r.findings(Verdict.CONFLICT)).isEmpty();
    assertThat(r.problems().get(0).source()).isEqualTo("x.jsonl:3");
    assertThatThrownBy(() -> r.claims().add(c)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Finding.of("r", Verdict.CONFLICT, "p", "s", List.of(), "e"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReportFindsACitedClaimById() {
    Claim first = claim("a1#1");
    Claim second = claim("a1#2");
    Claim sameIdAgain = claim("a1#2").toBuilder().attribution("someone else").build();
    Finding f = Finding.of("agreement", Verdict.AGREEMENT, "killed", "north_korea:soldiers",
        List.of("a1#2", "a9#9"), "Both say 600.");
    Report r = Report.of(List.of(), List.of(first, second, sameIdAgain), List.of(f), List.of());
    assertThat(f.claimIds()).extracting(id -> r.claim(id).orElse(null))
        .containsExactly(second, null);
    assertThat(r.claim("a1#1")).contains(first);
    assertThatThrownBy(() -> r.claim(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aClaimOnOneLineShowsItsTimeEventAttributionAndFlags() {
    Claim c = claim("a1#1").toBuilder()
        .when(DateValue.day(LocalDate.of(2025, 10, 2)))
        .event("flood:garut")
        .attribution("polisi")
        .flag(ClaimFlag.AS_OF)
        .build();
    assertThat(c.toString()).startsWith("a1#1 killed ")
        .endsWith(" @2025-10-02 event flood:garut [polisi] [AS_OF]");
    assertThat(claim("a1#2").toString()).doesNotContain("event");
  }

  @Test
  void languageCodes() {
    assertThat(Language.fromCode("ID")).contains(Language.INDONESIAN);
    assertThat(Language.fromCode("in")).contains(Language.INDONESIAN);
    assertThat(Language.fromCode("en")).contains(Language.ENGLISH);
    assertThat(Language.fromCode("fr")).contains(Language.of("fr"));
    assertThat(Language.of("MS")).isSameAs(Language.of("ms")).hasToString("ms");
    assertThat(Language.fromCode("x1!")).isEmpty();
    assertThatThrownBy(() -> Language.of("indonesian")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two or three letters");
  }

  @Test
  void companionsAreSortedImmutableAndReplacedWithoutTouchingOtherFields() {
    Claim c = Claim.builder().id("a#1").articleId("a").predicate("killed").subject("people")
        .value(Quantity.exact(62)).span(Span.of(0, 9)).sentence(Span.of(0, 40), "s")
        .companion("wounded", Quantity.exact(584)).companion("missing", Quantity.exact(20))
        .build();
    assertThat(c.companions().keySet()).containsExactly("missing", "wounded");
    assertThatThrownBy(() -> c.companions().put("x", Quantity.exact(1)))
        .isInstanceOf(UnsupportedOperationException.class);

    Claim other = c.withCompanions(java.util.Map.of("wounded", Quantity.exact(745)));
    assertThat(other.companions()).containsOnlyKeys("wounded");
    assertThat(other).isNotEqualTo(c);
    assertThat(other.toBuilder().companions(c.companions()).build()).isEqualTo(c);
    assertThat(c.withCompanions(c.companions())).isSameAs(c);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThatThrownBy(() -> c.withCompanions(java.util.Collections.singletonMap("x", null)))
        .isInstanceOf(NullPointerException.class);
  }
}

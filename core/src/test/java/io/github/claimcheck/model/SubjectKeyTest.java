package io.github.claimcheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubjectKeyTest {

  @Test
  void countedKeysHaveAnOptionalActorAndAKind() {
    SubjectKey k = SubjectKey.of("north_korea", "soldiers");
    assertThat(k.actor()).contains("north_korea");
    assertThat(k.kind()).isEqualTo("soldiers");
    assertThat(k.id()).isEqualTo("north_korea:soldiers");
    assertThat(SubjectKey.of("people").actor()).isEmpty();
    assertThat(SubjectKey.of("people").id()).isEqualTo("people");
    assertThat(SubjectKey.of(null, "people")).isEqualTo(SubjectKey.of("people"));
  }

  @Test
  void theStringFormReadsBackToTheSameKey() {
    for (String id : List.of("people", "north_korea:soldiers", "lion_air:aboard", "a:b:c", "x:", ":x",
        "kim+putin", "putin+kim", "a++b", "+a", "statement@a1:457", "x@a:007", "x@:1", "@a:1",
        "dated@d1a:99999999999")) {
      assertThat(SubjectKey.parse(id).id()).isEqualTo(id);
    }
    assertThat(SubjectKey.parse("statement@a1:457")).isEqualTo(new SubjectKey.Local("statement", "a1", 457));
    assertThat(SubjectKey.parse("kim+putin")).isEqualTo(SubjectKey.Named.of(List.of("kim", "putin")));
    assertThat(SubjectKey.parse("putin+kim")).isInstanceOf(SubjectKey.Counted.class);
    assertThat(SubjectKey.parse("a:b:c").actor()).contains("a:b");
    assertThat(SubjectKey.parse("a:b:c").kind()).isEqualTo("c");
    assertThat(SubjectKey.parse("x:").kind()).isEqualTo("x:");
    assertThatThrownBy(() -> SubjectKey.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namedSubjectsAreSortedLowerCaseNames() {
    SubjectKey.Named n = SubjectKey.Named.of(List.of("Putin", "Kim"));
    assertThat(n.id()).isEqualTo("kim+putin");
    assertThat(n.names()).containsExactly("kim", "putin");
    assertThat(n.actor()).isEmpty();
    assertThatThrownBy(() -> SubjectKey.Named.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void localSubjectsBelongToOneArticleAndOffset() {
    SubjectKey.Local l = new SubjectKey.Local("statement", "a1", 457);
    assertThat(l.id()).isEqualTo("statement@a1:457");
    assertThat(l.kind()).isEqualTo("statement");
    assertThat(l).isNotEqualTo(new SubjectKey.Local("statement", "a1", 458));
  }

  @Test
  void claimsKeepTheTypedKeyAndGiveItsStringForm() {
    Claim c = Claim.builder().id("a#1").articleId("a").predicate("deployed")
        .subject(SubjectKey.of("north_korea", "soldiers")).value(Quantity.exact(10))
        .span(Span.of(0, 2)).event(EventKey.of("flood", "garut")).build();
    assertThat(c.subject()).isEqualTo("north_korea:soldiers");
    assertThat(c.subjectKey()).isEqualTo(SubjectKey.of("north_korea", "soldiers"));
    assertThat(c.event()).contains("flood:garut");
    assertThat(c.eventKey().map(EventKey::type)).contains("flood");
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void eventKeysCompareByTypeAndKeepTheirWording() {
    EventKey typed = EventKey.named("Flood:sumatera_barat").orElseThrow();
    assertThat(typed.type()).isEqualTo("flood");
    assertThat(typed.typeText()).isEqualTo("Flood");
    assertThat(typed.place()).contains("sumatera_barat");
    assertThat(typed).isEqualTo(EventKey.of("Flood", "sumatera_barat"));

    EventKey free = EventKey.named("  The Garut   floods ").orElseThrow();
    assertThat(free.type()).isEqualTo("the garut floods");
    assertThat(free.place()).isEmpty();
    assertThat(free.typeText()).isEqualTo("The Garut   floods");
    assertThat(free.name()).isEqualTo("  The Garut   floods ");

    assertThat(EventKey.named("Flood: the Garut area").orElseThrow().type()).isEqualTo("flood");
    assertThat(EventKey.named("Flood: the Garut area").orElseThrow().place()).isEmpty();
    assertThat(EventKey.named(" ")).isEqualTo(Optional.empty());
    assertThat(EventKey.named(null)).isEmpty();
  }
}

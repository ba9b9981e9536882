package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.claimcheck.extract.FlagCues.Anchor;
import io.github.claimcheck.extract.Lexicon.Cue;
import io.github.claimcheck.internal.text.Resources;
import io.github.claimcheck.model.ClaimCheckException;
import io.github.claimcheck.model.ClaimFlag;
import io.github.claimcheck.model.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagCuesTest {

  private static final Lexicon ID = Lexicon.builtIn(Language.INDONESIAN);
  private static final Lexicon EN = Lexicon.builtIn(Language.ENGLISH);

  private static TokenList tokens(Lexicon lx, String text) {
    return Tokenizer.tokenize(text, 0, text.length(), lx.profile.clitics(), lx.vocabulary());
  }

  private static int indexOf(TokenList tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + tokens);
  }

  private static boolean gives(Lexicon lx, String text, String anchorWord, ClaimFlag flag,
      Anchor anchor) {
    TokenList t = tokens(lx, text);
    return FlagCues.builtIn().gives(flag, anchor, t, indexOf(t, anchorWord), lx.cues);
  }

  @Test
  void anAdditionEndingAtTheFigureOrOneTokenBeforeFlagsIt() {
    assertThat(gives(ID, "Rusia menerima tambahan 1.500 tentara", "1.500", ClaimFlag.ADDITION,
        Anchor.FIGURE)).isTrue();
    assertThat(gives(EN, "Russia received another batch of 1,500 troops", "1,500",
        ClaimFlag.ADDITION, Anchor.FIGURE)).isTrue();
    // the cue after the figure is no cue before it; two words away is too far
    assertThat(gives(ID, "Rusia menerima 1.500 tentara tambahan", "1.500", ClaimFlag.ADDITION,
        Anchor.FIGURE)).isFalse();
    assertThat(gives(ID, "tambahan pasukan sebanyak kira 1.500", "1.500", ClaimFlag.ADDITION,
        Anchor.FIGURE)).isFalse();
  }

  @Test
  void anIncrementOneOrTwoTokensBeforeTheFigureOrTheVerbFlagsIt() {
    assertThat(gives(ID, "dengan ditemukannya 3 korban", "3", ClaimFlag.INCREMENT,
        Anchor.FIGURE)).isTrue();
    assertThat(gives(ID, "ditemukannya jasad dari 3 korban", "3", ClaimFlag.INCREMENT,
        Anchor.FIGURE)).isFalse();
    // "yang baru dikerahkan": an addition one word before the verb
    assertThat(gives(ID, "1.500 tentara yang baru dikerahkan", "dikerahkan", ClaimFlag.ADDITION,
        Anchor.VERB)).isTrue();
    assertThat(gives(ID, "baru 1.500 tentara yang dikerahkan", "dikerahkan", ClaimFlag.ADDITION,
        Anchor.VERB)).isFalse();
  }

  @Test
  void aRuleGivesOnlyItsFlagAtItsAnchor() {
    // an addition before the figure gives no increment
    assertThat(gives(ID, "tambahan 1.500 tentara dikirim", "1.500", ClaimFlag.INCREMENT,
        Anchor.FIGURE)).isFalse();
    // one cue, a rule per anchor with windows of their own
    FlagCues rules = FlagCues.parse("test.tsv", List.of(
        new Resources.Line(1, "increment\tfigure\t-1\t*\tincrement"),
        new Resources.Line(2, "increment\tverb\t-2\t*\tincrement")));
    TokenList t = tokens(ID, "dengan ditemukannya 3 korban");
    assertThat(rules.gives(ClaimFlag.INCREMENT, Anchor.FIGURE, t, 2, ID.cues)).isTrue();
    assertThat(rules.gives(ClaimFlag.INCREMENT, Anchor.VERB, t, 2, ID.cues)).isFalse();
    assertThat(rules.gives(ClaimFlag.INCREMENT, Anchor.VERB, t, 3, ID.cues)).isTrue();
    assertThat(rules.gives(ClaimFlag.ADDITION, Anchor.FIGURE, t, 2, ID.cues)).isFalse();
  }

  @Test
  void rulesAreReadAsWritten() {
    FlagCues cues = FlagCues.parse("test.tsv", List.of(
        new Resources.Line(3, "increment\tverb\t-2..-1\t-1..0\tincrement"),
        new Resources.Line(4, "addition\tfigure\t*\t0\taddition")));
    assertThat(cues.rules()).containsExactly(
        new FlagCues.Rule(Cue.INCREMENT, Anchor.VERB, new FlagCues.Window(-2, -1),
            new FlagCues.Window(-1, 0), ClaimFlag.INCREMENT, "test.tsv:3"),
        new FlagCues.Rule(Cue.ADDITION, Anchor.FIGURE, null, new FlagCues.Window(0, 0),
            ClaimFlag.ADDITION, "test.tsv:4"));
  }

  @Test
  void aMalformedRuleIsRejectedNamingFileAndLine() {
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(7, "addition\tfigure\t*\taddition"))))
        .isInstanceOf(ClaimCheckException.class).hasMessageStartingWith("f.tsv:7: expected");
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(8, "additon\tfigure\t*\t0\taddition"))))
        .hasMessage("f.tsv:8: unknown cue 'additon'");
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(9, "addition\tfigure\t*\t0..-2\taddition"))))
        .hasMessage("f.tsv:9: window '0..-2' ends before it starts");
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(10, "addition\tfigure\tnear\t0\taddition"))))
        .hasMessage("f.tsv:10: expected a window such as -2..-1, 0 or *, got 'near'");
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(11, "addition\tfigure\t*\t*\taddition"))))
        .hasMessageContaining("f.tsv:11: a rule needs a start or an end window");
    assertThatThrownBy(() -> FlagCues.parse("f.tsv", List.of(
        new Resources.Line(12, "addition\tclause\t*\t0\taddition"))))
        .hasMessage("f.tsv:12: unknown anchor 'clause'");
  }
}

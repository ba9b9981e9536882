package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.standard()
        .split(text, List.of(Span.of(0, text.length())))
        .stream()
        .map(Sentence::text)
        .collect(Collectors.toList());
  }

  @Test
  void splitsAtSentenceEnds() {
    assertThat(split("Banjir melanda Garut. Sebanyak 120 orang tewas! Apa sebabnya? Hujan."))
        .containsExactly("Banjir melanda Garut.", "Sebanyak 120 orang tewas!", "Apa sebabnya?", "Hujan.");
  }

  @Test
  void keepsNumbersDatesAndAbbreviationsTogether() {
    assertThat(split("Korban mencapai 1.090 orang pada Sabtu (22/3/2025). Angka naik 5,3 persen."))
        .containsExactly("Korban mencapai 1.090 orang pada Sabtu (22/3/2025).", "Angka naik 5,3 persen.");
    assertThat(split("At least 1,090 people died as of Dec. 20, BNPB said. More rain is due."))
        .containsExactly("At least 1,090 people died as of Dec. 20, BNPB said.", "More rain is due.");
    assertThat(split("Menurut Prof. Dr. Budi, hujan turun. Lalu reda."))
        .containsExactly("Menurut Prof. Dr. Budi, hujan turun.", "Lalu reda.");
    assertThat(split("The U.S. Army sent 500 troops. They arrived."))
        .containsExactly("The U.S. Army sent 500 troops.", "They arrived.");
  }

  @Test
  void anAbbreviationIsKnownInAnyCaseAndNextToNonAsciiWords() {
    assertThat(split("Banjir di JL. Merdeka, DLL. Warga mengungsi."))
        .containsExactly("Banjir di JL. Merdeka, DLL. Warga mengungsi.");
    assertThat(split("Bantuan tiba di Jln. Sudirman. Warga lega."))
        .containsExactly("Bantuan tiba di Jln. Sudirman.", "Warga lega.");
    // a word with a char beyond ASCII is lower-cased as a string before it is looked up
    assertThat(split("Warga di Café. Mereka lega.")).containsExactly("Warga di Café.", "Mereka lega.");
    assertThat(split("Kata É. Budi pulang.")).containsExactly("Kata É. Budi pulang.");
  }

  @Test
  void anItemNumberOpeningALineEndsNoSentence() {
    assertThat(split("1. Kota Palu: 9")).containsExactly("1. Kota Palu: 9");
    assertThat(split("12. Kabupaten Sigi: 15 orang. Data bertambah.")).containsExactly(
        "12. Kabupaten Sigi: 15 orang.", "Data bertambah.");
    assertThat(split("Korban bertambah 3. Data diperbarui."))
        .containsExactly("Korban bertambah 3.", "Data diperbarui.");
    assertThat(split("2024. Tahun itu hujan.")).containsExactly("2024.", "Tahun itu hujan.");
  }

  @Test
  void keepsClosingQuotesAndBracketsWithTheirSentence() {
    assertThat(split("“Kami siap membantu.” Pemerintah mengirim bantuan. (Foto ini diambil Senin.) Selesai."))
        .containsExactly("“Kami siap membantu.”", "Pemerintah mengirim bantuan.", "(Foto ini diambil Senin.)", "Selesai.");
  }

  @Test
  void aLongSentenceIsKeptWholeUpToTheBoundAndCutAtASpaceBeyondIt() {
    String words = "hujan deras turun di desa itu dan warga bertahan ";
    String whole = words.repeat(SentenceSplitter.MAX_CHARS / words.length()).strip();
    assertThat(split(whole)).containsExactly(whole);
    String longer = whole + " " + whole;
    List<String> pieces = split(longer);
    assertThat(pieces).hasSize(2).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS);
      assertThat(p.split(" ")).allMatch(w -> words.contains(w + " ")); // cut between words
    });
    assertThat(String.join(" ", pieces)).isEqualTo(longer);
  }

  @Test
  void linesNeverShareASentence() {
    String text = "Judul tanpa titik\nKalimat kedua";
    List<Sentence> s = SentenceSplitter.standard().split(text, List.of(Span.of(0, 17), Span.of(18, text.length())));
    assertThat(s).extracting(Sentence::text).containsExactly("Judul tanpa titik", "Kalimat kedua");
    assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1);
    assertThat(s.get(1).span().of(text)).isEqualTo("Kalimat kedua");
  }
}

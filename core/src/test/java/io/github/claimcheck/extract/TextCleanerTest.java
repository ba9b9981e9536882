package io.github.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCleanerTest {

  private final TextCleaner cleaner = TextCleaner.standard();

  private List<String> kept(String text) {
    return cleaner.contentLines(text).stream().map(s -> s.of(text)).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Baca Juga: Harga Cabai Naik Jelang Lebaran",
    "“Simak Juga: Jadwal Mudik Gratis 2025”",
    "This website uses cookies.",
    "Leave a Reply",
    "Tautan-tautan Akses",
    "Your email address will not be published. Required fields are marked *",
    "Tinggalkan komentar",
    "Foto: Antara/Reuters",
    "seven × 2 =",
    "© 2025 Warta Timur",
  })
  void dropsBoilerplate(String line) {
    assertThat(cleaner.isBoilerplate(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Sekitar 600 tentara tewas, kata NIS.",
    "Petugas membaca juga laporan BPBD.",
    "Foto-foto banjir beredar luas di media sosial.",
  })
  void keepsContent(String line) {
    assertThat(cleaner.isBoilerplate(line)).isFalse();
  }

  @Test
  void aRepeatedHeadlineOrCaptionIsReadOnce() {
    String caption = "Warga mengungsi di Garut, 2 Oktober 2025. (Foto: Reuters)";
    String text = "Banjir Garut\n\nBanjir Garut\n" + caption + "\n" + caption + "\nIsi berita.";
    assertThat(kept(text)).containsExactly("Banjir Garut", caption, "Isi berita.");
  }

  @Test
  void offsetsPointIntoTheTextAsGiven() {
    String text = "  Judul  \n\nBaca Juga: x\n   Kalimat pertama.  \n";
    List<Span> lines = cleaner.contentLines(text);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).of(text)).isEqualTo("Kalimat pertama.");
    assertThat(text.indexOf("Kalimat")).isEqualTo(lines.get(1).start());
  }
}

package io.github.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

  @TempDir Path dir;

  private final ArticleReader reader = ArticleReader.standard();

  @Test
  void readsATextFileAsOneArticleNamedAfterTheFile() throws IOException {
    Path f = Files.writeString(dir.resolve("banjir-garut.txt"), "Banjir menewaskan 12 orang.");
    Corpus c = reader.read(f);
    assertThat(c.problems()).isEmpty();
    assertThat(c.articles()).extracting(Article::id).containsExactly("banjir-garut");
    assertThat(c.articles().get(0).published()).isEmpty();
  }

  @Test
  void readsJsonLinesKeepingGoodLinesAndReportingBadOnesByLine() throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("feed.jsonl"),
            String.join(
                "\n",
                "{\"id\": \"a1\", \"text\": \"Satu.\", \"source\": \"Harian A\", \"published\": \"2025-10-02\", \"language\": \"id\", \"story\": \"banjir\"}",
                "{not json",
                "",
                "{\"id\": \"a2\"}",
                "{\"id\": 7, \"text\": \"x\"}",
                "{\"id\": \"a3\", \"text\": \"x\", \"published\": \"2 Oktober\"}",
                "{\"id\": \"a4\", \"text\": \"x\", \"language\": \"fr\"}",
                "[1, 2]",
                "{\"id\": \"a5\", \"text\": \"Dua.\"}"));
    Corpus c = reader.read(f);
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a5");
    Article a1 = c.articles().get(0);
    assertThat(a1.source()).contains("Harian A");
    assertThat(a1.published()).contains(LocalDate.of(2025, 10, 2));
    assertThat(a1.language()).contains(Language.INDONESIAN);
    assertThat(a1.story()).contains("banjir");
    String name = f.toString();
    assertThat(c.problems())
        .extracting(Problem::source)
        .containsExactly(name + ":2", name + ":4", name + ":5", name + ":6", name + ":7", name + ":8");
    assertThat(c.problems().get(0).message()).startsWith("not valid JSON");
    assertThat(c.problems().get(1).message()).contains("missing required field \"text\"");
    assertThat(c.problems().get(2).message()).contains("\"id\" must be a string");
    assertThat(c.problems().get(3).message()).contains("YYYY-MM-DD");
    // other tests may register languages: the list names at least the built-in ones
    assertThat(c.problems().get(4).message()).containsPattern("known language \\(en, id[,)].*not \"fr\"");
    assertThat(c.problems().get(5).message()).contains("JSON object");
  }

  @Test
  void aMisspeltFieldIsReportedWithTheFieldItMostLikelyMeantAndTheArticleIsKept() {
    Corpus c = reader.readJsonLines("feed.jsonl", String.join("\n",
        "{\"id\": \"a1\", \"text\": \"Banjir.\", \"pubished\": \"2025-10-02\"}",
        "{\"id\": \"a2\", \"text\": \"Gempa.\", \"sorce\": \"Harian B\", \"Language\": \"id\"}",
        "{\"id\": \"a3\", \"text\": \"Longsor.\", \"weather\": \"rain\"}"));
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a2", "a3");
    assertThat(c.articles().get(0).published()).isEmpty();
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "feed.jsonl:1: unknown field 'pubished' (did you mean 'published'?)",
        "feed.jsonl:2: unknown field 'sorce' (did you mean 'source'?)",
        "feed.jsonl:2: unknown field 'Language' (did you mean 'language'?)",
        "feed.jsonl:3: unknown field 'weather' (known fields: id, text, source, url, published,"
            + " language, story)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "`{not json`|expected a field name in double quotes, found 'n' at column 2",
    "`{\"id\": \"x\"`|the line ends before the object is closed (a } is missing)",
    "`{\"id\": \"x\", \"text\": \"abc`|the line ends inside a string (a closing \" is missing)",
    "`{\"id\": \"x\"} {}`|more than one JSON value on the line (the next one starts at column 13);"
        + " write one object per line",
    "`{\"id\": \"x\", \"id\": \"y\"}`|field \"id\" is given twice",
    "`{\"id\": nul}`|unexpected word 'nul' at column 8 (text must be in double quotes; literals are"
        + " true, false and null)",
    "`{\"id\": \"a\\qb\"}`|unknown escape \\q in a string at column 10 (a backslash in text is"
        + " written \\\\)",
    "`{\"id\": 01}`|invalid number at column 9",
    "`}`|'}' at column 1 closes nothing that is open",
    "`{\"id\" \"x\"}`|expected ':' after the field name, found '\"' at column 7",
    "`{\"id\": \"x\" \"text\": \"y\"}`|expected ',' or '}' after a value, found '\"' at column 12",
    "`{\"id\": 'x'}`|expected a value (a string in double quotes, a number, an object, an array,"
        + " true, false or null), found ''' at column 8",
  })
  void aLineThatIsNotJsonIsDescribedInTheProjectsWordsWithItsColumn(String line, String expected) {
    Corpus c = reader.readJsonLines("feed.jsonl", "{\"id\": \"ok\", \"text\": \"x\"}\n" + line);
    assertThat(c.articles()).extracting(Article::id).containsExactly("ok");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("feed.jsonl:2");
      assertThat(p.message()).isEqualTo("not valid JSON: " + expected);
    });
  }

  @Test
  void noParserInternalsReachAProblem() {
    String[] lines = {"{\"a\":[1,2}", "[1,2", "{\"a\":\"x\ty\"}", "{\"a\":-}", "{\"a\":NaN}",
        "{\"a\":\"\\u12\"}", "\u0000{}", "{,}", "{\"a\":1e}", "{\"a\":1}}", "\"text\"", "42"};
    Corpus c = reader.readJsonLines("feed.jsonl", String.join("\n", lines));
    assertThat(c.problems()).hasSize(lines.length).allSatisfy(p -> {
      assertThat(p.source()).startsWith("feed.jsonl:");
      assertThat(p.message()).doesNotContain("Source", "REDACTED", "StreamReadFeature",
          "JsonReadFeature", "code ", "Jackson", "com.fasterxml", "`", "marker", "token (");
    });
  }

  @Test
  void loneCarriageReturnsEndLinesToo() {
    Corpus c = reader.readJsonLines("old-mac.jsonl", String.join("\r",
        "{\"id\": \"a1\", \"text\": \"Banjir.\"}",
        "{\"id\": \"a2\"}",
        "{\"id\": \"a3\", \"text\": \"Gempa.\"}", ""));
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a3");
    assertThat(c.problems()).extracting(Problem::toString)
        .containsExactly("old-mac.jsonl:2: missing required field \"text\"");
  }

  @Test
  void aTextFieldOfTwentyMillionCharactersIsRead() {
    String text = "Banjir menewaskan 12 orang. ".repeat(750_000);
    assertThat(text.length()).isGreaterThan(20_000_000);
    Corpus c = reader.readJsonLines("big.jsonl", "{\"id\": \"big\", \"text\": \"" + text + "\"}\n");
    assertThat(c.problems()).isEmpty();
    assertThat(c.articles()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "0000-01-01|year 0 is outside the years claimcheck reads dates in (1900–2100)",
    "-0001-01-01|is not a date in the form YYYY-MM-DD",
    "9999-12-31|year 9999 is outside the years claimcheck reads dates in (1900–2100)",
    "+10000-01-01|is not a date in the form YYYY-MM-DD",
    "1899-12-31|year 1899 is outside",
    "2025-02-30|is not a date in the form YYYY-MM-DD",
  })
  void aPublicationYearOutsideTheYearsReadIsAProblem(String published, String message) {
    Corpus c = reader.readJsonLines("feed.jsonl", "{\"id\": \"a\", \"text\": \"x\", \"published\": \""
        + published + "\"}\n{\"id\": \"b\", \"text\": \"y\", \"published\": \"2100-12-31\"}");
    assertThat(c.articles()).extracting(Article::id).containsExactly("b");
    assertThat(c.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains(message).contains(published));
  }

  @Test
  void anUnpairedSurrogateIsShownAsAReplacementCharacterAndReported() {
    Corpus c = reader.readJsonLines("feed.jsonl",
        "{\"id\": \"a\\ud800b\", \"text\": \"Banjir \\udc00\\udc01 di Garut \\ud83d\\ude00.\"}");
    assertThat(c.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("a\uFFFDb");
      assertThat(a.text()).isEqualTo("Banjir \uFFFD\uFFFD di Garut \uD83D\uDE00.");
    });
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "feed.jsonl:1: field 'id' holds an unpaired UTF-16 surrogate (the first, U+D800, at"
            + " character 2), which no text can show; replaced by U+FFFD",
        "feed.jsonl:1: field 'text' holds 2 unpaired UTF-16 surrogates (the first, U+DC00, at"
            + " character 8), which no text can show; replaced by U+FFFD");
  }

  @Test
  void idsWithInvisibleCharactersOrSurroundingSpacesAreReadAsTheyLook() {
    Corpus c = reader.readJsonLines("feed.jsonl", String.join("\n",
        "{\"id\": \"a1\", \"text\": \"Satu.\"}",
        "{\"id\": \"a1\\u200b\", \"text\": \"Dua.\"}",
        "{\"id\": \" a2\\u00a0\", \"text\": \"Tiga.\"}",
        "{\"id\": \"\\u200b \\u2060\", \"text\": \"Empat.\"}"));
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a1~2", "a2");
    assertThat(c.problems()).extracting(Problem::toString).containsExactly(
        "feed.jsonl:2: id \"a1<U+200B>\" holds U+200B; read as \"a1\"",
        "feed.jsonl:2: duplicate article id \"a1\"; kept as \"a1~2\", not merged",
        "feed.jsonl:3: id \" a2<U+00A0>\" holds surrounding spaces; read as \"a2\"",
        "feed.jsonl:4: \"id\" is blank: it holds only spaces or invisible characters");
  }

  @Test
  void valuesNestedTooDeeplyAreDescribedNotThrown() {
    String deep = "{\"id\": \"x\", \"text\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}";
    Corpus c = reader.readJsonLines("feed.jsonl", deep);
    assertThat(c.articles()).isEmpty();
    assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .startsWith("not valid JSON: values nested too deeply at column "));
  }

  @Test
  void aRepeatedIdIsReportedAndKeptUnderANewId() {
    Corpus c =
        reader.readJsonLines(
            "feed.jsonl",
            "{\"id\": \"a1\", \"text\": \"one\"}\n{\"id\": \"a1\", \"text\": \"two\"}\n");
    assertThat(c.articles()).extracting(Article::id).containsExactly("a1", "a1~2");
    assertThat(c.articles().get(1).text()).isEqualTo("two");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("feed.jsonl:2");
      assertThat(p.message()).contains("duplicate article id \"a1\"");
    });
  }

  @Test
  void aFolderContributesItsTextAndJsonlFilesSortedByName() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "B");
    Files.writeString(dir.resolve("a.jsonl"), "{\"id\": \"j1\", \"text\": \"J\"}\n");
    Files.writeString(dir.resolve("c.md"), "ignored");
    Files.createDirectory(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("d.txt"), "not read: folders are not recursive");
    Corpus c = reader.read(dir);
    assertThat(c.articles()).extracting(Article::id).containsExactly("j1", "b");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void badPathsBecomeProblemsNotExceptions() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {1, 0, 2, 0});
    Path odd = Files.writeString(dir.resolve("notes.csv"), "a,b");
    Corpus c = reader.read(List.of(dir.resolve("missing.txt"), empty, binary, odd));
    assertThat(c.articles()).isEmpty();
    assertThat(c.problems())
        .extracting(Problem::message)
        .containsExactly(
            "no such file or folder",
            "folder holds no .txt or .jsonl files",
            "binary file (contains NUL bytes, the first at byte 1), skipped",
            "unsupported file type '.csv': expected .txt or .jsonl");
  }

  @Test
  void invalidUtf8IsDecodedWithReplacementAndReported() throws IOException {
    byte[] bytes = "Korban 12 orang ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, bad, 0, bytes.length);
    bad[bytes.length] = (byte) 0xC3;
    bad[bytes.length + 1] = (byte) 0x28;
    Path f = Files.write(dir.resolve("bad.txt"), bad);
    Corpus c = reader.read(f);
    assertThat(c.articles()).singleElement().satisfies(a -> assertThat(a.text()).contains("\uFFFD"));
    assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("invalid UTF-8"));
  }

  @Test
  void anEmptyTextFileIsKeptAndReported() throws IOException {
    Path f = Files.writeString(dir.resolve("kosong.txt"), "  \n");
    Corpus c = reader.read(f);
    assertThat(c.articles()).extracting(Article::id).containsExactly("kosong");
    assertThat(c.problems()).extracting(Problem::message).containsExactly("empty article (no text)");
  }
}

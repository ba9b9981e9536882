package io.github.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.claimcheck.internal.text.Similar;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads articles from {@code .txt} files, {@code .jsonl} files and folders of them.
 *
 * <ul>
 *   <li>A {@code .txt} file is one article; its id is the file name without extension. Its
 *       publication date, language and source are left to the checker to infer.
 *   <li>A {@code .jsonl} file holds one JSON object per line: {@code {"id": "...", "text": "...",
 *       "source": "...", "url": "...", "published": "YYYY-MM-DD", "language": "id", "story":
 *       "..."}}; only {@code id} and {@code text} are required. Blank lines are skipped.
 *   <li>A folder contributes every {@code .txt} and {@code .jsonl} file directly in it, sorted by
 *       name.
 * </ul>
 *
 * <p>Nothing is thrown for bad input: a missing path, an unreadable or binary file, an empty
 * folder or {@code .jsonl} file, invalid UTF-8 (decoded with replacement characters; the first bad
 * line is named), a line that is not JSON (or holds two objects, or names a field twice) or lacks
 * a field, a field of the wrong type, and a repeated id all become {@link Problem}s naming the
 * file and line, in plain words (never the JSON parser's message). A field that is not one of the
 * seven above is a problem too, naming the field it most likely meant ({@code unknown field
 * 'pubished' (did you mean 'published'?)}); the article is still read. An
 * article whose id repeats an earlier one is kept under a new id ({@code id~2}) so nothing is
 * merged or lost silently. Instances are immutable and thread-safe.
 */
public final class ArticleReader {

  // A line holding two objects, or an object naming a field twice, is reported, not half-read.
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
  private static final ArticleReader STANDARD = new ArticleReader();

  /** The fields of a JSONL article, in the order messages list them. */
  private static final List<String> FIELDS =
      List.of("id", "text", "source", "url", "published", "language", "story");

  private ArticleReader() {}

  /** Returns the reader. */
  public static ArticleReader standard() {
    return STANDARD;
  }

  /** Reads every path in order; see the class documentation. */
  public Corpus read(List<Path> paths) {
    Collector out = new Collector();
    for (Path path : paths) {
      readPath(path, out, true);
    }
    return new Corpus(out.articles, out.problems);
  }

  /** Reads one path; see the class documentation. */
  public Corpus read(Path path) {
    return read(List.of(path));
  }

  /**
   * Reads JSON Lines from a string, naming {@code sourceName} in problems.
   *
   * @param sourceName the name to report problems under, such as a file name
   * @param content the lines
   */
  public Corpus readJsonLines(String sourceName, String content) {
    Collector out = new Collector();
    parseJsonLines(sourceName, content, out);
    return new Corpus(out.articles, out.problems);
  }

  private void readPath(Path path, Collector out, boolean explicit) {
    String name = path.toString();
    if (!Files.exists(path)) {
      out.problem(Problem.of(name, "no such file or folder"));
      return;
    }
    if (Files.isDirectory(path)) {
      readFolder(path, out);
      return;
    }
    String ext = extension(path);
    if (!ext.equals("txt") && !ext.equals("jsonl")) {
      if (explicit) {
        out.problem(
            Problem.of(name, "unsupported file type '." + ext + "': expected .txt or .jsonl"));
      }
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      out.problem(Problem.of(name, "cannot read file: " + describe(e)));
      return;
    }
    if (looksBinary(bytes)) {
      out.problem(Problem.of(name, "binary file (contains NUL bytes), skipped"));
      return;
    }
    String text = decode(bytes, name, out);
    if (ext.equals("txt")) {
      String id = stripExtension(path.getFileName().toString());
      if (text.isBlank()) {
        out.problem(Problem.of(name, "empty article (no text)"));
      }
      out.add(Article.of(id, stripBom(text)), name);
    } else {
      if (text.isBlank()) {
        out.problem(Problem.of(name, "empty file (no JSON lines)"));
      }
      parseJsonLines(name, stripBom(text), out);
    }
  }

  private void readFolder(Path folder, Collector out) {
    List<Path> files;
    try (Stream<Path> entries = Files.list(folder)) {
      files =
          entries
              .filter(Files::isRegularFile)
              .filter(p -> Set.of("txt", "jsonl").contains(extension(p)))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .collect(Collectors.toList());
    } catch (IOException | SecurityException e) {
      out.problem(Problem.of(folder.toString(), "cannot list folder: " + describe(e)));
      return;
    }
    if (files.isEmpty()) {
      out.problem(Problem.of(folder.toString(), "folder holds no .txt or .jsonl files"));
    }
    for (Path file : files) {
      readPath(file, out, false);
    }
  }

  private void parseJsonLines(String name, String content, Collector out) {
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      try {
        JsonNode node = readObject(line);
        Article article = toArticle(node);
        unknownFields(node, name, lineNo, out);
        out.add(article, name + ":" + lineNo);
      } catch (BadLineException e) {
        out.problem(Problem.at(name, lineNo, e.getMessage()));
      }
    }
  }

  /**
   * Lists each field the line names that is not an article field, with the field it most likely
   * meant: a misspelt {@code "pubished"} would otherwise lose the date without a word.
   */
  private static void unknownFields(JsonNode node, String name, int lineNo, Collector out) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!FIELDS.contains(field)) {
        String hint = Similar.closest(field, FIELDS)
            .map(known -> "did you mean '" + known + "'?")
            .orElse("known fields: " + String.join(", ", FIELDS));
        out.problem(Problem.at(name, lineNo, "unknown field '" + field + "' (" + hint + ")"));
      }
    }
  }

  /** The line as a JSON object, or a problem in the project's words. */
  private static JsonNode readObject(String line) throws BadLineException {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadLineException(JsonLineErrors.describe(e));
    }
    if (node == null || !node.isObject()) {
      throw new BadLineException("expected a JSON object with \"id\" and \"text\"");
    }
    return node;
  }

  private static Article toArticle(JsonNode node) throws BadLineException {
    String id = requiredString(node, "id");
    String text = requiredString(node, "text");
    if (id.isBlank()) {
      throw new BadLineException("\"id\" is blank");
    }
    Article.Builder b = Article.builder(id, text);
    b.source(optionalString(node, "source"));
    b.url(optionalString(node, "url"));
    b.story(optionalString(node, "story"));
    String published = optionalString(node, "published");
    if (published != null) {
      try {
        b.published(LocalDate.parse(published.strip()));
      } catch (DateTimeParseException e) {
        throw new BadLineException(
            "\"published\" is not a date in the form YYYY-MM-DD: \"" + published + "\"");
      }
    }
    String language = optionalString(node, "language");
    if (language != null) {
      b.language(
          Language.fromCode(language)
              .orElseThrow(
                  () ->
                      new BadLineException(
                          "\"language\" must be \"id\" or \"en\", not \"" + language + "\"")));
    }
    return b.build();
  }

  private static String requiredString(JsonNode node, String field) throws BadLineException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new BadLineException("missing required field \"" + field + "\"");
    }
    if (!v.isTextual()) {
      throw new BadLineException(
          "field \"" + field + "\" must be a string, not " + typeName(v));
    }
    return v.textValue();
  }

  private static String optionalString(JsonNode node, String field) throws BadLineException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadLineException(
          "field \"" + field + "\" must be a string, not " + typeName(v));
    }
    return v.textValue();
  }

  private static String typeName(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String decode(byte[] bytes, String name, Collector out) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never decodes to more chars than it has bytes
    CharBuffer chars = CharBuffer.allocate(bytes.length);
    CoderResult result = strict.decode(in, chars, true);
    if (!result.isError()) {
      strict.flush(chars);
      return chars.flip().toString();
    }
    int at = in.position();
    int line = 1;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    out.problem(
        Problem.at(
            name,
            line,
            "invalid UTF-8 (first at byte " + at
                + "); undecodable bytes were replaced with U+FFFD"));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String stripExtension(String n) {
    int dot = n.lastIndexOf('.');
    return dot <= 0 ? n : n.substring(0, dot);
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
  }

  /** Accumulates articles, renaming repeated ids. */
  private static final class Collector {
    final List<Article> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

    void add(Article article, String where) {
      String id = article.id();
      if (ids.add(id)) {
        articles.add(article);
        return;
      }
      int n = 2;
      while (!ids.add(id + "~" + n)) {
        n++;
      }
      String renamed = id + "~" + n;
      problems.add(
          Problem.of(
              where,
              "duplicate article id \"" + id + "\"; kept as \"" + renamed + "\", not merged"));
      articles.add(
          Article.builder(renamed, article.text())
              .source(article.source().orElse(null))
              .url(article.url().orElse(null))
              .published(article.published().orElse(null))
              .language(article.language().orElse(null))
              .story(article.story().orElse(null))
              .build());
    }

    void problem(Problem p) {
      problems.add(p);
    }
  }

  /** A JSONL line that cannot become an article. */
  private static final class BadLineException extends Exception {
    BadLineException(String message) {
      super(message, null, false, false);
    }
  }
}

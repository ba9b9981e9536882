package io.github.claimcheck.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.claimcheck.internal.text.Similar;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.lang.LanguageProfile;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
 *       name. Sub-folders and files of other types in it are not read.
 * </ul>
 *
 * <p>Only regular files are read, and only up to a size limit ({@link #DEFAULT_MAX_FILE_SIZE},
 * set with {@link #withMaxFileSize(long)}): a named pipe is never opened (so it cannot block the
 * reader), a device such as {@code /dev/zero} is never read, and a larger file is skipped. A path
 * named in the list is followed if it is a symbolic link; inside a folder links are not followed.
 * Everything skipped (links, link loops, named pipes, devices and sockets inside folders, files
 * over the limit) is listed as a problem. A file given twice, by the same or another name, is read
 * once.
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
  // A text field may be as long as the file limit allows (Jackson's default stops at 20M chars).
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** The default size limit of one input file: 256 MiB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 256L * 1024 * 1024;

  /** The largest size limit that can be set: a file is read into memory at once. */
  public static final long MAX_FILE_SIZE_LIMIT = Integer.MAX_VALUE - 8;

  private static final ArticleReader STANDARD = new ArticleReader(DEFAULT_MAX_FILE_SIZE);

  private static final String RAISE_LIMIT =
      " (raise the limit with --max-file-size or ArticleReader.withMaxFileSize)";

  private static final Pattern PUBLISHED_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The fields of a JSONL article, in the order messages list them. */
  private static final List<String> FIELDS =
      List.of("id", "text", "source", "url", "published", "language", "story");

  private final long maxFileSize;

  private ArticleReader(long maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  /** Returns the reader, with the {@linkplain #DEFAULT_MAX_FILE_SIZE default size limit}. */
  public static ArticleReader standard() {
    return STANDARD;
  }

  /**
   * Returns a reader that skips, as a problem, any file larger than {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1 or more than {@link
   *     #MAX_FILE_SIZE_LIMIT}
   * @since 0.1.0
   */
  public ArticleReader withMaxFileSize(long bytes) {
    if (bytes < 1 || bytes > MAX_FILE_SIZE_LIMIT) {
      throw new IllegalArgumentException(
          "max file size must be between 1 and " + MAX_FILE_SIZE_LIMIT + " bytes, not " + bytes);
    }
    return bytes == maxFileSize ? this : new ArticleReader(bytes);
  }

  /** Returns the size limit of one file, in bytes. */
  public long maxFileSize() {
    return maxFileSize;
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

  /** Reads a path named by the caller: a file or a folder; a link is followed. */
  private void readPath(Path path, Collector out, boolean explicit) {
    String name = path.toString();
    InputFiles.Kind kind;
    try {
      kind = InputFiles.kind(path, true);
    } catch (IOException | SecurityException e) {
      out.problem(Problem.of(name, e instanceof IOException io && InputFiles.isLinkLoop(io)
          ? "symbolic link loop (-> " + InputFiles.linkTarget(path) + "), skipped"
          : "cannot read: " + describe(e)));
      return;
    }
    switch (kind) {
      case MISSING:
        out.problem(Problem.of(name, isLink(path)
            ? "symbolic link to a missing file (" + InputFiles.linkTarget(path) + "), skipped"
            : "no such file or folder"));
        return;
      case FOLDER:
        if (out.firstTime(path, name, "folder")) {
          readFolder(path, out);
        }
        return;
      case SPECIAL:
        out.problem(Problem.of(name, (isLink(path)
                ? "symbolic link to " + InputFiles.describeSpecial(path) + " ("
                    + InputFiles.linkTarget(path) + ")"
                : InputFiles.describeSpecial(path))
            + ", not a regular file: skipped"));
        return;
      default:
        readFile(path, out, explicit);
    }
  }

  private static boolean isLink(Path path) {
    return Files.isSymbolicLink(path);
  }

  /** Reads a regular file (or a link to one) of any name; other types only when explicit. */
  private void readFile(Path path, Collector out, boolean explicit) {
    String name = path.toString();
    String ext = extension(path);
    if (!ext.equals("txt") && !ext.equals("jsonl")) {
      if (explicit) {
        out.problem(
            Problem.of(name, "unsupported file type '." + ext + "': expected .txt or .jsonl"));
      }
      return;
    }
    if (!out.firstTime(path, name, "file")) {
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > maxFileSize) {
        out.problem(Problem.of(name, "file of " + size + " bytes is larger than the limit of "
            + maxFileSize + " bytes, skipped" + RAISE_LIMIT));
        return;
      }
      bytes = InputFiles.readAtMost(path, (int) maxFileSize).orElse(null);
      if (bytes == null) {
        out.problem(Problem.of(name, "file grew past the limit of " + maxFileSize
            + " bytes while it was read, skipped" + RAISE_LIMIT));
        return;
      }
    } catch (IOException | SecurityException e) {
      out.problem(Problem.of(name, "cannot read file: " + describe(e)));
      return;
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      out.problem(Problem.at(name, lineOf(bytes, nul),
          "binary file (contains NUL bytes, the first at byte " + nul + "), skipped"));
      return;
    }
    String text = stripBom(decode(bytes, name, out));
    if (ext.equals("txt")) {
      String id = stripExtension(path.getFileName().toString());
      if (text.isBlank()) {
        out.problem(Problem.of(name, "empty article (no text)"));
      }
      out.add(Article.of(id, text), name);
    } else {
      if (text.isBlank()) {
        out.problem(Problem.of(name, "empty file (no JSON lines)"));
      }
      parseJsonLines(name, text, out);
    }
  }

  /**
   * Reads the {@code .txt} and {@code .jsonl} regular files directly in a folder, by name; lists
   * the links and special files in it as skipped (links inside folders are not followed).
   */
  private void readFolder(Path folder, Collector out) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .collect(Collectors.toList());
    } catch (IOException | SecurityException e) {
      out.problem(Problem.of(folder.toString(), "cannot list folder: " + describe(e)));
      return;
    }
    List<Path> files = new ArrayList<>();
    for (Path entry : entries) {
      String name = entry.toString();
      InputFiles.Kind kind;
      try {
        kind = InputFiles.kind(entry, false);
      } catch (IOException | SecurityException e) {
        out.problem(Problem.of(name, "cannot read: " + describe(e)));
        continue;
      }
      switch (kind) {
        case LINK:
          out.problem(Problem.of(name, "symbolic link (-> " + InputFiles.linkTarget(entry)
              + "): links inside a folder are not followed, skipped"));
          break;
        case SPECIAL:
          out.problem(Problem.of(name,
              InputFiles.describeSpecial(entry) + ", not a regular file: skipped"));
          break;
        case REGULAR:
          if (Set.of("txt", "jsonl").contains(extension(entry))) {
            files.add(entry);
          }
          break;
        default:
          break; // sub-folders are not read (documented), nor are vanished entries
      }
    }
    if (files.isEmpty()) {
      out.problem(Problem.of(folder.toString(), "folder holds no .txt or .jsonl files"));
    }
    for (Path file : files) {
      readFile(file, out, false);
    }
  }

  private void parseJsonLines(String name, String content, Collector out) {
    // Any line end: CRLF, LF, or a lone CR (old Mac files); a CR cannot occur unescaped in JSON.
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      try {
        JsonNode node = readObject(line);
        List<String> notes = new ArrayList<>();
        Article article = toArticle(node, notes);
        for (String note : notes) {
          out.problem(Problem.at(name, lineNo, note));
        }
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

  /**
   * The article of a line; {@code notes} receives what was mended on the way (an id with spaces
   * or invisible characters around or in it, text with unpaired surrogates).
   */
  private static Article toArticle(JsonNode node, List<String> notes) throws BadLineException {
    String rawId = FieldText.wellFormed("id", requiredString(node, "id"), notes);
    String id = FieldText.visibleId(rawId, notes);
    String text = FieldText.wellFormed("text", requiredString(node, "text"), notes);
    if (id.isEmpty()) {
      throw new BadLineException(rawId.isEmpty()
          ? "\"id\" is blank"
          : "\"id\" is blank: it holds only spaces or invisible characters");
    }
    Article.Builder b = Article.builder(id, text);
    b.source(FieldText.wellFormed("source", optionalString(node, "source"), notes));
    b.url(FieldText.wellFormed("url", optionalString(node, "url"), notes));
    b.story(FieldText.wellFormed("story", optionalString(node, "story"), notes));
    String published = optionalString(node, "published");
    if (published != null) {
      b.published(published(published));
    }
    String language = optionalString(node, "language");
    if (language != null) {
      Language lang = Language.fromCode(language)
          .filter(LanguageProfile::isKnown)
          .orElseThrow(() -> new BadLineException("\"language\" must be the code of a known language ("
              + LanguageProfile.known().stream().map(Language::code).collect(Collectors.joining(", "))
              + "), not \"" + language + "\""));
      b.language(lang);
    }
    return b.build();
  }

  /**
   * A {@code published} value: {@code YYYY-MM-DD} with a year claimcheck reads dates in
   * (1900–2100, see {@link Article#EARLIEST_PUBLISHED}), so no year 0, no negative year, and
   * nothing that would print as {@code +10000-01-01}.
   */
  private static LocalDate published(String value) throws BadLineException {
    String v = value.strip();
    LocalDate date;
    try {
      date = PUBLISHED_FORM.matcher(v).matches() ? LocalDate.parse(v) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      throw new BadLineException(
          "\"published\" is not a date in the form YYYY-MM-DD: \"" + value + "\"");
    }
    if (date.isBefore(Article.EARLIEST_PUBLISHED) || date.isAfter(Article.LATEST_PUBLISHED)) {
      throw new BadLineException("\"published\" year " + date.getYear() + " is outside the years"
          + " claimcheck reads dates in (" + Article.EARLIEST_PUBLISHED.getYear() + "–"
          + Article.LATEST_PUBLISHED.getYear() + "): \"" + value + "\"");
    }
    return date;
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
    out.problem(
        Problem.at(
            name,
            lineOf(bytes, at),
            "invalid UTF-8 (first at byte " + at
                + "); undecodable bytes were replaced with U+FFFD"));
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The first NUL byte anywhere in the file (not only near its start), or -1. */
  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The 1-based line of byte {@code at}; CRLF, LF and a lone CR each end a line. */
  private static int lineOf(byte[] bytes, int at) {
    int line = 1;
    for (int i = 0; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
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

  /** Why a file could not be read, in words: no Java exception names. */
  private static String describe(Exception e) {
    if (e instanceof AccessDeniedException || e instanceof SecurityException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "it no longer exists";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "input/output error" : m;
  }

  /** Accumulates articles, renaming repeated ids. */
  private static final class Collector {
    final List<Article> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    /** The name each file or folder was first read under, by real path. */
    final Map<Path, String> paths = new HashMap<>();

    /**
     * Whether the file or folder is new; when it was read before, under this or another name,
     * lists it as given twice (it is read once).
     */
    boolean firstTime(Path path, String name, String what) {
      Path real = InputFiles.realPath(path).orElse(path.toAbsolutePath().normalize());
      String first = paths.putIfAbsent(real, name);
      if (first == null) {
        return true;
      }
      problems.add(Problem.of(name, first.equals(name)
          ? what + " given twice: read once"
          : "the same " + what + " as " + first + ", given twice: read once"));
      return false;
    }

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

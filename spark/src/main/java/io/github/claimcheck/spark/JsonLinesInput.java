package io.github.claimcheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.github.claimcheck.input.ArticleReader;
import io.github.claimcheck.input.Corpus;
import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Problem;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads JSONL files of articles on the cluster exactly as the command-line tool reads them: each
 * line goes through {@link ArticleReader#readJsonLines} (the same fields, checks, mended text and
 * problems), split by Hadoop's line reader so that large files are read in parallel. A problem
 * names the file and the byte offset of its line ({@code a.jsonl at byte 1234}). An id given
 * twice is kept under a new id ({@code id~2}, by file and offset order), with a problem, as the
 * tool does.
 */
final class JsonLinesInput {

  /** One line: where it is, the article it holds (or null) and the problems of reading it. */
  static final StructType LINE = DataTypes.createStructType(List.of(
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("offset", DataTypes.LongType, false),
      DataTypes.createStructField("article", ClaimcheckRows.ARTICLE_INPUT, true),
      DataTypes.createStructField("problems", DataTypes.createArrayType(ClaimcheckRows.PROBLEM),
          false)));

  /** The articles read (rows of {@link ClaimcheckRows#ARTICLE_INPUT}) and the problems met. */
  record Input(Dataset<Row> articles, Dataset<Row> problems, Dataset<Row> lines) {}

  private JsonLinesInput() {}

  /**
   * Reads JSONL files, folders of them (their {@code *.jsonl} files) and glob patterns.
   *
   * @throws IllegalArgumentException if a path does not exist or matches no file
   */
  static Input read(SparkSession spark, List<String> paths) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Job job;
    try {
      job = Job.getInstance(jsc.hadoopConfiguration());
      long bytes = 0;
      for (String p : paths) {
        Path in = inputPath(new Path(p), job);
        FileInputFormat.addInputPath(job, in);
        bytes += bytes(in, job);
      }
      // Extraction runs per split and the articles are never shuffled: splits small enough that
      // every core works (two per core of the job for the input's size, at least 1 MB), where
      // Hadoop would make one split per file block (32 to 128 MB: a whole file on one core).
      FileInputFormat.setMaxInputSplitSize(job,
          Math.max(MIN_SPLIT, bytes / (2L * jsc.defaultParallelism()) + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    @SuppressWarnings("unchecked")
    JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>)
        jsc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class,
            Text.class);
    JavaRDD<Row> rows = lines.mapPartitionsWithInputSplit(JsonLinesInput::readSplit, false);
    Dataset<Row> read = spark.createDataFrame(rows, LINE).persist(StorageLevel.MEMORY_AND_DISK());
    Renames renames = renames(read);
    Dataset<Row> lineRows = renames.isEmpty() ? read
        : read.map(new Rename(jsc.broadcast(renames.byLine)), Encoders.row(LINE));
    Dataset<Row> articles = lineRows.where(col("article").isNotNull()).select("article.*");
    Dataset<Row> problems = lineRows.select(explode(col("problems")).as("p")).select("p.*");
    if (!renames.isEmpty()) {
      problems = problems.union(spark.createDataFrame(renames.problems, ClaimcheckRows.PROBLEM));
    }
    return new Input(articles, problems, read);
  }

  /** The smallest split of the input files: 1 MB, some 400 articles. */
  private static final long MIN_SPLIT = 1L << 20;

  /** The bytes of the files a path or pattern matches. */
  private static long bytes(Path pattern, Job job) throws IOException {
    long bytes = 0;
    for (FileStatus f : pattern.getFileSystem(job.getConfiguration()).globStatus(pattern)) {
      bytes += f.isFile() ? f.getLen() : 0;
    }
    return bytes;
  }

  /** A folder stands for its {@code *.jsonl} files; a missing path or empty match is an error. */
  private static Path inputPath(Path path, Job job) throws IOException {
    FileSystem fs = path.getFileSystem(job.getConfiguration());
    Path in = fs.exists(path) && fs.getFileStatus(path).isDirectory()
        ? new Path(path, "*.jsonl") : path;
    FileStatus[] matches = fs.globStatus(in);
    if (matches == null || matches.length == 0) {
      throw new IllegalArgumentException(in == path
          ? "no such file: " + path : "no .jsonl file in folder " + path);
    }
    return in;
  }

  /** Reads the lines of one split of a file, lazily. */
  private static Iterator<Row> readSplit(InputSplit split,
      Iterator<Tuple2<LongWritable, Text>> lines) {
    Path path = ((FileSplit) split).getPath();
    String file = "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    String name = path.getName();
    List<Row> none = List.of();
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        while (lines.hasNext()) {
          Tuple2<LongWritable, Text> line = lines.next();
          Row row = readLine(file, name, line._1().get(), line._2());
          if (row != null) {
            return row;
          }
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        Row r = next;
        if (r == null) {
          throw new java.util.NoSuchElementException();
        }
        next = advance();
        return r;
      }
    };
  }

  /** One line as the tool reads it; null for a blank line. */
  static Row readLine(String file, String name, long offset, Text line) {
    String where = name + " at byte " + offset;
    List<Row> problems = new ArrayList<>();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(line.getBytes(), 0, line.getLength())).toString();
    } catch (CharacterCodingException e) {
      text = new String(line.getBytes(), 0, line.getLength(), StandardCharsets.UTF_8);
      problems.add(ClaimcheckRows.problem(Problem.of(where,
          "invalid UTF-8; undecodable bytes were replaced with U+FFFD")));
    }
    if (text.isBlank()) {
      return null;
    }
    Corpus corpus = ArticleReader.standard().readJsonLines(name, text);
    for (Problem p : corpus.problems()) {
      // The reader names the only line it was given "name:1"; name the line by its offset.
      String source = p.source().equals(name + ":1") ? where : p.source();
      problems.add(ClaimcheckRows.problem(Problem.of(source, p.message())));
    }
    Row article = corpus.articles().isEmpty() ? null
        : ClaimcheckRows.articleInput(corpus.articles().get(0));
    return new GenericRowWithSchema(
        new Object[] {file, offset, article, ClaimcheckRows.seq(problems)}, LINE);
  }

  /** New ids for the lines whose id an earlier line has, and the problems saying so. */
  private static final class Renames {
    final Map<String, String> byLine = new HashMap<>();
    final List<Row> problems = new ArrayList<>();

    boolean isEmpty() {
      return byLine.isEmpty();
    }
  }

  private static String lineKey(String file, long offset) {
    return offset + "@" + file;
  }

  private static Renames renames(Dataset<Row> lines) {
    Renames out = new Renames();
    Dataset<Row> ids = lines.where(col("article").isNotNull())
        .select(col("article.id").as("id"), col("file"), col("offset"));
    List<Object> repeated = new ArrayList<>();
    for (Row r : ids.groupBy("id").count().where(col("count").gt(1)).collectAsList()) {
      repeated.add(r.getString(0));
    }
    if (repeated.isEmpty()) {
      return out;
    }
    List<Row> occurrences = ids.where(col("id").isin(repeated.toArray()))
        .orderBy(col("file"), col("offset")).collectAsList();
    // Ids a renamed article could take that are taken already (a~2 given as such).
    List<Object> candidates = new ArrayList<>();
    for (Row r : occurrences) {
      for (int n = 2; n <= occurrences.size() + 1; n++) {
        candidates.add(r.getString(0) + "~" + n);
      }
    }
    Set<String> taken = new HashSet<>();
    for (Row r : ids.where(col("id").isin(candidates.toArray())).select("id").collectAsList()) {
      taken.add(r.getString(0));
    }
    Map<String, String> first = new HashMap<>();
    for (Row r : occurrences) {
      String id = r.getString(0);
      String where = new Path(r.getString(1)).getName() + " at byte " + r.getLong(2);
      if (first.putIfAbsent(id, where) == null) {
        taken.add(id);
        continue;
      }
      int n = 2;
      while (!taken.add(id + "~" + n)) {
        n++;
      }
      String renamed = id + "~" + n;
      out.byLine.put(lineKey(r.getString(1), r.getLong(2)), renamed);
      out.problems.add(ClaimcheckRows.problem(Problem.of(where, "duplicate article id \"" + id
          + "\" (first at " + first.get(id) + "); kept as \"" + renamed + "\", not merged")));
    }
    return out;
  }

  /** Gives renamed lines their new id. */
  private static final class Rename implements MapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, String>> renames;

    Rename(Broadcast<Map<String, String>> renames) {
      this.renames = renames;
    }

    @Override
    public Row call(Row line) {
      String renamed = renames.value().get(lineKey(line.getString(0), line.getLong(1)));
      if (renamed == null) {
        return line;
      }
      Article a = ClaimcheckRows.article(line.getStruct(2));
      Article b = Article.builder(renamed, a.text()).source(a.source().orElse(null))
          .url(a.url().orElse(null)).published(a.published().orElse(null))
          .language(a.language().orElse(null)).story(a.story().orElse(null)).build();
      return new GenericRowWithSchema(new Object[] {line.get(0), line.get(1),
          ClaimcheckRows.articleInput(b), line.get(3)}, LINE);
    }
  }
}

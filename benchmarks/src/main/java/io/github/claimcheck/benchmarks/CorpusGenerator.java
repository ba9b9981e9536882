package io.github.claimcheck.benchmarks;

import io.github.claimcheck.model.Article;
import io.github.claimcheck.model.Language;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes synthetic Indonesian and English news articles from templates and word lists of its own:
 * disaster and conflict stories told by several outlets, with figures in digits and words, hedges,
 * absolute and relative dates, datelines, attributions, quotes and boilerplate noise lines.
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so any slice of a corpus is the same
 * in every run and can be generated in any order. Articles about the same story (every {@link
 * #STORY_SIZE} consecutive indices share one) repeat, hedge, update and sometimes contradict its
 * figures, so reconciliation finds agreements and conflicts as in a real feed.
 */
public final class CorpusGenerator {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20261121L;

  /** How many consecutive articles tell one story. */
  public static final int STORY_SIZE = 16;

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

  private final long seed;

  /** Creates a generator; the same seed gives the same articles. */
  public CorpusGenerator(long seed) {
    this.seed = seed;
  }

  /** Returns a generator with {@link #DEFAULT_SEED}. */
  public static CorpusGenerator standard() {
    return new CorpusGenerator(DEFAULT_SEED);
  }

  /** Returns the first {@code count} articles. */
  public List<Article> articles(int count) {
    return articles(0, count);
  }

  /** Returns {@code count} articles starting at index {@code from}. */
  public List<Article> articles(int from, int count) {
    if (from < 0 || count < 0) {
      throw new IllegalArgumentException("from and count must be >= 0, not " + from + ", " + count);
    }
    List<Article> out = new ArrayList<>(count);
    for (int i = from; i < from + count; i++) {
      out.add(article(i));
    }
    return out;
  }

  /** Returns the first articles whose texts together hold at least {@code bytes} UTF-8 bytes. */
  public List<Article> articlesOfSize(long bytes) {
    List<Article> out = new ArrayList<>();
    long total = 0;
    for (int i = 0; total < bytes; i++) {
      Article a = article(i);
      out.add(a);
      total += utf8Bytes(a.text());
    }
    return out;
  }

  /**
   * Writes articles {@code from} to {@code from + count - 1} to {@code file} as JSON Lines (id,
   * text, source, story, and published and language when the article has them), one article at a
   * time: the corpus is never in memory, whatever its size.
   *
   * @return the bytes written
   * @throws IOException if the file cannot be written
   */
  public long writeJsonLines(Path file, int from, int count) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = JSON.createGenerator(out)) {
      g.setRootValueSeparator(new SerializedString("\n"));
      for (int i = from; i < from + count; i++) {
        Article a = article(i);
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("text", a.text());
        g.writeStringField("source", a.source().orElse(null));
        g.writeStringField("story", a.story().orElse(null));
        if (a.published().isPresent()) {
          g.writeStringField("published", a.published().get().toString());
        }
        if (a.language().isPresent()) {
          g.writeStringField("language", a.language().get().code());
        }
        g.writeEndObject();
      }
      g.writeRaw('\n');
    }
    return Files.size(file);
  }

  /**
   * Writes one article of at least {@code bytes} UTF-8 bytes of text to {@code file} as a single
   * JSON line: the texts of articles 0, 1, 2, ... one after another (declared Indonesian), as one very
   * long report would read. The text is written piece by piece, never held whole.
   *
   * @return the bytes written
   * @throws IOException if the file cannot be written
   */
  public long writeLongArticle(Path file, long bytes) throws IOException {
    // Jackson writes a string value in one call, so the line is written by hand, the text in
    // pieces quoted as JSON strings.
    try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"id\":\"long\",\"language\":\"" + Language.INDONESIAN.code() + "\",\"text\":\"");
      long total = 0;
      for (int i = 0; total < bytes; i++) {
        String piece = article(i).text() + "\n\n";
        total += utf8Bytes(piece);
        out.write(JsonStringEncoder.getInstance().quoteAsString(piece));
      }
      out.write("\"}\n");
    }
    return Files.size(file);
  }

  /**
   * Writes a generated input on disk: {@code jsonl FILE COUNT} writes COUNT articles as JSON
   * Lines, {@code long FILE MEGABYTES} one article of that many megabytes of text.
   *
   * @param args the command, the file and the size
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("jsonl") || args[0].equals("long"))) {
      System.err.println("usage: CorpusGenerator jsonl FILE COUNT | long FILE MEGABYTES");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long size = args[0].equals("jsonl")
        ? standard().writeJsonLines(file, 0, Integer.parseInt(args[2]))
        : standard().writeLongArticle(file, Long.parseLong(args[2]) << 20);
    System.out.println(file + ": " + size + " bytes");
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** The UTF-8 size of the articles' texts. */
  public static long utf8Bytes(List<Article> articles) {
    long total = 0;
    for (Article a : articles) {
      total += utf8Bytes(a.text());
    }
    return total;
  }

  private static long utf8Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Returns article {@code index}. */
  public Article article(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, not " + index);
    }
    int storyIndex = index / STORY_SIZE;
    Story story = new Story(new SplittableRandom(mix(seed, storyIndex, 0x5709L)), storyIndex);
    SplittableRandom r = new SplittableRandom(mix(seed, index, 0xA871L));
    boolean english = r.nextInt(100) < 35;
    Writer w = english ? new EnglishWriter(r, story) : new IndonesianWriter(r, story);
    String outlet = english ? pick(r, Words.EN_OUTLETS) : pick(r, Words.ID_OUTLETS);
    LocalDate published = story.day.plusDays(r.nextInt(4));
    String text = w.write(published);
    Article.Builder b = Article.builder("g" + index, text).source(outlet).story("story-" + storyIndex);
    int meta = r.nextInt(10);
    if (meta < 6) {
      b.published(published);
    }
    if (meta < 3 || meta == 9) {
      b.language(english ? Language.ENGLISH : Language.INDONESIAN);
    }
    return b.build();
  }

  private static long mix(long seed, long index, long salt) {
    long z = seed ^ (index * 0x9E3779B97F4A7C15L) ^ (salt << 32);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  // ------------------------------------------------------------------ stories

  /** What every outlet covering the story agrees on, before each tells it its own way. */
  static final class Story {
    final int kind;
    final int place;
    final int actor;
    final LocalDate day;
    final long killed;
    final long wounded;
    final long displaced;
    final long deployed;
    final long shipped;

    Story(SplittableRandom r, int index) {
      kind = r.nextInt(Words.EVENTS_ID.length);
      place = r.nextInt(Words.PLACES.length);
      actor = r.nextInt(Words.ACTORS_ID.length);
      day = FIRST_DAY.plusDays((index * 3L + r.nextInt(3)) % 700);
      killed = 2 + r.nextInt(r.nextBoolean() ? 40 : 900);
      wounded = killed * (1 + r.nextInt(5)) + r.nextInt(20);
      displaced = 100L * (5 + r.nextInt(3000));
      deployed = 500L * (1 + r.nextInt(40));
      shipped = 1000L * (1 + r.nextInt(5000));
    }

    /** The figure an outlet reports: mostly the agreed one, sometimes updated or off. */
    long told(SplittableRandom r, long agreed) {
      int p = r.nextInt(100);
      if (p < 78) {
        return agreed;
      }
      if (p < 92) {
        return agreed + 1 + r.nextInt((int) Math.max(2, agreed / 10));
      }
      return Math.max(1, agreed - 1 - r.nextInt((int) Math.max(2, agreed / 5)));
    }
  }

  // ------------------------------------------------------------------ writers

  private abstract static class Writer {
    final SplittableRandom r;
    final Story story;
    final StringBuilder sb = new StringBuilder(4096);
    /** Curly quotes (some outlets) or straight ones. */
    final String open;
    final String close;

    Writer(SplittableRandom r, Story story) {
      this.r = r;
      this.story = story;
      boolean curly = r.nextInt(10) < 3;
      open = curly ? "\u201c" : "\"";
      close = curly ? "\u201d" : "\"";
    }

    /** A sentence without figures: background, colour, quotes. */
    abstract String background();

    abstract String headline();

    abstract String dateline(LocalDate published);

    abstract String sentence(LocalDate published);

    abstract String noise();

    String write(LocalDate published) {
      String headline = headline();
      sb.append(headline).append("\n\n");
      if (r.nextInt(4) == 0) {
        // Some pages print the headline twice (title tag and body).
        sb.append(headline).append("\n\n");
      }
      int paragraphs = 6 + r.nextInt(9);
      for (int p = 0; p < paragraphs; p++) {
        if (p > 0 && r.nextInt(5) == 0) {
          sb.append(noise()).append("\n\n");
        }
        int sentences = 1 + r.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          if (s > 0) {
            sb.append(' ');
          }
          // About half of a report's sentences carry no figure at all.
          String text = chance(50) && !(p == 0 && s == 0) ? background() : sentence(published);
          if (p == 0 && s == 0) {
            text = dateline(published) + text;
          }
          sb.append(text);
        }
        sb.append("\n\n");
      }
      if (r.nextBoolean()) {
        sb.append(noise()).append('\n');
      }
      return sb.toString();
    }

    String pick(String[] words) {
      return CorpusGenerator.pick(r, words);
    }

    boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    static String capitalise(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  private static final class IndonesianWriter extends Writer {

    IndonesianWriter(SplittableRandom r, Story story) {
      super(r, story);
    }

    String event() {
      return Words.EVENTS_ID[story.kind];
    }

    String place() {
      return Words.PLACES[story.place];
    }

    String actor() {
      return Words.ACTORS_ID[story.actor];
    }

    @Override
    String headline() {
      String n = number(story.told(r, story.killed), false);
      switch (r.nextInt(4)) {
        case 0:
          return capitaliseWords(event()) + " di " + place() + ", " + n + " Orang Tewas";
        case 1:
          return "Korban " + capitaliseWords(event()) + " " + place() + " Bertambah";
        case 2:
          return "Pemerintah Kirim Bantuan ke " + place() + " Usai " + capitaliseWords(event());
        default:
          return capitaliseWords(actor()) + " Kerahkan Pasukan, Warga " + place() + " Mengungsi";
      }
    }

    static String capitaliseWords(String s) {
      StringBuilder b = new StringBuilder();
      for (String w : s.split(" ")) {
        b.append(b.length() == 0 ? "" : " ").append(capitalise(w));
      }
      return b.toString();
    }

    @Override
    String dateline(LocalDate published) {
      String city = pick(Words.CITIES).toUpperCase(Locale.ROOT);
      switch (r.nextInt(3)) {
        case 0:
          return city + ", " + pick(Words.ID_OUTLET_TAGS) + " - ";
        case 1:
          return city + " - ";
        default:
          return city + ", " + dayName(published) + " (" + published.getDayOfMonth() + "/"
              + published.getMonthValue() + ") - ";
      }
    }

    String dayName(LocalDate d) {
      return Words.WEEKDAYS_ID[d.getDayOfWeek().getValue() - 1];
    }

    String date(LocalDate published) {
      LocalDate d = story.day;
      switch (r.nextInt(7)) {
        case 0:
          return "pada " + d.getDayOfMonth() + " " + Words.MONTHS_ID[d.getMonthValue() - 1];
        case 1:
          return "pada " + dayName(d) + " (" + d.getDayOfMonth() + "/" + d.getMonthValue() + ")";
        case 2:
          return "pada " + d.getDayOfMonth() + " " + Words.MONTHS_ID[d.getMonthValue() - 1] + " "
              + d.getYear();
        case 3:
          return published.equals(d.plusDays(1)) ? "kemarin" : "pekan lalu";
        case 4:
          return "sejak " + dayName(d) + " pagi";
        case 5:
          return "hingga " + dayName(published) + " malam";
        default:
          return "pada awal " + Words.MONTHS_ID[d.getMonthValue() - 1];
      }
    }

    String number(long n, boolean hedge) {
      StringBuilder b = new StringBuilder();
      if (hedge && chance(45)) {
        b.append(pick(Words.HEDGES_ID)).append(' ');
      }
      if (n <= 20 && chance(40)) {
        return b.append(Words.NUMBERS_ID[(int) n]).toString();
      }
      if (n >= 1_000_000 && n % 100_000 == 0 && chance(70)) {
        String m = String.valueOf(n / 100_000 / 10.0).replace('.', ',').replace(",0", "");
        return b.append(m).append(" juta").toString();
      }
      if (n >= 1000 && n % 1000 == 0 && chance(40)) {
        return b.append(n / 1000).append(" ribu").toString();
      }
      return b.append(String.format(Locale.GERMANY, "%,d", n)).toString();
    }

    @Override
    String sentence(LocalDate published) {
      String src = pick(Words.SOURCES_ID);
      switch (r.nextInt(16)) {
        case 0:
          return "Menurut " + src + ", " + number(story.told(r, story.killed), true) + " "
              + pick(Words.PEOPLE_ID) + " tewas dalam " + event() + " di " + place() + " "
              + date(published) + ".";
        case 1:
          return capitalise(src) + " mengatakan " + number(story.told(r, story.wounded), true)
              + " warga mengalami luka-luka dan masih dirawat di rumah sakit setempat.";
        case 2:
          return "Sebanyak " + number(story.told(r, story.displaced), true)
              + " warga terpaksa mengungsi ke " + pick(Words.SHELTERS_ID) + ", kata " + src + ".";
        case 3:
          return capitalise(actor()) + " telah mengerahkan " + number(story.told(r, story.deployed), true)
              + " tentara ke wilayah perbatasan " + date(published) + ", menurut " + src + ".";
        case 4:
          return open + capitalise(pick(Words.QUOTES_ID)) + "," + close + " ujar "
              + pick(Words.PERSONS) + ", " + pick(Words.ROLES_ID) + ".";
        case 5:
          return "Pemerintah " + pick(Words.PLANS_ID) + " " + number(story.told(r, story.shipped), true)
              + " butir amunisi dan perlengkapan ke " + place() + " dalam waktu dekat.";
        case 6:
          return "Jumlah tersebut bertambah " + number(1 + r.nextInt(30), false)
              + " orang dibandingkan laporan " + dayName(published.minusDays(1)) + ".";
        case 7:
          return "Tim SAR gabungan masih mencari " + number(1 + r.nextInt(25), true)
              + " orang yang dinyatakan hilang di sekitar " + pick(Words.LANDMARKS_ID) + ".";
        case 8:
          return "Hingga berita ini diturunkan, belum ada laporan korban jiwa di desa "
              + pick(Words.VILLAGES) + ".";
        case 9:
          return "Harga beras di pasar " + pick(Words.CITIES) + " naik menjadi Rp"
              + String.format(Locale.GERMANY, "%,d", 10_000 + 500L * r.nextInt(20))
              + " per kilogram, tertinggi dalam " + (2 + r.nextInt(10)) + " bulan terakhir.";
        case 10:
          return "Sekitar " + (10 + r.nextInt(80)) + " persen rumah di " + pick(Words.VILLAGES)
              + " rusak berat, sementara " + (2 + r.nextInt(40)) + " sekolah diliburkan selama "
              + (2 + r.nextInt(6)) + " hari.";
        case 11:
          return capitalise(pick(Words.FILLER_ID)) + " " + place() + " dan sekitarnya.";
        case 12:
          return "Sedikitnya " + number(story.told(r, story.killed), false) + " "
              + pick(Words.SOLDIERS_ID) + " " + actor() + " gugur, sementara "
              + number(story.told(r, story.wounded) / 3 + 1, false) + " lainnya terluka, ungkap "
              + src + ".";
        case 13:
          return "Dilaporkan " + number(story.told(r, story.deployed) / 2 + 1, true)
              + " personel tambahan tiba di " + place() + " " + date(published) + ".";
        case 14:
          return "Bantuan senilai Rp" + (1 + r.nextInt(90)) + " miliar disalurkan melalui "
              + pick(Words.AGENCIES_ID) + ", kata " + pick(Words.PERSONS) + ".";
        default:
          return "Cuaca di " + place() + " diperkirakan " + pick(Words.WEATHER_ID) + " hingga "
              + dayName(published.plusDays(2)) + ", menurut " + pick(Words.AGENCIES_ID) + ".";
      }
    }

    @Override
    String background() {
      switch (r.nextInt(5)) {
        case 0:
          return open + capitalise(pick(Words.QUOTES_ID)) + "," + close + " kata " + pick(Words.PERSONS)
              + " kepada wartawan di " + place() + ".";
        case 1:
          return capitalise(pick(Words.FILLER_ID)) + " " + place() + " sejak kejadian itu.";
        case 2:
          return "Warga " + pick(Words.VILLAGES) + " mengaku " + pick(Words.FEELINGS_ID)
              + " dan berharap bantuan segera datang.";
        case 3:
          return capitalise(pick(Words.ROLES_ID)) + " " + pick(Words.PERSONS) + " meminta warga "
              + "menjauhi " + pick(Words.LANDMARKS_ID) + " selama proses pencarian.";
        default:
          return "Wilayah " + place() + " memang dikenal rawan " + event() + " saat musim hujan.";
      }
    }

    @Override
    String noise() {
      return pick(Words.NOISE_ID) + " " + capitaliseWords(pick(Words.EVENTS_ID)) + " di "
          + pick(Words.PLACES);
    }
  }

  private static final class EnglishWriter extends Writer {

    EnglishWriter(SplittableRandom r, Story story) {
      super(r, story);
    }

    String event() {
      return Words.EVENTS_EN[story.kind];
    }

    String place() {
      return Words.PLACES[story.place];
    }

    String actor() {
      return Words.ACTORS_EN[story.actor];
    }

    @Override
    String headline() {
      String n = number(story.told(r, story.killed), false);
      switch (r.nextInt(3)) {
        case 0:
          return n + " Dead as " + capitalise(event()) + " Hits " + place();
        case 1:
          return "Death Toll Rises After " + capitalise(event()) + " in " + place();
        default:
          return capitalise(actor()) + " Sends Troops as Thousands Flee " + place();
      }
    }

    @Override
    String dateline(LocalDate published) {
      String city = pick(Words.CITIES).toUpperCase(Locale.ROOT);
      return r.nextBoolean()
          ? city + " (" + pick(Words.EN_OUTLET_TAGS) + ") - "
          : city + ", " + Words.MONTHS_EN[published.getMonthValue() - 1] + " "
              + published.getDayOfMonth() + " - ";
    }

    String dayName(LocalDate d) {
      String s = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      return d.getDayOfWeek() == DayOfWeek.SUNDAY ? "Sunday" : s;
    }

    String date(LocalDate published) {
      LocalDate d = story.day;
      switch (r.nextInt(6)) {
        case 0:
          return "on " + Words.MONTHS_EN[d.getMonthValue() - 1] + " " + d.getDayOfMonth();
        case 1:
          return "on " + dayName(d);
        case 2:
          return "on " + d.getDayOfMonth() + " " + Words.MONTHS_EN[d.getMonthValue() - 1] + " "
              + d.getYear();
        case 3:
          return "last week";
        case 4:
          return "since " + dayName(d) + " morning";
        default:
          return "as of " + dayName(published);
      }
    }

    String number(long n, boolean hedge) {
      StringBuilder b = new StringBuilder();
      if (hedge && chance(45)) {
        b.append(pick(Words.HEDGES_EN)).append(' ');
      }
      if (n <= 20 && chance(40)) {
        return b.append(Words.NUMBERS_EN[(int) n]).toString();
      }
      if (n >= 1_000_000 && n % 100_000 == 0 && chance(70)) {
        return b.append(String.valueOf(n / 100_000 / 10.0).replace(".0", "")).append(" million")
            .toString();
      }
      return b.append(String.format(Locale.US, "%,d", n)).toString();
    }

    @Override
    String sentence(LocalDate published) {
      String src = pick(Words.SOURCES_EN);
      switch (r.nextInt(14)) {
        case 0:
          return "At least " + number(story.told(r, story.killed), false) + " people were killed in the "
              + event() + " in " + place() + " " + date(published) + ", " + src + " said.";
        case 1:
          return "According to " + src + ", " + number(story.told(r, story.wounded), true)
              + " people were injured and taken to hospitals in " + pick(Words.CITIES) + ".";
        case 2:
          return capitalise(src) + " said " + number(story.told(r, story.displaced), true)
              + " residents had fled their homes " + date(published) + ".";
        case 3:
          return capitalise(actor()) + " has deployed " + number(story.told(r, story.deployed), true)
              + " troops to the area, " + src + " reported.";
        case 4:
          return open + capitalise(pick(Words.QUOTES_EN)) + "," + close + " " + pick(Words.PERSONS)
              + ", a " + pick(Words.ROLES_EN) + ", told reporters.";
        case 5:
          return "The government plans to ship " + number(story.told(r, story.shipped), true)
              + " rounds of ammunition to the region next month.";
        case 6:
          return "That figure is " + number(1 + r.nextInt(30), false) + " higher than the count "
              + "released on " + dayName(published.minusDays(1)) + ".";
        case 7:
          return "Rescue teams are still searching for " + number(1 + r.nextInt(25), true)
              + " people who remain missing near " + pick(Words.LANDMARKS_EN) + ".";
        case 8:
          return "Rice prices in " + pick(Words.CITIES) + " rose " + (2 + r.nextInt(30))
              + " percent to " + String.format(Locale.US, "%,d", 10_000 + 500L * r.nextInt(20))
              + " rupiah a kilogram.";
        case 9:
          return capitalise(pick(Words.FILLER_EN)) + " " + place() + ".";
        case 10:
          return "No casualties were reported in the village of " + pick(Words.VILLAGES) + ".";
        case 11:
          return "An estimated " + number(story.told(r, story.killed), false) + " soldiers died, "
              + "while " + number(story.told(r, story.wounded) / 3 + 1, false)
              + " others were wounded, " + src + " said.";
        case 12:
          return "Some " + (2 + r.nextInt(40)) + " schools closed for " + (2 + r.nextInt(6))
              + " days and " + (10 + r.nextInt(80)) + " percent of homes were damaged.";
        default:
          return "Forecasters expect " + pick(Words.WEATHER_EN) + " in " + place() + " until "
              + dayName(published.plusDays(2)) + ".";
      }
    }

    @Override
    String background() {
      switch (r.nextInt(5)) {
        case 0:
          return open + capitalise(pick(Words.QUOTES_EN)) + "," + close + " " + pick(Words.PERSONS)
              + " said in " + place() + ".";
        case 1:
          return capitalise(pick(Words.FILLER_EN)) + " " + place() + " after the disaster.";
        case 2:
          return "Residents of " + pick(Words.VILLAGES) + " said they felt " + pick(Words.FEELINGS_EN)
              + " and hoped help would come soon.";
        case 3:
          return "Officials urged people to stay away from " + pick(Words.LANDMARKS_EN)
              + " while the search went on.";
        default:
          return capitalise(place()) + " is known to be prone to the " + event()
              + " season every year.";
      }
    }

    @Override
    String noise() {
      return pick(Words.NOISE_EN) + " " + capitalise(pick(Words.EVENTS_EN)) + " in "
          + pick(Words.PLACES);
    }
  }
}

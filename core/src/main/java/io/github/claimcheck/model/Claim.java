package io.github.claimcheck.model;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One statement of a figure or of an event date in one article, typed and evidenced.
 *
 * <p>A claim says that, according to its {@linkplain #attribution() attribution}, the {@linkplain
 * #predicate() predicate} (what happened: {@code deployed}, {@code killed}, {@code signed}, …)
 * applied to the {@linkplain #subject() subject} (who or what is counted) with the given
 * {@linkplain #value() value}, during the {@linkplain #when() time scope}. Its {@linkplain
 * #span() span} points at the figure and its predicate in the article text as given.
 */
public final class Claim {

  private final String id;
  private final String articleId;
  private final String predicate;
  private final SubjectKey subject;
  /** The subject key's string form, made once: grouping and the reports ask for it per claim. */
  private final String subjectId;
  private final Value value;
  private final String unit;
  private final DateValue when;
  private final String whenText;
  private final String attribution;
  private final String origin;
  private final EventKey event;
  private final Scope scope;
  private final ClockTime clock;
  private final String clockText;
  private final Span span;
  private final Span sentenceSpan;
  private final String sentence;
  private final Set<ClaimFlag> flags;
  private final ImmutableSortedMap<String, Quantity> companions;

  private Claim(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.articleId = Objects.requireNonNull(b.articleId, "articleId");
    this.predicate = Objects.requireNonNull(b.predicate, "predicate");
    this.subject = Objects.requireNonNull(b.subject, "subject");
    this.subjectId = subject.id();
    this.value = Objects.requireNonNull(b.value, "value");
    this.span = Objects.requireNonNull(b.span, "span");
    this.sentenceSpan = b.sentenceSpan == null ? b.span : b.sentenceSpan;
    this.sentence = b.sentence == null ? "" : b.sentence;
    this.unit = b.unit;
    this.when = b.when;
    this.whenText = b.whenText;
    this.attribution = b.attribution;
    this.origin = b.origin;
    this.event = b.event;
    this.scope = b.scope;
    this.clock = b.clock;
    this.clockText = b.clock == null ? null : b.clockText;
    this.flags =
        b.flags.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(b.flags));
    this.companions = b.companions.isEmpty()
        ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOfSorted(b.companions);
  }

  /** This claim with other companions; every other field is shared. */
  private Claim(Claim c, ImmutableSortedMap<String, Quantity> companions) {
    this.id = c.id;
    this.articleId = c.articleId;
    this.predicate = c.predicate;
    this.subject = c.subject;
    this.subjectId = c.subjectId;
    this.value = c.value;
    this.span = c.span;
    this.sentenceSpan = c.sentenceSpan;
    this.sentence = c.sentence;
    this.unit = c.unit;
    this.when = c.when;
    this.whenText = c.whenText;
    this.attribution = c.attribution;
    this.origin = c.origin;
    this.event = c.event;
    this.scope = c.scope;
    this.clock = c.clock;
    this.clockText = c.clockText;
    this.flags = c.flags;
    this.companions = companions;
  }

  /**
   * Returns this claim with the given companions (see {@link #companions()}) in place of its own.
   *
   * @throws NullPointerException if the map, a key or a value is null
   * @since 0.1.0
   */
  public Claim withCompanions(Map<String, Quantity> counts) {
    ImmutableSortedMap<String, Quantity> c = ImmutableSortedMap.copyOf(counts);
    return c.equals(companions) ? this : new Claim(this, c);
  }

  /** Returns a builder; id, article id, predicate, subject, value and span are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this claim's fields. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.articleId = articleId;
    b.predicate = predicate;
    b.subject = subject;
    b.value = value;
    b.unit = unit;
    b.when = when;
    b.whenText = whenText;
    b.attribution = attribution;
    b.origin = origin;
    b.event = event;
    b.scope = scope;
    b.clock = clock;
    b.clockText = clockText;
    b.span = span;
    b.sentenceSpan = sentenceSpan;
    b.sentence = sentence;
    b.flags.addAll(flags);
    b.companions.putAll(companions);
    return b;
  }

  /** Returns the id, stable within a report, for example {@code a1#3}. */
  public String id() {
    return id;
  }

  /** Returns the id of the article the claim came from. */
  public String articleId() {
    return articleId;
  }

  /** Returns what is claimed: {@code deployed}, {@code killed}, … or an event verb. */
  public String predicate() {
    return predicate;
  }

  /**
   * Returns the canonical key of who or what is counted or dated in its string form, such as
   * {@code kp:soldiers}: the {@link SubjectKey#id() id} of {@link #subjectKey()}.
   */
  public String subject() {
    return subjectId;
  }

  /**
   * Returns the typed key of who or what is counted or dated.
   *
   * @since 0.1.0
   */
  public SubjectKey subjectKey() {
    return subject;
  }

  /** Returns the value: a quantity or a date. */
  public Value value() {
    return value;
  }

  /** Returns the quantity, when the value is one. */
  public Optional<Quantity> quantity() {
    return value instanceof Quantity q ? Optional.of(q) : Optional.empty();
  }

  /** Returns the date, when the value is one. */
  public Optional<DateValue> date() {
    return value instanceof DateValue d ? Optional.of(d) : Optional.empty();
  }

  /** Returns the canonical unit ({@code soldiers}, {@code people}, {@code rounds}, …). */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** Returns the period the figure refers to, when the text says. */
  public Optional<DateValue> when() {
    return Optional.ofNullable(when);
  }

  /** Returns the words the time scope was read from, when there is one. */
  public Optional<String> whenText() {
    return Optional.ofNullable(whenText);
  }

  /** Returns who says so, as named in the text. */
  public Optional<String> attribution() {
    return Optional.ofNullable(attribution);
  }

  /**
   * Returns the underlying source when the attribution cites another one (a lawmaker citing the
   * intelligence service: attribution is the lawmaker, origin the service).
   */
  public Optional<String> origin() {
    return Optional.ofNullable(origin);
  }

  /** Returns the event or place the figure belongs to, when the text names one. */
  public Optional<String> event() {
    return event == null ? Optional.empty() : Optional.of(event.name());
  }

  /**
   * Returns the typed key of the event the figure belongs to, when the text names one.
   *
   * @since 0.1.0
   */
  public Optional<EventKey> eventKey() {
    return Optional.ofNullable(event);
  }

  /**
   * Returns the part of the whole the figure counts (a place, a category, a status), or empty for
   * a total.
   *
   * @since 0.1.0
   */
  public Optional<Scope> scope() {
    return Optional.ofNullable(scope);
  }

  /**
   * Returns the time of day the figure is reported as of ("hingga pukul 17.00 WIB"), when the
   * text says; it orders updates within one day.
   *
   * @since 0.1.0
   */
  public Optional<ClockTime> clock() {
    return Optional.ofNullable(clock);
  }

  /**
   * Returns the words the time of day was read from, when there is one.
   *
   * @since 0.1.0
   */
  public Optional<String> clockText() {
    return Optional.ofNullable(clockText);
  }

  /** Returns the evidence: the figure and its predicate in the article text. */
  public Span span() {
    return span;
  }

  /** Returns the span of the whole sentence holding the evidence. */
  public Span sentenceSpan() {
    return sentenceSpan;
  }

  /** Returns the sentence holding the evidence. */
  public String sentence() {
    return sentence;
  }

  /** Returns the flags; empty for a plain total stated as fact. */
  public Set<ClaimFlag> flags() {
    return flags;
  }

  /**
   * Returns the other counts the claim's sentence states beside it, by predicate: in "62 dead,
   * 584 injured and 20 missing" the dead's companions are {@code wounded} 584 and {@code missing}
   * 20. Only whole counts (no scope) of the same subject, one per predicate, are kept; empty when
   * there are none. A report's companions tell which of two reports of one day is the later
   * update: a later release counts more of everything that only grows.
   *
   * @since 0.1.0
   */
  public Map<String, Quantity> companions() {
    return companions;
  }

  /** Returns whether the claim has the flag. */
  public boolean has(ClaimFlag flag) {
    return flags.contains(flag);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c
        && id.equals(c.id)
        && articleId.equals(c.articleId)
        && predicate.equals(c.predicate)
        && subject.equals(c.subject)
        && value.equals(c.value)
        && Objects.equals(unit, c.unit)
        && Objects.equals(when, c.when)
        && Objects.equals(whenText, c.whenText)
        && Objects.equals(attribution, c.attribution)
        && Objects.equals(origin, c.origin)
        && Objects.equals(event, c.event)
        && Objects.equals(scope, c.scope)
        && Objects.equals(clock, c.clock)
        && Objects.equals(clockText, c.clockText)
        && span.equals(c.span)
        && sentenceSpan.equals(c.sentenceSpan)
        && sentence.equals(c.sentence)
        && flags.equals(c.flags)
        && companions.equals(c.companions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, articleId, predicate, subject, value, span);
  }

  /**
   * Returns one line with the id, predicate, subject, value and unit, then the time scope, the
   * event, the attribution and the flags when there are:
   * {@code a1#2 killed people 120 people @2025-10-02 event flood:garut [polisi]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(id).append(' ').append(predicate).append(' ').append(subject).append(' ').append(value);
    if (unit != null) {
      sb.append(' ').append(unit);
    }
    if (scope != null) {
      sb.append(" {").append(scope).append('}');
    }
    if (when != null) {
      sb.append(" @").append(when);
    }
    if (clock != null) {
      sb.append(when == null ? " @" : " ").append(clock);
    }
    if (event != null) {
      sb.append(" event ").append(event);
    }
    if (attribution != null) {
      sb.append(" [").append(attribution).append(']');
    }
    if (!flags.isEmpty()) {
      sb.append(' ').append(flags);
    }
    return sb.toString();
  }

  /** Builds a {@link Claim}. Not thread-safe; the claim it builds is. */
  public static final class Builder {
    private String id;
    private String articleId;
    private String predicate;
    private SubjectKey subject;
    private Value value;
    private String unit;
    private DateValue when;
    private String whenText;
    private String attribution;
    private String origin;
    private EventKey event;
    private Scope scope;
    private ClockTime clock;
    private String clockText;
    private Span span;
    private Span sentenceSpan;
    private String sentence;
    private final Set<ClaimFlag> flags = EnumSet.noneOf(ClaimFlag.class);
    private final TreeMap<String, Quantity> companions = new TreeMap<>();

    private Builder() {}

    /** Sets the id. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the article id. */
    public Builder articleId(String articleId) {
      this.articleId = articleId;
      return this;
    }

    /** Sets the predicate. */
    public Builder predicate(String predicate) {
      this.predicate = predicate;
      return this;
    }

    /**
     * Sets the subject key from its string form, {@code kind} or {@code actor:kind} (see {@link
     * SubjectKey#parse(String)}); {@code null} clears it.
     */
    public Builder subject(String subject) {
      this.subject = subject == null ? null : SubjectKey.parse(subject);
      return this;
    }

    /**
     * Sets the typed subject key.
     *
     * @since 0.1.0
     */
    public Builder subject(SubjectKey subject) {
      this.subject = subject;
      return this;
    }

    /** Sets the value. */
    public Builder value(Value value) {
      this.value = value;
      return this;
    }

    /** Sets the unit; {@code null} for none. */
    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    /** Sets the time scope; {@code null} when the text gives none. */
    public Builder when(DateValue when) {
      this.when = when;
      return this;
    }

    /** Sets the words the time scope was read from. */
    public Builder whenText(String whenText) {
      this.whenText = whenText;
      return this;
    }

    /** Sets the attribution; {@code null} for none. */
    public Builder attribution(String attribution) {
      this.attribution = attribution;
      return this;
    }

    /** Sets the underlying source of a chained attribution; {@code null} for none. */
    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    /**
     * Sets the event by name ({@code flood:garut} or free text, see {@link EventKey#named(String)});
     * {@code null} or blank for none.
     */
    public Builder event(String event) {
      this.event = EventKey.named(event).orElse(null);
      return this;
    }

    /**
     * Sets the typed event key; {@code null} for none.
     *
     * @since 0.1.0
     */
    public Builder event(EventKey event) {
      this.event = event;
      return this;
    }

    /**
     * Sets the part of the whole the figure counts; {@code null} for a total.
     *
     * @since 0.1.0
     */
    public Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Sets the time of day the figure is reported as of, and the words it was read from; {@code
     * null} for none.
     *
     * @since 0.1.0
     */
    public Builder clock(ClockTime clock, String text) {
      this.clock = clock;
      this.clockText = text;
      return this;
    }

    /** Sets the evidence span. */
    public Builder span(Span span) {
      this.span = span;
      return this;
    }

    /** Sets the sentence and its span. */
    public Builder sentence(Span sentenceSpan, String sentence) {
      this.sentenceSpan = sentenceSpan;
      this.sentence = sentence;
      return this;
    }

    /** Adds a flag. */
    public Builder flag(ClaimFlag flag) {
      this.flags.add(flag);
      return this;
    }

    /** Adds flags. */
    public Builder flags(Set<ClaimFlag> flags) {
      this.flags.addAll(flags);
      return this;
    }

    /**
     * Sets the count of another predicate the claim's sentence states beside it (see {@link
     * Claim#companions()}).
     *
     * @throws NullPointerException if an argument is null
     * @since 0.1.0
     */
    public Builder companion(String predicate, Quantity count) {
      companions.put(Objects.requireNonNull(predicate, "predicate"),
          Objects.requireNonNull(count, "count"));
      return this;
    }

    /**
     * Sets the counts of other predicates the claim's sentence states beside it, replacing those
     * set before (see {@link Claim#companions()}).
     *
     * @throws NullPointerException if the map, a key or a value is null
     * @since 0.1.0
     */
    public Builder companions(Map<String, Quantity> counts) {
      companions.clear();
      counts.forEach(this::companion);
      return this;
    }

    /**
     * Returns the claim.
     *
     * @throws NullPointerException if a required field is missing
     */
    public Claim build() {
      return new Claim(this);
    }
  }
}

package io.github.claimcheck.extract;

import io.github.claimcheck.extract.PredicateAttacher.PartOf;
import io.github.claimcheck.extract.PredicateAttacher.PredicateChoice;
import io.github.claimcheck.extract.SentenceAnnotator.AnnotatedSentence;
import io.github.claimcheck.extract.SubjectAttacher.CountedNoun;
import io.github.claimcheck.model.Language;
import io.github.claimcheck.model.Span;
import io.github.claimcheck.parse.NumberExpression;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test fixture: one sentence annotated the way {@link ClaimFinder} annotates the sentences of an
 * article (built-in lexicon, tokens looked up in its vocabulary, the annotator's own clauses,
 * predicates and times), with helpers to find a figure's site and a token by its text.
 */
final class AnnotatedSentences {

  /** The reference date the examples use unless they name one. */
  static final LocalDate REFERENCE = LocalDate.of(2024, 6, 20);

  private AnnotatedSentences() {}

  /** A one-sentence text, annotated, with the lexicon it was read with. */
  record Example(Lexicon lx, Language language, LocalDate reference, AnnotatedSentence annotated) {

    SentenceView view() {
      return annotated.view();
    }

    List<Token> tokens() {
      return annotated.view().tokens();
    }

    int[] clause() {
      return annotated.view().clause();
    }

    /** The site of the figure whose text is {@code text} ("600", "1,000"). */
    FigureSite site(String text) {
      List<NumberExpression> figures = annotated.figures();
      for (int k = 0; k < figures.size(); k++) {
        if (figures.get(k).text().equals(text)) {
          return FigureSite.of(view(), figures, k, annotated.predicates(), annotated.cues());
        }
      }
      throw new AssertionError("no figure \"" + text + "\" among "
          + figures.stream().map(NumberExpression::text).collect(Collectors.toList()));
    }

    /** The counting noun after the figure ({@link SubjectAttacher#nounAfter}). */
    CountedNoun counted(String figure) {
      return new SubjectAttacher(lx).nounAfter(view(), site(figure), annotated.blocked());
    }

    /** The token after the figure's counted noun, or after the figure: where its object ends. */
    int objectEnd(String figure) {
      CountedNoun counted = counted(figure);
      return counted.noun() == null ? site(figure).last() + 1 : counted.noun().to();
    }

    /** The first token of the figure's counted noun, or -1. */
    int nounStart(String figure) {
      CountedNoun counted = counted(figure);
      return counted.noun() == null ? -1 : counted.noun().from();
    }

    /** What the figure's own noun counts, with the actor between them, or null. */
    Subject subject(String figure) {
      CountedNoun counted = counted(figure);
      if (counted.noun() == null) {
        return null;
      }
      Lexicon.Noun noun = counted.noun().value();
      String actor = counted.adjacentActor() == null ? null : counted.adjacentActor().value();
      return new Subject(SubjectAttacher.key(actor, noun.kind()), noun.kind(), noun.unit());
    }

    /**
     * The predicate chosen for the figure read alone, as ClaimFinder first asks for it (its own
     * noun's subject, no list item), or null.
     */
    PredicateChoice choice(String figure) {
      FigureSite site = site(figure);
      PredicateAttacher predicates = new PredicateAttacher(lx);
      PartOf partOf = predicates.partOf(view(), annotated.figures(), site.index(), site.first(),
          view().base());
      return predicates.choosePredicate(view(), site, site.predicates(), site.numbers(),
          site.figure(), site.first(), nounStart(figure), objectEnd(figure), view().base(),
          subject(figure), false, partOf);
    }

    /** The index of the first token whose text is {@code text}. */
    int token(String text) {
      List<Token> tokens = tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).text().equals(text)) {
          return i;
        }
      }
      throw new AssertionError("no token \"" + text + "\" in " + tokens);
    }
  }

  /** {@code text} in the language of code {@code "id"} or {@code "en"}. */
  static Example of(String code, String text) {
    return of(code.equals("id") ? Language.INDONESIAN : Language.ENGLISH, text, REFERENCE);
  }

  static Example indonesian(String text) {
    return of(Language.INDONESIAN, text, REFERENCE);
  }

  static Example english(String text) {
    return of(Language.ENGLISH, text, REFERENCE);
  }

  /** {@code text}, one sentence, annotated as sentence 0 of an article dated {@code reference}. */
  static Example of(Language language, String text, LocalDate reference) {
    Lexicon lx = Lexicon.builtIn(language);
    return new Example(lx, language, reference, annotate(lx, language, text, reference));
  }

  static AnnotatedSentence annotate(Lexicon lx, Language language, String text, LocalDate reference) {
    TokenList tokens = Tokenizer.tokenize(text, 0, text.length(), lx.profile.clitics(), lx.vocabulary());
    tokens.lookUpWords(lx.vocabulary());
    Sentence sentence = new Sentence(Span.of(0, text.length()), text, 0);
    SentenceAnnotator annotator = new SentenceAnnotator(lx, language, reference, new Clauses(lx),
        new PredicateAttacher(lx), new TimeAttacher(lx, language, reference));
    return annotator.annotate(sentence, 0, tokens);
  }
}

package io.github.claimcheck.extract;

import io.github.claimcheck.model.SubjectKey;

/**
 * Who or what a figure counts, as the claim reader carries it from figure to figure.
 *
 * @param key the subject's key (actor and kind)
 * @param kind what is counted ("people", "troops")
 * @param unit the unit the figure is given in
 */
record Subject(SubjectKey.Counted key, String kind, String unit) {

  /** People, counted: what a generic noun or a list heading counts. */
  static final Subject PEOPLE = new Subject(SubjectKey.of("people"), "people", "people");
}

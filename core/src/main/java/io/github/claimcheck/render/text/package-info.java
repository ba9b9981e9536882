/**
 * The sentences readers see for findings, per language: {@link
 * io.github.claimcheck.render.text.FindingTexts} renders a finding's structured {@link
 * io.github.claimcheck.model.Reason} in English or Indonesian from word lists and templates kept
 * as data ({@code render/texts-<lang>.tsv}). The rules ask it for the English sentence each
 * finding keeps as its explanation; the reports use it too. It depends on the model only, so
 * every other package may use it without a cycle.
 */
package io.github.claimcheck.render.text;

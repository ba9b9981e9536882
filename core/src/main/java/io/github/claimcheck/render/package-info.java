/**
 * Reports for people: a plain-text report for the terminal ({@link
 * io.github.claimcheck.render.TextReport}), the same content as Markdown ({@link
 * io.github.claimcheck.render.MarkdownReport}) and a self-contained HTML page with a chart per
 * disputed figure ({@link io.github.claimcheck.render.HtmlReport}). The JSON form for programs
 * is in {@code io.github.claimcheck.json}.
 */
package io.github.claimcheck.render;

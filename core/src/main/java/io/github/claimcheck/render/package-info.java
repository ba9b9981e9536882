/**
 * Reports for people: a plain-text report for the terminal, a Markdown version of it and a
 * self-contained HTML page with charts. The
 * JSON form for programs is in {@code io.github.claimcheck.json}.
 */
package io.github.claimcheck.render;

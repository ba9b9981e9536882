/**
 * Reports for people: a plain-text report for the terminal and a Markdown version of it. The
 * JSON form for programs is in {@code io.github.claimcheck.json}.
 */
package io.github.claimcheck.render;

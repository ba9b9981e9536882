/**
 * Reading articles from files: plain-text files (one article each), JSON Lines files (one article
 * per line) and folders of both. Problems (unreadable files, bad lines, duplicate ids) are
 * collected in the {@link io.github.claimcheck.input.Corpus}, never thrown, so one bad line does
 * not lose the good ones.
 */
package io.github.claimcheck.input;

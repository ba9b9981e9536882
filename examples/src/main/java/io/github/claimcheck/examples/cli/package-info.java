/** The {@code claimcheck} command-line tool. */
package io.github.claimcheck.examples.cli;

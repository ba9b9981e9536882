package io.github.claimcheck.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line in this JVM: its exit status and what it printed. */
record CliRun(int status, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the command with the arguments, capturing standard output and standard error. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = ClaimcheckCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Returns standard output read as JSON. */
  JsonNode json() throws IOException {
    return JSON.readTree(out);
  }
}

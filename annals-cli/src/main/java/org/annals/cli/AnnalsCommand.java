package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command: one subcommand per job. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = "Turns news reports into a sourced, dated record: who did what to whom, when, where, "
        + "how many, and who said so.",
    subcommands = {ExtractCommand.class, IngestCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class,
        TimelineCommand.class, EntityCommand.class, StoryCommand.class, QuotesCommand.class, SearchCommand.class, EventsCommand.class, ExportCommand.class, BenchStoreCommand.class,
        ServeCommand.class, BenchServeCommand.class})
public final class AnnalsCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    org.annals.annotate.CoreNlpAnnotator.quietLogging();
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; errors inside a command print one line, not a stack trace. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AnnalsCommand());
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      // a user's mistake (a bad option value, a file that is not a store) says only what is wrong
      boolean expected = e instanceof org.annals.store.StoreException || e instanceof IllegalArgumentException;
      commandLine.getErr().println("annals " + commandLine.getCommandName() + ": "
          + (expected && e.getMessage() != null ? e.getMessage() : e.toString()));
      if (System.getenv("ANNALS_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return 1;
    });
    return cl;
  }
}

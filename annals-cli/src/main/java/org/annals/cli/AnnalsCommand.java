package org.annals.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code annals} command: one subcommand per job. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = "Turns news reports into a sourced, dated record: who did what to whom, when, where, "
        + "how many, and who said so.",
    footer = {"", "annals spark: ingest as an Apache Spark job writing the export tables as Parquet (bin/annals "
        + "runs it apart, with Spark on its class path; see 'annals spark --help')."},
    subcommands = {ExtractCommand.class, IngestCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class,
        TimelineCommand.class, EntityCommand.class, StoryCommand.class, QuotesCommand.class, SearchCommand.class, EventsCommand.class, ExportCommand.class, BenchStoreCommand.class,
        ServeCommand.class, BenchServeCommand.class})
public final class AnnalsCommand implements Runnable {

  /** Every command's help ends with what its exit status means. */
  private static void addExitStatusHelp(CommandLine cl) {
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n");
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    for (String line : ExitCode.HELP) {
      codes.put(line.substring(0, 1), line.substring(3));
    }
    cl.getCommandSpec().usageMessage().exitCodeList(codes);
    for (CommandLine sub : cl.getSubcommands().values()) {
      addExitStatusHelp(sub);
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    org.annals.annotate.CoreNlpAnnotator.quietLogging();
    CommandLine cl = commandLine();
    int status;
    try {
      status = cl.execute(args);
    } catch (Throwable e) { // an Error (out of memory) passes picocli by
      PrintWriter err = new PrintWriter(System.err, true);
      status = ExitCode.report(e, args.length > 0 ? args[0] : "", err);
    }
    System.exit(status);
  }

  /** The configured command line; errors inside a command print one line, not a stack trace. */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new AnnalsCommand());
    // every --db is read in one place: a SQLite file or a PostgreSQL URL
    cl.registerConverter(org.annals.store.StoreLocation.class, text -> {
      try {
        return org.annals.store.StoreLocation.parse(text);
      } catch (IllegalArgumentException e) { // the message names the value, without its password
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    });
    // a user's mistake (a bad option value, a file that is not a store) says only what is wrong
    // a wrong option says what is wrong in one line, not the whole help
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine sub = e.getCommandLine();
      String name = sub.getCommandSpec().qualifiedName();
      sub.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
      return ExitCode.USAGE;
    });
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> ExitCode.report(e, commandLine.getCommandName(), commandLine.getErr()));
    addExitStatusHelp(cl);
    return cl;
  }
}

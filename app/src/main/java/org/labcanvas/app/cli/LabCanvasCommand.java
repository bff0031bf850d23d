package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code labcanvas} command and its subcommands. */
@Command(name = "labcanvas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Design, simulate and export DMVPN, ACE fault-tolerant pairs and 6in4 tunnels.",
                "Without a command, opens the designer on the bundled sample."},
        subcommands = {
                OpenCommand.class,
                ValidateCommand.class,
                GenerateCommand.class,
                ImportCommand.class,
                ExportCommand.class,
                SimulateCommand.class,
                ResilienceCommand.class,
                ShowCliCommand.class,
                ExplainCommand.class,
                CheckCommand.class,
                RunbookCommand.class,
                BenchCommand.class,
                CrosscheckCommand.class,
                CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success (validate: no ERROR findings)",
                "1:validate/check found ERRORs; resilience: a failure cuts off another site",
                "2:bad input (file, argument)",
                "3:command not available in this release",
                "4:the designer cannot start (no display)",
                "70:internal error"})
public final class LabCanvasCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // Reached only through an explicit empty invocation inside tests; main() opens the designer instead.
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line; with no arguments, opens the designer. Returns the exit code. */
    public static int run(String... args) {
        if (args.length == 0) {
            return OpenCommand.openDefaultSample();
        }
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(withImplicitOpen(args));
    }

    /**
     * A lone argument naming a {@code .labcanvas} file means {@code open FILE}: that is how a file
     * manager, the desktop entry and {@code labcanvas design.labcanvas} start the designer on a
     * design. No command name ends in {@code .labcanvas}, so nothing else changes meaning.
     */
    static String[] withImplicitOpen(String... args) {
        if (args.length == 1 && !args[0].startsWith("-")
                && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".labcanvas")) {
            return new String[] {"open", args[0]};
        }
        return args;
    }

    /** A configured command line writing to the given streams (tests pass their own). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new LabCanvasCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.registerConverter(Integer.class, LabCanvasCommand::integer);
        cl.registerConverter(Integer.TYPE, LabCanvasCommand::integer);
        cl.registerConverter(Path.class, LabCanvasCommand::path);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            // a bug, not a bad input: no Java names for the user; LABCANVAS_DEBUG=1 shows the details
            line.getErr().println("labcanvas: internal error: something unexpected went wrong; please report it with"
                    + " the command and the files it was given");
            if (System.getenv("LABCANVAS_DEBUG") != null) {
                ex.printStackTrace(line.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return cl;
    }

    /** A whole number option: words for people instead of picocli's "is not an int". */
    static Integer integer(String s) {
        String t = s.strip();
        if (!t.matches("[+-]?\\d+")) {
            throw new CommandLine.TypeConversionException("'" + shown(s) + "' is not a whole number");
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + shown(s) + "' is too large (at most "
                    + Integer.MAX_VALUE + ")");
        }
    }

    /** A file name: one the operating system cannot have (a NUL character) is a bad argument, not a crash. */
    static Path path(String s) {
        if (s.isEmpty()) {
            throw new CommandLine.TypeConversionException("an empty file name");
        }
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + shown(s) + "' is not a usable file name ("
                    + e.getReason().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    /** An argument echoed back: at most 60 characters, control characters visible. */
    private static String shown(String s) {
        String v = org.labcanvas.model.topology.OneLineText.visible(s);
        return v.length() > 60 ? v.substring(0, 57) + "..." : v;
    }
}

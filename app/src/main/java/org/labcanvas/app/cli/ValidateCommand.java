package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.lint.Finding;
import org.labcanvas.model.lint.Lint;
import org.labcanvas.model.lint.Severity;
import org.labcanvas.model.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a design for mistakes without simulating it.",
                "Prints one line per finding (SEVERITY CODE DEVICE[/INTERFACE]: message) and a summary on"
                        + " standard error. Exits 1 if any finding is an ERROR."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @CommandLine.Option(names = "--min-severity", paramLabel = "LEVEL", defaultValue = "INFO",
            description = "print findings of at least this severity: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Severity minSeverity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        List<Finding> findings = Lint.check(project.get().topology());
        for (Finding f : findings) {
            if (f.severity().compareTo(minSeverity) <= 0) {
                out.println(f.line());
            }
        }
        out.flush();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        err.println(file + ": " + project.get().topology().devices().size() + " devices, "
                + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info"));
        return errors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}

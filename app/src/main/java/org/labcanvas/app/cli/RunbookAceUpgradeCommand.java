package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.runbook.AceUpgradeRunbook;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.EventScriptParser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ace-upgrade", mixinStandardHelpOptions = true,
        description = {"The zero-downtime software upgrade of an ACE pair: each step with its commands, the states",
                "expected afterwards and its risk; -o writes the steps as an event script for simulate and show.",
                "The steps are then simulated and every step whose precondition fails is flagged with its impact.",
                "--check E checks an event script of your own (an edited runbook) instead."})
final class RunbookAceUpgradeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .labcanvas project")
    Path file;

    @Option(names = "--pair", paramLabel = "ACTIVE,STANDBY", required = true, split = ",",
            description = "the two modules, the active one first")
    List<String> pair;

    @Option(names = "--image", paramLabel = "NAME", required = true, description = "the image to upgrade to")
    String image;

    @Option(names = {"-o", "--output"}, paramLabel = "E", description = "write the steps as an event script")
    Path output;

    @Option(names = {"-f", "--force"}, description = "replace E if it exists")
    boolean force;

    @Option(names = "--check", paramLabel = "E", description = "check this event script instead of the generated one")
    Path check;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pair.size() != 2) {
            err.println("labcanvas: error: --pair names two modules, the active one first: --pair ACE_1,ACE_2");
            return ExitCodes.BAD_INPUT;
        }
        Optional<Project> project = ProjectArgument.load(file, err);
        if (project.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        var topology = project.get().topology();
        AceUpgradeRunbook.Runbook runbook;
        try {
            runbook = AceUpgradeRunbook.build(topology, pair.get(0), pair.get(1), image);
        } catch (IllegalArgumentException e) {
            err.println("labcanvas: error: " + file + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        EventScript script;
        if (check != null) {
            Optional<EventScript> s = EventsArgument.load(check, topology, err);
            if (s.isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            script = s.get();
        } else {
            out.print(runbook.text());
            try {
                script = EventScriptParser.forTopology(topology).parse(runbook.yaml());
            } catch (EventScriptException e) {
                err.println("labcanvas: error: the runbook's own script does not parse: " + e.getMessage());
                return ExitCodes.INTERNAL;
            }
            if (output != null) {
                if (Files.exists(output) && !force) {
                    err.println("labcanvas: error: " + output + " exists; use --force to replace it");
                    return ExitCodes.BAD_INPUT;
                }
                try {
                    Files.writeString(output, runbook.yaml(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("labcanvas: error: cannot write " + output + ": " + org.labcanvas.model.project.IoProblem.describe(e));
                    return ExitCodes.BAD_INPUT;
                }
                err.println("wrote " + output);
            }
        }
        List<AceUpgradeRunbook.Flag> flags = AceUpgradeRunbook.check(topology, script);
        String where = check != null ? check.toString() : "the runbook";
        for (String p : runbook.problems()) {
            out.println("problem: " + p);
        }
        for (AceUpgradeRunbook.Flag f : flags) {
            out.println("flagged: " + (check != null ? check.toString() : "runbook") + ":" + f.line() + ": " + f.text());
        }
        if (flags.isEmpty() && runbook.problems().isEmpty()) {
            out.println("check: every step's precondition holds in the simulation of " + where);
            out.flush();
            return ExitCodes.OK;
        }
        out.flush();
        return ExitCodes.FINDINGS;
    }
}

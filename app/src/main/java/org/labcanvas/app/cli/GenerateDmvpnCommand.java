package org.labcanvas.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.labcanvas.model.generate.DmvpnGenerator;
import org.labcanvas.model.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dmvpn", mixinStandardHelpOptions = true,
        description = {"Generate a DMVPN design in the dual-hub style.",
                "Hubs HUB1..HUBH sit on their own mGRE subnets and a shared LAN; spokes SPOKE1..SPOKEN have one"
                        + " tunnel per hub, OSPF and IPsec."})
final class GenerateDmvpnCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--hubs", paramLabel = "H", defaultValue = "2", description = "number of hubs (default: ${DEFAULT-VALUE})")
    int hubs;

    @Option(names = "--spokes", paramLabel = "N", required = true, description = "number of spokes")
    int spokes;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the .labcanvas file to write")
    Path output;

    @Option(names = {"-f", "--force"}, description = "replace FILE if it exists (the old one is kept as FILE.bak)")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!OutputFile.mayWrite(output, force, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Project project;
        try {
            project = DmvpnGenerator.generate(hubs, spokes);
        } catch (IllegalArgumentException e) {
            err.println("labcanvas: error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (!OutputFile.save(project, output, err)) {
            return ExitCodes.BAD_INPUT;
        }
        err.println("wrote " + output + ": " + hubs + (hubs == 1 ? " hub, " : " hubs, ") + spokes + (spokes == 1 ? " spoke, " : " spokes, ")
                + project.topology().devices().size() + " devices, " + project.topology().links().size() + " links");
        return ExitCodes.OK;
    }
}

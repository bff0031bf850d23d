package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.labcanvas.model.ios.ImportNote;
import org.labcanvas.model.ios.ImportResult;
import org.labcanvas.model.ios.IosImport;
import org.labcanvas.model.ios.IosImportException;
import org.labcanvas.model.topology.Platform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Turn IOS running-configs (as saved from 'show running-config') into a design.",
                "Routers that share a subnet are linked; addresses no imported router owns are reached through"
                        + " an Internet node. Lines the model does not cover are kept and reported as INFO with"
                        + " file:line (secrets in them shown as *****).",
                "A malformed line, a file that is not UTF-8 text or an ACE configuration is an error with"
                        + " file:line, and then nothing is written."})
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILES", description = "running-config files, one per router")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the .labcanvas file to write")
    Path output;

    @Option(names = "--platform", paramLabel = "P", defaultValue = "ios15",
            description = "what the routers run: ios12.4, ios15 or iosxe (default: ${DEFAULT-VALUE})")
    String platform;

    @Option(names = {"-f", "--force"}, description = "replace FILE if it exists (the old one is kept as FILE.bak)")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Platform p = Platform.byId(platform).filter(Platform::isIos).orElse(null);
        if (p == null) {
            err.println("labcanvas: error: --platform " + platform + " is not one of ios12.4, ios15, iosxe");
            return ExitCodes.BAD_INPUT;
        }
        if (!OutputFile.mayWrite(output, force, err)) {
            return ExitCodes.BAD_INPUT;
        }
        ImportResult result;
        try {
            result = IosImport.importConfigs(files, p);
        } catch (IosImportException e) {
            err.println("labcanvas: error: " + e.getMessage() + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("labcanvas: error: " + e.getFile() + ": no such file (nothing was written)");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("labcanvas: error: cannot read: " + org.labcanvas.model.project.IoProblem.describe(e)
                    + " (nothing was written)");
            return ExitCodes.BAD_INPUT;
        }
        for (ImportNote n : result.notes()) {
            out.println(n.text());
        }
        out.flush();
        if (!OutputFile.save(result.project(), output, err)) {
            return ExitCodes.BAD_INPUT;
        }
        err.println("wrote " + output + ": " + result.project().topology().devices().size() + " devices, "
                + result.project().topology().links().size() + " links");
        return ExitCodes.OK;
    }
}

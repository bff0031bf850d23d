package org.labcanvas.model.show.host;

import java.util.Arrays;
import java.util.List;
import org.labcanvas.model.show.ShowCommand.Answer;
import org.labcanvas.model.show.ShowCommand.Outcome;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.Platform;

/**
 * The shell of a host (macOS, FreeBSD, Linux) in a simulated network state: what it prints for a
 * command line. Words are split on blanks (no quoting, pipes or variables).
 */
public final class HostConsole {
    private HostConsole() {}

    /** Whether {@code d} has a console this class answers for. */
    public static boolean answers(Device d) {
        return d.platform() == Platform.MACOS || d.platform() == Platform.FREEBSD || d.platform() == Platform.LINUX;
    }

    /** What {@code device} prints for {@code line}; the device must be a host that is on. */
    public static Answer answer(NetworkState s, String device, String line) {
        List<String> words = Arrays.stream(line.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return new Answer("", Outcome.OUTPUT);
        }
        Platform p = s.network().device(device).platform();
        if (p == Platform.LINUX) {
            return new LinuxConsole(s, device).run(words);
        }
        return new BsdConsole(s, device).run(words);
    }

    /** {@code -c3} as {@code -c 3}: getopt takes an option's value joined to it or as the next word. */
    static List<String> splitJoinedValues(List<String> args, String... options) {
        List<String> out = new java.util.ArrayList<>();
        for (String a : args) {
            String option = null;
            for (String o : options) {
                if (a.startsWith(o) && a.length() > o.length() && Character.isDigit(a.charAt(o.length()))) {
                    option = o;
                }
            }
            if (option != null) {
                out.add(option);
                out.add(a.substring(option.length()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** A form of a command the simulation does not answer, and the forms it does. */
    static Answer notSimulated(String forms) {
        return new Answer("% LabCanvas simulates this command as: " + forms + "\n", Outcome.NOT_SIMULATED);
    }
}

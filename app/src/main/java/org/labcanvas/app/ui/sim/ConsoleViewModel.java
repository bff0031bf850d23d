package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.labcanvas.model.show.CommandHelp;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.events.ConfigLines;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;

/**
 * The console of one IOS router at the simulation's current time, without a screen: the prompt
 * ({@code R2#}, {@code R2(config)#}, {@code R2(config-if)#}), the transcript, command history, Tab
 * completion and {@code ?} help. Exec commands are what {@link ShowCommand} runs on the snapshot;
 * configuration typed between {@code configure terminal} and {@code end} becomes one {@code cli}
 * event at the current time when the user leaves configuration mode, as IOS logs
 * {@code %SYS-5-CONFIG_I} then.
 */
public final class ConsoleViewModel {
    private enum Mode { EXEC, CONFIG, CONFIG_IF }

    private final Device device;
    private final Supplier<NetworkState> state;
    private final Consumer<ScriptEvent> inject;
    private final StringProperty transcript = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty();
    private final List<String> history = new ArrayList<>();
    private final List<String> block = new ArrayList<>();
    private int historyAt;
    private Mode mode = Mode.EXEC;

    /**
     * @param state  the snapshot at the current time (read when a command runs)
     * @param inject what receives the configuration typed, as an event at the current time
     */
    public ConsoleViewModel(Device device, Supplier<NetworkState> state, Consumer<ScriptEvent> inject) {
        if (!opens(device)) {
            throw new IllegalArgumentException(device.name() + " has no simulated console yet");
        }
        this.device = device;
        this.state = state;
        this.inject = inject;
        prompt.set(promptText());
    }

    /** Whether the simulation has a console for this kind of device (IOS routers; ACE and hosts come later). */
    public static boolean opens(Device d) {
        return d.kind() == DeviceKind.ROUTER && d.platform() != null;
    }

    public String device() {
        return device.name();
    }

    public ReadOnlyStringProperty promptProperty() {
        return prompt;
    }

    public String prompt() {
        return prompt.get();
    }

    /** Everything shown so far: each command after its prompt, then what the device answered. */
    public ReadOnlyStringProperty transcriptProperty() {
        return transcript;
    }

    public String transcript() {
        return transcript.get();
    }

    /** Runs a typed line (Enter). */
    public void enter(String typed) {
        String line = typed.strip();
        StringBuilder out = new StringBuilder(prompt()).append(typed).append('\n');
        if (!line.isEmpty() && !line.endsWith("?")) {
            history.add(typed);
        }
        historyAt = history.size();
        if (line.endsWith("?")) {
            out.append(help(typed.substring(0, typed.lastIndexOf('?'))));
        } else if (!line.isEmpty()) {
            out.append(mode == Mode.EXEC ? exec(line) : configure(line));
        }
        append(out.toString());
        prompt.set(promptText());
    }

    /** Tab: the line with its last word completed when only one command word fits. */
    public String complete(String typed) {
        NetworkState s = state.get();
        if (mode != Mode.EXEC || s == null) {
            return typed;
        }
        return CommandHelp.complete(s, device.name(), typed);
    }

    /** Arrow up: the previous command of the history (or {@code typed} when there is none). */
    public String previous(String typed) {
        if (historyAt == 0) {
            return history.isEmpty() ? typed : history.get(0);
        }
        return history.get(--historyAt);
    }

    /** Arrow down: the next command of the history, or an empty line after the last. */
    public String next() {
        if (historyAt >= history.size() - 1) {
            historyAt = history.size();
            return "";
        }
        return history.get(++historyAt);
    }

    public List<String> history() {
        return List.copyOf(history);
    }

    // ------------------------------------------------------------------ internals

    private String help(String before) {
        NetworkState s = state.get();
        if (mode != Mode.EXEC) {
            return "  The simulation applies: " + ConfigLines.SUPPORTED + "\n";
        }
        if (s == null) {
            return "";
        }
        List<String> choices = CommandHelp.choices(s, device.name(), before);
        if (choices.isEmpty()) {
            return "% Unrecognized command\n";
        }
        StringBuilder b = new StringBuilder();
        if (!before.isEmpty() && !before.endsWith(" ")) {
            b.append(String.join("  ", choices)).append("\n\n");
        } else {
            for (String c : choices) {
                b.append("  ").append(c).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    private String exec(String line) {
        String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (abbreviates(w[0], "configure", 4) && (w.length == 1 || w.length == 2 && abbreviates(w[1], "terminal", 1))) {
            mode = Mode.CONFIG;
            block.clear();
            return "Enter configuration commands, one per line.  End with CNTL/Z.\n";
        }
        NetworkState s = state.get();
        if (s == null) {
            return "% The simulation is not running\n";
        }
        if (!s.deviceUp(device.name())) {
            return "% " + device.name() + " is powered off\n";
        }
        String answer = ShowCommand.execute(s, device.name(), line);
        return answer.endsWith("\n") || answer.isEmpty() ? answer : answer + "\n";
    }

    private String configure(String line) {
        String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
        boolean end = w.length == 1 && abbreviates(w[0], "end", 2);
        boolean exit = w.length == 1 && abbreviates(w[0], "exit", 2);
        if (end || exit && mode == Mode.CONFIG) {
            mode = Mode.EXEC;
            return leaveConfiguration();
        }
        if (exit) {
            mode = Mode.CONFIG;
            block.add(line);
            return "";
        }
        List<String> candidate = new ArrayList<>(block);
        candidate.add(line);
        try {
            ConfigLines.parse(device, String.join("\n", candidate), 1);
        } catch (EventScriptException e) {
            if (e.line() != 1 || !e.getMessage().contains("changes nothing")) {
                return "% " + e.getMessage().replaceFirst("^.*?line \\d+: ", "") + "\n";
            }
        }
        block.add(line);
        if (abbreviates(w[0], "interface", 3)) {
            mode = Mode.CONFIG_IF;
        }
        return "";
    }

    private String leaveConfiguration() {
        List<ConfigCommand> commands;
        try {
            commands = ConfigLines.parse(device, String.join("\n", block), 1);
        } catch (EventScriptException e) {
            block.clear();
            return "";
        }
        block.clear();
        inject.accept(new ScriptEvent.Cli(0, Duration.ZERO, device.name(), commands));
        return "";
    }

    private String promptText() {
        return device.name() + switch (mode) {
            case EXEC -> "#";
            case CONFIG -> "(config)#";
            case CONFIG_IF -> "(config-if)#";
        };
    }

    private void append(String text) {
        transcript.set(transcript.get() + text);
    }

    private static boolean abbreviates(String typed, String word, int min) {
        return typed.length() >= Math.min(min, word.length()) && word.startsWith(typed);
    }
}

package org.labcanvas.app.ui.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.labcanvas.model.explain.ExplainTarget;
import org.labcanvas.model.explain.ExplanationText;
import org.labcanvas.model.explain.RouteExplainer;
import org.labcanvas.model.show.CommandHelp;
import org.labcanvas.model.show.ShowCommand;
import org.labcanvas.model.show.host.HostConsole;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.ConfigCommand;
import org.labcanvas.model.sim.events.AceCliLines;
import org.labcanvas.model.sim.events.AceSyntax;
import org.labcanvas.model.sim.events.ConfigLines;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.ScriptEvent;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.DeviceKind;

/**
 * The console of one IOS router, ACE module or host at the simulation's current time, without a
 * screen: the prompt ({@code R2#}, {@code R2(config)#}, {@code R2(config-if)#};
 * {@code ACE_1/Admin#}, {@code ACE_1/Admin(config-ft-group)#}; {@code mac$}), the transcript, command history, Tab
 * completion and {@code ?} help. Exec commands are what {@link ShowCommand} runs on the snapshot;
 * configuration typed between {@code configure terminal} and {@code end} becomes one {@code cli}
 * event at the current time when the user leaves configuration mode, as IOS logs
 * {@code %SYS-5-CONFIG_I} then.
 */
public final class ConsoleViewModel {
    private enum Mode { EXEC, CONFIG, CONFIG_IF, CONFIG_FT_GROUP }

    /** The command line the device has. */
    private enum Family { IOS, ACE, HOST }

    private final Device device;
    private final Family family;
    private final Supplier<NetworkState> state;
    private final Consumer<ScriptEvent> inject;
    private final StringProperty transcript = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty();
    private final List<String> history = new ArrayList<>();
    private final List<String> block = new ArrayList<>();
    private int historyAt;
    private Mode mode = Mode.EXEC;
    private String explainedKey;
    private String explained;

    /**
     * @param state  the snapshot at the current time (read when a command runs)
     * @param inject what receives the configuration typed, as an event at the current time
     */
    public ConsoleViewModel(Device device, Supplier<NetworkState> state, Consumer<ScriptEvent> inject) {
        if (!opens(device)) {
            throw new IllegalArgumentException(device.name() + " has no simulated console yet");
        }
        this.device = device;
        this.family = device.kind() == DeviceKind.ACE ? Family.ACE : device.kind() == DeviceKind.HOST ? Family.HOST
                : Family.IOS;
        this.state = state;
        this.inject = inject;
        prompt.set(promptText());
    }

    /**
     * Whether the simulation has a console for this kind of device: IOS routers, ACE modules (at
     * {@code ACE_1/Admin#}) and macOS, FreeBSD and Linux hosts (at {@code mac$}).
     */
    public static boolean opens(Device d) {
        return d.kind() == DeviceKind.ROUTER && d.platform() != null
                || d.kind() == DeviceKind.ACE && d.ace() != null
                || d.kind() == DeviceKind.HOST && HostConsole.answers(d);
    }

    /** Whether route lines of this console can be explained (an IOS router's). */
    public boolean explainsRoutes() {
        return family == Family.IOS;
    }

    /**
     * The prefix line {@code line} (0-based) of the transcript is about, when it is a route of
     * {@code show ip route} output; empty otherwise.
     */
    public Optional<String> routePrefixAt(int line) {
        return RouteLines.prefixAt(transcript.get().lines().toList(), line).map(Object::toString);
    }

    /**
     * Why the device routes the prefix of transcript line {@code line} as it does, at the current
     * time (what {@code labcanvas explain} prints); empty when the line is no route.
     */
    public Optional<String> explanationAt(int line) {
        Optional<String> prefix = routePrefixAt(line);
        NetworkState s = prefix.isEmpty() || family != Family.IOS ? null : state.get();
        if (s == null) {
            return Optional.empty();
        }
        String key = prefix.get() + "@" + s.now() + "#" + System.identityHashCode(s);
        if (!key.equals(explainedKey)) {
            explainedKey = key;
            explained = ExplanationText.render(RouteExplainer.explain(s, device.name(), ExplainTarget.parse(prefix.get())));
        }
        return Optional.of(explained);
    }

    /** Whether {@code ?} asks for help as soon as it is typed (IOS and ACE); on a host shell it is just a character. */
    public boolean helpOnQuestionMark() {
        return family != Family.HOST;
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
        if (mode != Mode.EXEC || s == null || family != Family.IOS) {
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
        if (family == Family.ACE) {
            return "  The simulation applies: " + AceCliLines.SUPPORTED + "; and show, dir\n";
        }
        if (family == Family.HOST) {
            return "";
        }
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
        if (family == Family.ACE) {
            return aceExec(line);
        }
        if (family == Family.HOST) {
            return answer(line);
        }
        String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (abbreviates(w[0], "configure", 4) && (w.length == 1 || w.length == 2 && abbreviates(w[1], "terminal", 1))) {
            mode = Mode.CONFIG;
            block.clear();
            return "Enter configuration commands, one per line.  End with CNTL/Z.\n";
        }
        return answer(line);
    }

    /** What the device prints for an exec line at the current time. */
    private String answer(String line) {
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

    /**
     * An ACE exec line: {@code show} and {@code dir} answer from the snapshot; {@code configure
     * terminal} opens a block that becomes one event at {@code end}; any other command the simulation
     * applies ({@code ft switchover}, {@code reload}, {@code copy}, {@code write memory},
     * {@code checkpoint create}) is an event now.
     */
    private String aceExec(String line) {
        String command = line.contains("|") ? line.substring(0, line.indexOf('|')) : line;
        AceSyntax.Match m = AceSyntax.match(AceSyntax.Mode.EXEC, command);
        if (!(m instanceof AceSyntax.Command c) || c.words().get(0).equals("show") || c.words().get(0).equals("dir")) {
            return answer(line);
        }
        NetworkState s = state.get();
        if (s != null && !s.deviceUp(device.name())) {
            return "% " + device.name() + " is powered off\n";
        }
        if (c.words().get(0).equals("configure")) {
            mode = Mode.CONFIG;
            block.clear();
            block.add(line);
            return "Enter configuration commands, one per line.  End with CNTL/Z.\n";
        }
        if (c.words().get(0).equals("changeto")) {
            return "% This console stays in the Admin context; a changeto block runs from an event script (cli:)\n";
        }
        try {
            List<ConfigCommand> commands = AceCliLines.parse(device, line, 1);
            if (!commands.isEmpty()) {
                inject.accept(new ScriptEvent.Cli(0, Duration.ZERO, device.name(), commands));
            }
            return "";
        } catch (EventScriptException e) {
            return "% " + e.getMessage().replaceFirst("^.*?line \\d+: ", "") + "\n";
        }
    }

    /** A line typed in an ACE's configuration modes: checked with the block so far; {@code end} injects the block. */
    private String aceConfigure(String line) {
        AceSyntax.Mode where = mode == Mode.CONFIG_FT_GROUP ? AceSyntax.Mode.FT_GROUP : AceSyntax.Mode.CONFIG;
        AceSyntax.Match m = AceSyntax.match(where, line);
        List<String> w = m instanceof AceSyntax.Command c ? c.words() : List.of();
        boolean end = w.size() == 1 && w.get(0).equals("end");
        boolean exit = w.size() == 1 && w.get(0).equals("exit");
        List<String> candidate = new ArrayList<>(block);
        candidate.add(line);
        try {
            AceCliLines.parse(device, String.join("\n", candidate), 1);
        } catch (EventScriptException e) {
            // A block that changes nothing yet (configure terminal, ft group N) is fine so far.
            if (!e.getMessage().contains("changes nothing")) {
                return "% " + e.getMessage().replaceFirst("^.*?line \\d+: ", "") + "\n";
            }
        }
        block.add(line);
        if (end || exit && mode == Mode.CONFIG) {
            mode = Mode.EXEC;
            try {
                List<ConfigCommand> commands = AceCliLines.parse(device, String.join("\n", block), 1);
                if (!commands.isEmpty()) {
                    inject.accept(new ScriptEvent.Cli(0, Duration.ZERO, device.name(), commands));
                }
            } catch (EventScriptException e) {
                // Every line was checked as it was typed.
            }
            block.clear();
        } else if (exit) {
            mode = Mode.CONFIG;
        } else if (!w.isEmpty() && w.get(0).equals("ft") && w.size() > 1 && w.get(1).equals("group")) {
            mode = Mode.CONFIG_FT_GROUP;
        }
        return "";
    }

    private String configure(String line) {
        if (family == Family.ACE) {
            return aceConfigure(line);
        }
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
        if (family == Family.HOST) {
            return device.name().toLowerCase(Locale.ROOT) + "$ ";
        }
        String name = family == Family.ACE ? device.name() + "/Admin" : device.name();
        return name + switch (mode) {
            case EXEC -> "#";
            case CONFIG -> "(config)#";
            case CONFIG_IF -> "(config-if)#";
            case CONFIG_FT_GROUP -> "(config-ft-group)#";
        };
    }

    private void append(String text) {
        transcript.set(transcript.get() + text);
    }

    private static boolean abbreviates(String typed, String word, int min) {
        return typed.length() >= Math.min(min, word.length()) && word.startsWith(typed);
    }
}

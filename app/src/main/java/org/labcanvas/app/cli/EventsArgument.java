package org.labcanvas.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.labcanvas.model.sim.Simulation;
import org.labcanvas.model.sim.core.SimTime;
import org.labcanvas.model.sim.events.EventScript;
import org.labcanvas.model.sim.events.EventScriptException;
import org.labcanvas.model.sim.events.EventScriptParser;
import org.labcanvas.model.topology.Topology;

/** Reads the {@code --events} script and the time options of simulate and show. */
final class EventsArgument {
    private EventsArgument() {}

    /** The script, or empty after printing a located error. No file means no events. */
    static Optional<EventScript> load(Path file, Topology topology, PrintWriter err) {
        if (file == null) {
            return Optional.of(EventScript.EMPTY);
        }
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("labcanvas: error: " + file + ": no such file");
            return Optional.empty();
        } catch (java.nio.charset.CharacterCodingException e) {
            err.println("labcanvas: error: " + file + ": not UTF-8 text; save the event script as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            err.println("labcanvas: error: cannot read " + file + ": " + e.getMessage());
            return Optional.empty();
        }
        try {
            return Optional.of(EventScriptParser.forTopology(topology).parse(yaml));
        } catch (EventScriptException e) {
            String where = e.line() > 0 ? file + ":" + e.line() : file.toString();
            String msg = e.getMessage().replaceFirst("^line \\d+: ", "");
            err.println("labcanvas: error: " + where + ": " + msg + " (nothing was simulated)");
            return Optional.empty();
        }
    }

    /** Parses 45s, 10m, 1h30m, 11m31s or hh:mm:ss; prints an error naming the option otherwise. */
    static Optional<Duration> time(String option, String text, PrintWriter err) {
        Optional<Duration> d = SimTime.parse(text);
        if (d.isEmpty()) {
            err.println("labcanvas: error: " + option + " " + text + " is not a time (use 45s, 10m, 1h30m, 11m31s or hh:mm:ss; at most "
                    + SimTime.MAX_TEXT + ")");
        }
        return d;
    }

    /** The {@code --at} time: converged (5 minutes) when not given, else {@link #time}. */
    static Optional<Duration> at(String text, PrintWriter err) {
        return text == null ? Optional.of(Simulation.CONVERGED) : time("--at", text, err);
    }
}

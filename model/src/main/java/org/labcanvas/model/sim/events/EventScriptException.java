package org.labcanvas.model.sim.events;

/** An event script that cannot run; the message names the line and what to change. */
public final class EventScriptException extends Exception {
    private final int line;

    public EventScriptException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** 1-based line in the script, 0 when unknown. */
    public int line() {
        return line;
    }
}

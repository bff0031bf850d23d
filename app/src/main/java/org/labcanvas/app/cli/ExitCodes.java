package org.labcanvas.app.cli;

/** Exit codes of the command line. */
public final class ExitCodes {
    /** Success; for {@code validate}, no ERROR finding. */
    public static final int OK = 0;
    /** {@code validate}/{@code check}: the design has at least one ERROR. */
    public static final int FINDINGS = 1;
    /** {@code show}: the device refused the command as IOS would ({@code % Invalid input}, ambiguous, incomplete). */
    public static final int DEVICE_REFUSED = 1;
    /** Bad input: unreadable or malformed file, bad argument (also picocli's usage errors). */
    public static final int BAD_INPUT = 2;
    /** The subcommand exists but is not implemented in this release. */
    public static final int NOT_AVAILABLE = 3;
    /** The designer cannot start: no graphical display. */
    public static final int NO_DISPLAY = 4;
    /** {@code crosscheck}: the simulation and FRR differ (the same value as {@link #FINDINGS}). */
    public static final int DIFFERS = 1;
    /** resilience: a single failure cuts off another site, or an outage is longer than --max-outage. */
    public static final int NOT_RESILIENT = 1;
    /** {@code crosscheck} cannot run on this machine: not Linux, not root, or FRRouting missing. Never a pass. */
    public static final int CANNOT_RUN = 5;
    /** {@code crosscheck}: the lab could not be built, a daemon did not start, or OSPF did not converge. */
    public static final int LAB_FAILED = 6;
    /** An unexpected internal error. */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}

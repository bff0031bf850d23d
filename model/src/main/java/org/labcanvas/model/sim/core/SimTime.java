package org.labcanvas.model.sim.core;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times on the virtual clock: parsing ({@code 45s}, {@code 10m}, {@code 1h30m}, {@code 00:11:31}) and printing. */
public final class SimTime {
    private static final Pattern UNITS = Pattern.compile("(?:(\\d{1,9})h)?(?:(\\d{1,9})m)?(?:(\\d{1,9})s)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2}):(\\d{2})");

    /** The longest virtual time a run, an event or a jump may name: 30 days. */
    public static final Duration MAX = Duration.ofDays(30);
    /** {@link #MAX} as a user writes it. */
    public static final String MAX_TEXT = "30 days (720h)";

    private SimTime() {}

    /**
     * Parses {@code 45s}, {@code 10m}, {@code 1h30m}, {@code 11m31s}, {@code 90} (seconds) or
     * {@code hh:mm:ss}; empty when it is none of these or longer than {@link #MAX}.
     */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.length() > 24) {
            return Optional.empty();
        }
        return parseUnbounded(text).filter(d -> d.compareTo(MAX) <= 0);
    }

    private static Optional<Duration> parseUnbounded(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        if (t.matches("\\d{1,12}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(t)));
        }
        Matcher c = CLOCK.matcher(t);
        if (c.matches()) {
            int m = Integer.parseInt(c.group(2));
            int s = Integer.parseInt(c.group(3));
            if (m > 59 || s > 59) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofSeconds(Long.parseLong(c.group(1)) * 3600 + m * 60L + s));
        }
        Matcher u = UNITS.matcher(t);
        if (!t.isEmpty() && u.matches()) {
            long secs = 0;
            if (u.group(1) != null) secs += Long.parseLong(u.group(1)) * 3600;
            if (u.group(2) != null) secs += Long.parseLong(u.group(2)) * 60;
            if (u.group(3) != null) secs += Long.parseLong(u.group(3));
            return Optional.of(Duration.ofSeconds(secs));
        }
        return Optional.empty();
    }

    /** {@code hh:mm:ss}, hours not limited to 24 (the timeline's time column). */
    public static String clock(Duration d) {
        long s = d.getSeconds();
        StringBuilder b = new StringBuilder(8);
        two(b, s / 3600).append(':');
        two(b, (s / 60) % 60).append(':');
        return two(b, s % 60).toString();
    }

    private static StringBuilder two(StringBuilder b, long v) {
        if (v < 10) {
            b.append('0');
        }
        return b.append(v);
    }

    /** IOS uptime style used in {@code show ip route} and neighbor tables: {@code 00:01:23}, {@code 1d02h}, {@code 2w3d}. */
    public static String iosAge(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 86400) {
            return clock(d);
        }
        long days = s / 86400;
        if (days < 7) {
            return String.format("%dd%02dh", days, (s % 86400) / 3600);
        }
        return String.format("%dw%dd", days / 7, days % 7);
    }
}

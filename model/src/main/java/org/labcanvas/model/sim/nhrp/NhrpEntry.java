package org.labcanvas.model.sim.nhrp;

import java.util.Set;
import java.util.TreeSet;

/**
 * One NHRP cache entry (protocol address to NBMA address).
 *
 * <p>Flags use IOS's words: {@code authoritative}, {@code unique}, {@code registered}, {@code used},
 * {@code implicit}, {@code negative}, {@code nhop}.
 */
public final class NhrpEntry {
    /** IOS's entry types as {@code show ip nhrp} prints them. */
    public enum Type { STATIC, DYNAMIC, INCOMPLETE }

    private final int protocol;
    private int nbma;
    private final Type type;
    private long created;
    private long expires;
    private final Set<String> flags = new TreeSet<>();
    private long lastUsed = -1;

    public NhrpEntry(int protocol, int nbma, Type type, long created, long expires) {
        this.protocol = protocol;
        this.nbma = nbma;
        this.type = type;
        this.created = created;
        this.expires = expires;
    }

    public int protocol() { return protocol; }
    public int nbma() { return nbma; }
    public Type type() { return type; }
    public long created() { return created; }
    /** Expiry time in ms; {@link Long#MAX_VALUE} for static entries. */
    public long expires() { return expires; }
    /** IOS's flag words, sorted. */
    public Set<String> flags() { return java.util.Collections.unmodifiableSet(flags); }

    /**
     * When data last went out through this entry (ms), -1 if never. IOS shows {@code used} while
     * the entry forwarded data within the last {@link #USED_MS} and clears it after.
     */
    public long lastUsed() { return lastUsed; }

    /** How long {@code used} stays set after the last packet: 60 s (IOS command reference, "used"). */
    public static final long USED_MS = 60_000;

    /** Whether data went out through this entry within the last minute at {@code now}. */
    public boolean usedAt(long now) {
        return lastUsed >= 0 && now - lastUsed < USED_MS;
    }

    void used(long now) {
        lastUsed = now;
    }

    void flag(String f) {
        flags.add(f);
    }

    NhrpEntry copy() {
        NhrpEntry c = new NhrpEntry(protocol, nbma, type, created, expires);
        c.flags.addAll(flags);
        c.lastUsed = lastUsed;
        return c;
    }

    void refresh(int nbma, long expires) {
        this.nbma = nbma;
        this.expires = expires;
    }

    public boolean validAt(long now) {
        return expires > now;
    }
}

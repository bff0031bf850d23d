package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/**
 * The software a device runs. Defaults (tunnel bandwidth, OSPF timers) and the format of
 * {@code show} output depend on it.
 */
public enum Platform {
    @JsonProperty("ios12.4") IOS_12_4("ios12.4", "Cisco IOS 12.4", "12.4(24)T8"),
    @JsonProperty("ios15") IOS_15("ios15", "Cisco IOS 15.x", "15.4(3)M"),
    @JsonProperty("iosxe") IOS_XE("iosxe", "Cisco IOS-XE", "16.9.5"),
    @JsonProperty("ace-a2") ACE_A2("ace-a2", "Cisco ACE A2(x)", "A2(1.4a)"),
    @JsonProperty("macos") MACOS("macos", "macOS", "14"),
    @JsonProperty("freebsd") FREEBSD("freebsd", "FreeBSD", "14.1"),
    @JsonProperty("linux") LINUX("linux", "Linux", "6.1"),
    @JsonProperty("generic") GENERIC("generic", "Generic", "");

    private final String id;
    private final String displayName;
    private final String defaultVersion;

    Platform(String id, String displayName, String defaultVersion) {
        this.id = id;
        this.displayName = displayName;
        this.defaultVersion = defaultVersion;
    }

    /** The identifier used in project files and on the command line ({@code ios15}). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String defaultVersion() {
        return defaultVersion;
    }

    public boolean isIos() {
        return this == IOS_12_4 || this == IOS_15 || this == IOS_XE;
    }

    public static Optional<Platform> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equalsIgnoreCase(id)).findFirst();
    }
}

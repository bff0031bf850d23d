package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A secret value (pre-shared key, NHRP authentication string, broker update key).
 *
 * <p>It is stored in the project file as a plain string, because the exported configs need it,
 * but {@link #toString()} never reveals it, so a secret that reaches a log line, a record's
 * {@code toString} or an exception message prints as {@code ******}. Code that really needs the
 * value (config generators, the PSK comparison in lint) calls {@link #reveal()}.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "secret value");
    }

    @JsonCreator
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The clear text. Never log it. */
    @JsonValue
    public String reveal() {
        return value;
    }

    public int length() {
        return value.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}

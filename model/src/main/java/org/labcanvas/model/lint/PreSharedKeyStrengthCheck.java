package org.labcanvas.model.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.PreSharedKey;

/**
 * <ul>
 *   <li>{@code PSK_WEAK} (WARNING): a pre-shared key shorter than {@value #MIN_LENGTH} characters,
 *       made of one repeated character, a run of consecutive digits or letters, or a commonly
 *       guessed word; IKE main mode with a PSK is open to offline guessing.</li>
 *   <li>{@code PSK_WILDCARD} (WARNING): {@code address 0.0.0.0 0.0.0.0} matches every peer,
 *       so anyone who learns the key can authenticate. Common in DMVPN labs (spokes get dynamic
 *       addresses), hence a warning.</li>
 * </ul>
 * The key itself never appears in a message.
 */
final class PreSharedKeyStrengthCheck implements LintCheck {
    static final String WEAK = "PSK_WEAK";
    static final String WILDCARD = "PSK_WILDCARD";
    static final int MIN_LENGTH = 8;

    private static final Set<String> GUESSABLE = Set.of("cisco", "cisco123", "cisco1234", "password", "password1",
            "secret", "secret123", "admin", "admin123", "changeme", "letmein", "qwerty", "qwertyuiop", "test",
            "test1234", "dmvpn", "ipsec", "vpn", "key", "presharedkey", "sharedsecret", "welcome", "default");

    @Override
    public void run(LintContext ctx, List<Finding> out) {
        for (Device d : ctx.topology().devices()) {
            if (d.crypto() == null) {
                continue;
            }
            for (PreSharedKey k : d.crypto().preSharedKeys()) {
                if (k.key() == null) {
                    continue;
                }
                String weakness = weakness(k.key().reveal());
                if (weakness != null) {
                    out.add(new Finding(Severity.WARNING, WEAK, d.name(), null, "crypto.preSharedKeys",
                            "the pre-shared key of " + PreSharedKeyCheck.entry(k) + " " + weakness
                                    + ": use a long random key"));
                }
                if (k.isWildcard()) {
                    out.add(new Finding(Severity.WARNING, WILDCARD, d.name(), null, "crypto.preSharedKeys",
                            PreSharedKeyCheck.entry(k) + " is a wildcard key that matches every peer: anyone who"
                                    + " learns it can authenticate; prefer per-peer keys or certificates"));
                }
            }
        }
    }

    /** Why the key is weak, without quoting it; null when it is not. */
    static String weakness(String key) {
        if (key.length() < MIN_LENGTH) {
            return "has only " + key.length() + " characters";
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (GUESSABLE.contains(lower)) {
            return "is a commonly guessed word";
        }
        if (lower.chars().distinct().count() == 1) {
            return "repeats one character";
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < lower.length(); i++) {
            ascending &= lower.charAt(i) == lower.charAt(i - 1) + 1;
            descending &= lower.charAt(i) == lower.charAt(i - 1) - 1;
        }
        if (ascending || descending) {
            return "is a run of consecutive characters";
        }
        return null;
    }
}

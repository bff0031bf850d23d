package org.labcanvas.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reference designs bundled in this jar as {@code org/labcanvas/samples/NAME}, one per scenario
 * of SCENARIOS.md.
 */
public final class Samples {
    public static final String DMVPN_SINGLE_HUB = "dmvpn-single-hub.labcanvas";
    public static final String DMVPN_DUAL_HUB = "dmvpn-dual-hub.labcanvas";
    public static final String ACE_FT_UPGRADE = "ace-ft-upgrade.labcanvas";
    public static final String SIX_IN_FOUR_TUNNEL_BROKER = "6in4-tunnelbroker.labcanvas";

    /** The sample the application opens when it is started without a file. */
    public static final String DEFAULT = DMVPN_DUAL_HUB;

    /** Every bundled sample, in scenario order. */
    public static final List<String> NAMES =
            List.of(DMVPN_SINGLE_HUB, DMVPN_DUAL_HUB, ACE_FT_UPGRADE, SIX_IN_FOUR_TUNNEL_BROKER);

    private static final String RESOURCE_DIR = "/org/labcanvas/samples/";

    private Samples() {}

    /** The classpath resource path of a sample ({@code /org/labcanvas/samples/NAME}). */
    public static String resourcePath(String name) {
        requireKnown(name);
        return RESOURCE_DIR + name;
    }

    /** Opens a bundled sample; the caller closes the stream. */
    public static InputStream open(String name) {
        InputStream in = Samples.class.getResourceAsStream(resourcePath(name));
        if (in == null) {
            throw new IllegalStateException("sample '" + name + "' is missing from the jar (expected at "
                    + resourcePath(name) + ")");
        }
        return in;
    }

    /** A bundled sample's bytes, ready for {@code ProjectFile.parse(bytes, name)}. */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample '" + name + "'", e);
        }
    }

    private static void requireKnown(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no bundled sample named '" + name + "'; the samples are " + NAMES);
        }
    }
}

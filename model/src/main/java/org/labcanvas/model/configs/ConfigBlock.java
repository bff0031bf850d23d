package org.labcanvas.model.configs;

import java.util.List;

/**
 * A top-level command with its indented sub-commands, as a running-config prints it.
 *
 * @param group    blocks of one group are printed without a {@code !} between them (the
 *                 {@code ip route} lines, an ISAKMP policy and its keys)
 * @param header   the top-level line
 * @param children the sub-command lines, with their leading spaces
 */
record ConfigBlock(String group, String header, List<String> children) {
    ConfigBlock {
        children = List.copyOf(children);
    }

    static ConfigBlock single(String group, String line) {
        return new ConfigBlock(group, line, List.of());
    }
}

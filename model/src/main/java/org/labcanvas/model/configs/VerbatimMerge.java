package org.labcanvas.model.configs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.labcanvas.model.topology.VerbatimLine;

/**
 * Puts kept-verbatim lines back among generated ones. Each verbatim line follows the line that
 * preceded it in the source (its anchor); a line whose anchor is not generated any more goes to
 * the end of its block, so no line is ever dropped.
 */
final class VerbatimMerge {
    /** Top-level verbatim lines print together, without {@code !} between them. */
    static final String VERBATIM_GROUP = "verbatim";

    private VerbatimMerge() {}

    /** Merges {@code extras} (in source order) into {@code generated}, one scope deep. */
    static <T> List<T> merge(List<T> generated, List<T> extras, Function<T, String> text,
                             Function<T, String> anchor) {
        List<T> pending = new ArrayList<>(extras);
        List<T> out = new ArrayList<>(generated.size() + extras.size());
        emitAfter(null, pending, out, text, anchor);
        for (T g : generated) {
            out.add(g);
            emitAfter(text.apply(g).strip(), pending, out, text, anchor);
        }
        while (!pending.isEmpty()) {
            T e = pending.remove(0);
            out.add(e);
            emitAfter(text.apply(e).strip(), pending, out, text, anchor);
        }
        return out;
    }

    private static <T> void emitAfter(String anchorText, List<T> pending, List<T> out, Function<T, String> text,
                                      Function<T, String> anchor) {
        String current = anchorText;
        boolean found = true;
        while (found) {
            found = false;
            for (int i = 0; i < pending.size(); i++) {
                String a = anchor.apply(pending.get(i));
                String norm = a == null ? null : a.strip();
                if (norm == null ? current == null : norm.equals(current)) {
                    T e = pending.remove(i);
                    out.add(e);
                    current = text.apply(e).strip();
                    found = true;
                    break;
                }
            }
        }
    }

    /** The IOS-style merge: top-level blocks, then the children of each block. */
    static List<ConfigBlock> mergeBlocks(List<ConfigBlock> generated, List<VerbatimLine> verbatim) {
        if (verbatim.isEmpty()) {
            return generated;
        }
        List<ConfigBlock> topExtras = new ArrayList<>();
        Map<String, List<VerbatimLine>> byBlock = new LinkedHashMap<>();
        for (VerbatimLine v : verbatim) {
            if (v.block() == null) {
                topExtras.add(new ConfigBlock(VERBATIM_GROUP, v.text(), List.of()));
            } else {
                byBlock.computeIfAbsent(v.block().strip(), k -> new ArrayList<>()).add(v);
            }
        }
        Map<ConfigBlock, String> anchors = new java.util.IdentityHashMap<>();
        int k = 0;
        for (VerbatimLine v : verbatim) {
            if (v.block() == null) {
                anchors.put(topExtras.get(k++), v.after());
            }
        }
        List<ConfigBlock> top = merge(generated, topExtras, ConfigBlock::header, anchors::get);
        List<ConfigBlock> out = new ArrayList<>(top.size());
        for (ConfigBlock b : top) {
            List<VerbatimLine> children = byBlock.remove(b.header().strip());
            if (children == null) {
                out.add(b);
                continue;
            }
            List<VerbatimLine> generatedChildren = b.children().stream()
                    .map(c -> new VerbatimLine(b.header(), null, c, null)).toList();
            List<VerbatimLine> merged = merge(generatedChildren, children, VerbatimLine::text, VerbatimLine::after);
            String group = VERBATIM_GROUP.equals(b.group()) ? "block:" + b.header() : b.group();
            out.add(new ConfigBlock(group, b.header(), merged.stream().map(VerbatimLine::text).toList()));
        }
        // sub-commands of blocks that no longer exist: keep them under their header at the end
        for (Map.Entry<String, List<VerbatimLine>> e : byBlock.entrySet()) {
            out.add(new ConfigBlock("block:" + e.getKey(), e.getKey(),
                    e.getValue().stream().map(VerbatimLine::text).toList()));
        }
        return out;
    }
}

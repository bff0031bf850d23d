package org.labcanvas.model.analysis;

import java.util.List;

/**
 * One layer-2 segment: interfaces that hear each other's broadcasts.
 *
 * @param id               stable id (the position of the segment's first interface in the topology)
 * @param members          the interfaces on the segment, sorted
 * @param internetAttached true when the segment is cabled to an INTERNET node, which delivers
 *                         from it to every address on every other internet-attached segment
 */
public record Segment(int id, List<InterfaceRef> members, boolean internetAttached) {
    public Segment {
        members = List.copyOf(members);
    }

    /** A segment of one interface: a loopback, a tunnel or an uncabled port. */
    public boolean isStub() {
        return members.size() == 1;
    }
}

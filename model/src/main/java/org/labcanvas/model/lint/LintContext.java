package org.labcanvas.model.lint;

import org.labcanvas.model.analysis.AddressIndex;
import org.labcanvas.model.analysis.OspfNeighborhoods;
import org.labcanvas.model.analysis.OspfView;
import org.labcanvas.model.analysis.Segments;
import org.labcanvas.model.analysis.TunnelOverlay;
import org.labcanvas.model.analysis.Underlay;
import org.labcanvas.model.topology.Topology;

/** What the checks share: the topology and analyses computed once per run, on first use. */
public final class LintContext {
    private final Topology topology;
    private AddressIndex addresses;
    private Segments segments;
    private TunnelOverlay overlay;
    private Underlay underlay;
    private OspfView ospf;
    private OspfNeighborhoods neighborhoods;

    LintContext(Topology topology) {
        this.topology = topology;
    }

    public Topology topology() {
        return topology;
    }

    public AddressIndex addresses() {
        if (addresses == null) {
            addresses = new AddressIndex(topology);
        }
        return addresses;
    }

    public Segments segments() {
        if (segments == null) {
            segments = new Segments(topology);
        }
        return segments;
    }

    public TunnelOverlay overlay() {
        if (overlay == null) {
            overlay = new TunnelOverlay(topology, addresses());
        }
        return overlay;
    }

    public Underlay underlay() {
        if (underlay == null) {
            underlay = new Underlay(topology, addresses(), segments());
        }
        return underlay;
    }

    public OspfView ospf() {
        if (ospf == null) {
            ospf = new OspfView(topology, addresses());
        }
        return ospf;
    }

    public OspfNeighborhoods ospfNeighborhoods() {
        if (neighborhoods == null) {
            neighborhoods = new OspfNeighborhoods(addresses(), segments(), overlay());
        }
        return neighborhoods;
    }
}

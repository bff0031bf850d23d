package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The vendor-independent design: devices and the links between them. Immutable; every edit
 * returns a new topology. A name index is built once, so lookups stay fast for designs with tens
 * of thousands of devices.
 *
 * <p>A topology may hold duplicate names or dangling link ends while it is being built; the
 * project loader refuses such files ({@link org.labcanvas.model.project.ProjectStructure}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"devices", "links"})
public final class Topology {
    public static final Topology EMPTY = new Topology(List.of(), List.of());

    private final List<Device> devices;
    private final List<Link> links;
    private final Map<String, Device> byName;

    @JsonCreator
    public Topology(@JsonProperty("devices") List<Device> devices, @JsonProperty("links") List<Link> links) {
        this.devices = Copies.list(devices);
        this.links = Copies.list(links);
        Map<String, Device> index = new HashMap<>(this.devices.size() * 2);
        for (Device d : this.devices) {
            index.putIfAbsent(d.name(), d);
        }
        this.byName = Collections.unmodifiableMap(index);
    }

    @JsonProperty("devices")
    public List<Device> devices() {
        return devices;
    }

    @JsonProperty("links")
    public List<Link> links() {
        return links;
    }

    public Optional<Device> device(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The device, or an exception naming it when there is none. */
    public Device require(String name) {
        Device d = byName.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no device named '" + name + "'");
        }
        return d;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    @JsonIgnore
    public Map<String, Device> byName() {
        return byName;
    }

    public Topology withDevice(Device d) {
        List<Device> out = new ArrayList<>(devices);
        out.add(d);
        return new Topology(out, links);
    }

    /** Replaces the device called {@code name} with {@code edit(old)}. */
    public Topology withDevice(String name, UnaryOperator<Device> edit) {
        List<Device> out = new ArrayList<>(devices.size());
        for (Device d : devices) {
            out.add(d.name().equals(name) ? edit.apply(d) : d);
        }
        return new Topology(out, links);
    }

    /** Removes a device and every link that touches it. */
    public Topology withoutDevice(String name) {
        return new Topology(devices.stream().filter(d -> !d.name().equals(name)).toList(),
                links.stream().filter(l -> !l.touches(name)).toList());
    }

    public Topology withLink(Link l) {
        List<Link> out = new ArrayList<>(links);
        out.add(l);
        return new Topology(devices, out);
    }

    public Topology withoutLink(Link l) {
        List<Link> out = new ArrayList<>(links);
        out.remove(l);
        return new Topology(devices, out);
    }

    public Topology withLinks(List<Link> v) {
        return new Topology(devices, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Topology t && t.devices.equals(devices) && t.links.equals(links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(devices, links);
    }

    @Override
    public String toString() {
        return "Topology[" + devices.size() + " devices, " + links.size() + " links]";
    }
}

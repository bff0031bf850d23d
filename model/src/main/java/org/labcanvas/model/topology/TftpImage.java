package org.labcanvas.model.topology;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An image a TFTP server offers the module: {@code copy tftp://SERVER/NAME image:} fetches it.
 *
 * @param server  the server's address as typed in the URL
 * @param name    the file name
 * @param version the software version the image holds ({@code A2(2.3)})
 * @param size    its size in bytes
 */
@JsonPropertyOrder({"server", "name", "version", "size"})
public record TftpImage(String server, String name, String version, long size) {
    /** The image as it lands on {@code image:}. */
    public AceImage asImage() {
        return new AceImage(name, version, size);
    }
}

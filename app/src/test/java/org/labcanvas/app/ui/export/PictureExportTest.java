package org.labcanvas.app.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labcanvas.model.project.Project;
import org.labcanvas.model.project.ProjectFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PictureExportTest {
    static final Path SAMPLES = Path.of(System.getProperty("samples.dir", "../samples"));

    @Test
    void everySampleRendersToAPngAtLeast1600PixelsWide(@TempDir Path dir) throws Exception {
        for (String sample : List.of("dmvpn-single-hub", "dmvpn-dual-hub", "ace-ft-upgrade", "6in4-tunnelbroker")) {
            Path png = dir.resolve(sample + ".png");
            PngExport.write(ProjectFile.load(SAMPLES.resolve(sample + ".labcanvas")), png);
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).as(sample).isNotNull();
            assertThat(img.getWidth()).as(sample).isGreaterThanOrEqualTo(1600);
            assertThat(distinctColours(img)).as(sample + " is not blank").isGreaterThan(20);
        }
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void theDualHubDrawioFileHasOneVertexPerDeviceAndEdgesForCablesAndTunnels(@TempDir Path dir) throws Exception {
        Project p = ProjectFile.load(SAMPLES.resolve("dmvpn-dual-hub.labcanvas"));
        Path file = dir.resolve("dual.drawio");
        DrawioExport.write(p, file);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readString(file).getBytes(StandardCharsets.UTF_8)));
        assertEquals("mxfile", doc.getDocumentElement().getTagName());
        NodeList cells = doc.getElementsByTagName("mxCell");
        List<String> vertices = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            if ("1".equals(c.getAttribute("vertex"))) {
                vertices.add(c.getAttribute("value"));
            }
            if ("1".equals(c.getAttribute("edge"))) {
                edges.add(c.getAttribute("id") + " " + c.getAttribute("source") + ">" + c.getAttribute("target"));
            }
        }
        assertEquals(List.of("LAN", "Internet", "R0\n10.0.0.1/24", "R1\n10.1.1.1/24", "R2\n10.0.0.2/24",
                "R3\n10.0.0.3/24"), vertices);
        // 6 cables, then the 4 spoke tunnels (R2 and R3 to each hub): device-4 is R2, device-2 is R0.
        assertEquals(List.of("link-0 device-0>device-2", "link-1 device-0>device-3", "link-2 device-1>device-2",
                "link-3 device-1>device-3", "link-4 device-1>device-4", "link-5 device-1>device-5",
                "tunnel-0 device-4>device-2", "tunnel-1 device-4>device-3", "tunnel-2 device-5>device-2",
                "tunnel-3 device-5>device-3"), edges);
    }

    @Test
    void anAcePairsFtPeeringIsADashedEdge() {
        String xml = DrawioExport.toXml(ReferenceDesignsAccess.ace());
        assertThat(xml).contains("value=\"FT VLAN 100\"").contains("dashPattern=14 4 3 4");
    }

    /** The ACE sample, read from the samples folder. */
    static final class ReferenceDesignsAccess {
        static Project ace() {
            return org.labcanvas.model.generate.ReferenceDesigns.aceFtUpgrade();
        }
    }
}

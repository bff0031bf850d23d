package org.labcanvas.model.show;

import java.time.Duration;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Platform;

/**
 * {@code show version}, reduced to what the design knows: release, uptime, how the router was
 * started, interface counts, configuration register. The hardware is not part of the design,
 * so the platform line names a generic ISR-class router (a stated guess: 12.4 on a 2811, 15.x
 * on a 2911).
 */
final class VersionView {
    private VersionView() {}

    static String render(NetworkState s, String device) {
        Device d = s.network().device(device);
        boolean v12 = d.platform() == Platform.IOS_12_4;
        String version = d.effectiveVersion();
        String image = v12 ? "C2800NM-ADVIPSERVICESK9-M" : "C2900-UNIVERSALK9-M";
        String family = v12 ? "2800 Software" : "C2900 Software";
        StringBuilder out = new StringBuilder();
        out.append("Cisco IOS Software, ").append(family).append(" (").append(image).append("), Version ")
                .append(version).append(", RELEASE SOFTWARE (fc1)\n");
        out.append("Technical Support: http://www.cisco.com/techsupport\n");
        out.append("Copyright (c) 1986-2014 by Cisco Systems, Inc.\n\n");
        out.append("ROM: System Bootstrap, Version ").append(v12 ? "12.4(13r)T" : "15.0(1r)M15")
                .append(", RELEASE SOFTWARE (fc1)\n\n");
        out.append(device).append(" uptime is ").append(uptime(s.now() - s.bootedAt(device))).append('\n');
        out.append("System returned to ROM by power-on\n");
        out.append("System image file is \"flash:").append(image.toLowerCase()).append(".bin\"\n\n");
        out.append(v12 ? "Cisco 2811 (revision 53.51) with 251904K/10240K bytes of memory.\n"
                : "Cisco CISCO2911/K9 (revision 1.0) with 483328K/40960K bytes of memory.\n");
        java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (i.config().type() == InterfaceType.PHYSICAL) {
                String type = i.name().replaceAll("[0-9/.:]+$", "");
                byType.merge(type, 1, Integer::sum);
            }
        }
        byType.forEach((type, n) -> out.append(n).append(' ').append(type).append(" interfaces\n"));
        out.append("DRAM configuration is 64 bits wide with parity enabled.\n");
        out.append("255K bytes of non-volatile configuration memory.\n\n");
        out.append("Configuration register is 0x2102\n");
        return out.toString();
    }

    /** IOS's uptime phrase: {@code 5 minutes}, {@code 1 hour, 2 minutes}, {@code 3 days, 4 hours, 5 minutes}. */
    static String uptime(long ms) {
        Duration d = Duration.ofMillis(Math.max(0, ms));
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        StringBuilder b = new StringBuilder();
        if (days > 0) b.append(days).append(days == 1 ? " day, " : " days, ");
        if (days > 0 || hours > 0) b.append(hours).append(hours == 1 ? " hour, " : " hours, ");
        b.append(minutes).append(minutes == 1 ? " minute" : " minutes");
        return b.toString();
    }
}

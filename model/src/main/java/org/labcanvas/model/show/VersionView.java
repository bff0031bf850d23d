package org.labcanvas.model.show;

import java.time.Duration;
import org.labcanvas.model.sim.NetworkState;
import org.labcanvas.model.sim.core.LogLine;
import org.labcanvas.model.sim.underlay.NetInterface;
import org.labcanvas.model.topology.Device;
import org.labcanvas.model.topology.InterfaceType;
import org.labcanvas.model.topology.Platform;

/**
 * {@code show version}, reduced to what the design knows: release, uptime, how the router was
 * started, interface counts, configuration register. The hardware is not part of the design, so
 * each platform names one router and one image, used for every line (a stated guess): 12.4 on a 2811
 * ({@code C2800NM-ADVIPSERVICESK9-M}), 15.x on a 2911 ({@code C2900-UNIVERSALK9-M}), IOS-XE on an
 * ISR 4331 ({@code X86_64_LINUX_IOSD-UNIVERSALK9-M}, the two-line IOS XE head of the ntc-templates
 * fixture {@code tests/cisco_ios/show_version/cisco_ios_show_version4.raw}). The release is the
 * design's version. The 12.4 or 15.x form of every other command follows the same platform.
 */
final class VersionView {
    private VersionView() {}

    /** The one image of a platform. */
    record Image(String family, String image, String rom, String hardware, String file) {
        static Image of(Platform p, String version) {
            return switch (p) {
                case IOS_12_4 -> new Image("2800 Software", "C2800NM-ADVIPSERVICESK9-M", "12.4(13r)T",
                        "Cisco 2811 (revision 53.51) with 251904K/10240K bytes of memory.",
                        "flash:c2800nm-advipservicesk9-mz." + fileVersion(version) + ".bin");
                case IOS_XE -> new Image("ISR Software", "X86_64_LINUX_IOSD-UNIVERSALK9-M", "IOS-XE ROMMON",
                        "cisco ISR4331/K9 (1RU) processor with 1795979K/6147K bytes of memory.",
                        "bootflash:isr4300-universalk9." + xeDotted(version) + ".SPA.bin");
                default -> new Image("C2900 Software", "C2900-UNIVERSALK9-M", "15.0(1r)M15",
                        "Cisco CISCO2911/K9 (revision 1.0) with 483328K/40960K bytes of memory.",
                        "flash0:c2900-universalk9-mz.SPA." + fileVersion(version) + ".bin");
            };
        }
    }

    /** A classic IOS release as its image file names it: {@code 12.4(24)T8} is {@code 124-24.T8}. */
    static String fileVersion(String version) {
        var m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)\\((\\d+)[a-z]?\\)(.*)").matcher(version);
        if (!m.matches()) {
            return version;
        }
        return m.group(1) + m.group(2) + "-" + m.group(3) + (m.group(4).isEmpty() ? "" : "." + m.group(4));
    }

    /** {@code 16.9.5} as IOS XE prints it in its first line: {@code 16.09.05}. */
    static String xeDotted(String version) {
        String[] p = version.split("\\.");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(i > 0 && p[i].matches("\\d") ? "0" + p[i] : p[i]);
        }
        return b.toString();
    }

    /** IOS XE's release train name by major.minor. */
    static String xeTrain(String version) {
        String[] p = version.split("\\.");
        int major = p.length > 0 && p[0].matches("\\d+") ? Integer.parseInt(p[0]) : 16;
        int minor = p.length > 1 && p[1].matches("\\d+") ? Integer.parseInt(p[1]) : 9;
        if (major == 16) {
            return minor <= 3 ? "Denali" : minor <= 6 ? "Everest" : minor <= 9 ? "Fuji" : "Gibraltar";
        }
        return minor <= 3 ? "Amsterdam" : minor <= 6 ? "Bengaluru" : minor <= 9 ? "Cupertino" : "Dublin";
    }

    static String render(NetworkState s, String device) {
        Device d = s.network().device(device);
        boolean xe = d.platform() == Platform.IOS_XE;
        String version = d.effectiveVersion();
        Image img = Image.of(d.platform(), version);
        StringBuilder out = new StringBuilder();
        if (xe) {
            out.append("Cisco IOS XE Software, Version ").append(xeDotted(version)).append('\n');
            out.append("Cisco IOS Software [").append(xeTrain(version)).append("], ").append(img.family()).append(" (")
                    .append(img.image()).append("), Version ").append(version).append(", RELEASE SOFTWARE (fc1)\n");
        } else {
            out.append("Cisco IOS Software, ").append(img.family()).append(" (").append(img.image()).append("), Version ")
                    .append(version).append(", RELEASE SOFTWARE (fc1)\n");
        }
        out.append("Technical Support: http://www.cisco.com/techsupport\n");
        out.append("Copyright (c) 1986-").append(xe ? 2020 : 2014).append(" by Cisco Systems, Inc.\n\n");
        out.append(xe ? "ROM: " + img.rom() + "\n\n" : "ROM: System Bootstrap, Version " + img.rom() + ", RELEASE SOFTWARE (fc1)\n\n");
        String uptime = uptime(s.now() - s.bootedAt(device));
        out.append(device).append(" uptime is ").append(uptime).append('\n');
        if (xe) {
            out.append("Uptime for this control processor is ").append(uptime).append('\n');
        }
        long reloadAt = -1;
        for (LogLine l : s.logOf(device)) {
            if (l.message().startsWith("%SYS-5-RELOAD") && l.millis() < s.bootedAt(device)) {
                reloadAt = l.millis();
            }
        }
        if (reloadAt >= 0) {
            out.append("System returned to ROM by reload at ").append(DailyViews.clockText(reloadAt)).append('\n');
        } else {
            out.append(xe ? "System returned to ROM by PowerOn\n" : "System returned to ROM by power-on\n");
        }
        out.append("System image file is \"").append(img.file()).append("\"\n");
        if (xe) {
            out.append("Last reload reason: ").append(reloadAt >= 0 ? "Reload Command" : "PowerOn").append('\n');
        }
        out.append('\n').append(img.hardware()).append('\n');
        java.util.Map<String, Integer> byType = new java.util.TreeMap<>();
        for (NetInterface i : s.network().interfacesOf(device)) {
            if (i.config().type() == InterfaceType.PHYSICAL) {
                String type = i.name().replaceAll("[0-9/.:]+$", "");
                byType.merge(type, 1, Integer::sum);
            }
        }
        byType.forEach((type, n) -> out.append(n).append(' ').append(type.replace("GigabitEthernet", "Gigabit Ethernet"))
                .append(" interfaces\n"));
        if (xe) {
            out.append("32768K bytes of non-volatile configuration memory.\n");
            out.append("8388608K bytes of physical memory.\n");
            out.append("7086079K bytes of flash memory at bootflash:.\n\n");
        } else {
            out.append("DRAM configuration is 64 bits wide with parity enabled.\n");
            out.append("255K bytes of non-volatile configuration memory.\n\n");
        }
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

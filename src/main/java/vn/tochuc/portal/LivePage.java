package vn.tochuc.portal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered page cut at its live values (view count, visitor statistics): the HTML around them is rendered
 * once and kept as bytes; each response only writes the parts with the current numbers between them.
 */
final class LivePage {

    static final String VIEWS = marker(0);
    static final String GUESTS = marker(1);
    static final String MEMBERS = marker(2);
    static final String ONLINE = marker(3);
    static final String VISITS = marker(4);

    private static final Pattern MARKER = Pattern.compile("\u27E6(\\d)\u27E7");

    private final List<byte[]> parts;
    private final int[] slots;
    final long version;
    final long expires;
    final String canonicalPath;

    private LivePage(List<byte[]> parts, int[] slots, long version, long expires, String canonicalPath) {
        this.parts = parts;
        this.slots = slots;
        this.version = version;
        this.expires = expires;
        this.canonicalPath = canonicalPath;
    }

    static String marker(int i) {
        return "\u27E6" + i + "\u27E7";
    }

    static LivePage of(String html, long version, long expires, String canonicalPath) {
        List<byte[]> parts = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        Matcher m = MARKER.matcher(html);
        int at = 0;
        while (m.find()) {
            parts.add(html.substring(at, m.start()).getBytes(StandardCharsets.UTF_8));
            slots.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        parts.add(html.substring(at).getBytes(StandardCharsets.UTF_8));
        return new LivePage(
                parts, slots.stream().mapToInt(Integer::intValue).toArray(), version, expires, canonicalPath);
    }

    /** The page with {@code values[i]} written where marker i was. */
    byte[] fill(String[] values) {
        ByteArrayOutputStream out =
                new ByteArrayOutputStream(parts.stream().mapToInt(p -> p.length).sum() + 64);
        for (int i = 0; i < slots.length; i++) {
            out.writeBytes(parts.get(i));
            out.writeBytes(values[slots[i]].getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(parts.get(parts.size() - 1));
        return out.toByteArray();
    }

    int length(String[] values) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        for (int slot : slots) {
            n += values[slot].getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }

    void writeTo(java.io.OutputStream out, String[] values) throws java.io.IOException {
        for (int i = 0; i < slots.length; i++) {
            out.write(parts.get(i));
            out.write(values[slots[i]].getBytes(StandardCharsets.UTF_8));
        }
        out.write(parts.get(parts.size() - 1));
    }

    static Chrome markers(Chrome c) {
        return new Chrome(c.categories(), c.events(), c.poll(), GUESTS, MEMBERS, ONLINE, VISITS, c.pixel());
    }
}

package vn.tochuc.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a portal template uses exists in both bundles, and the bundles have the same keys. */
class PortalMessagesTests {

    static Set<String> keys(String bundle) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String b : new String[] {"common", bundle}) {
            Properties p = new Properties();
            String name = "/messages/" + b + (bundle.endsWith("_en") ? "_en" : "") + ".properties";
            try (InputStream in = PortalMessagesTests.class.getResourceAsStream(name.replace("_en_en", "_en"))) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().forEach(keys::add);
        }
        return keys;
    }

    @Test
    void templatesUseOnlyKnownKeys() throws IOException {
        Set<String> vi = keys("portal");
        Set<String> en = keys("portal_en");
        Pattern t = Pattern.compile("shell\\.t\\(\"([a-zA-Z0-9_.]+)\"");
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/jte/portal"))) {
            for (Path f : files.toList()) {
                Matcher m = t.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        used.addAll(Set.of(
                "portal.status.DRAFT",
                "portal.status.REVIEW",
                "portal.status.PUBLISHED",
                "portal.poll.thanks",
                "portal.poll.already",
                "portal.poll.badToken",
                "portal.poll.tooMany",
                "portal.notFound",
                "portal.events.hide",
                "portal.events.show"));
        assertThat(vi).containsAll(used);
        assertThat(en).containsAll(used);
        Properties pv = new Properties();
        Properties pe = new Properties();
        pv.load(new java.io.InputStreamReader(
                getClass().getResourceAsStream("/messages/portal.properties"), StandardCharsets.UTF_8));
        pe.load(new java.io.InputStreamReader(
                getClass().getResourceAsStream("/messages/portal_en.properties"), StandardCharsets.UTF_8));
        assertThat(pe.stringPropertyNames()).isEqualTo(pv.stringPropertyNames());
    }
}

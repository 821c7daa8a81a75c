package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One role check (issue 12, point 5; docs/adr/0011-roles-and-pages.md): URL rules in SecurityConfig, and below
 * them {@link CurrentUser#require}; no method security annotations, no hand-written "has role or throw".
 */
class OneRoleCheckTests {

    private static final Pattern HAND_WRITTEN =
            Pattern.compile("if \\(!CurrentUser\\.(has|staff)\\([^{]*\\{\\s*throw new [\\w.]*AccessDeniedException");

    @Test
    @DisplayName("No @PreAuthorize/@Secured and no hand-written role check outside CurrentUser")
    void oneStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f);
                if (text.contains("@PreAuthorize")
                        || text.contains("@Secured")
                        || text.contains("@RolesAllowed")
                        || text.contains("@EnableMethodSecurity")) {
                    found.add(f + ": method security annotation");
                }
                if (!f.endsWith("CurrentUser.java")
                        && HAND_WRITTEN.matcher(text).find()) {
                    found.add(f + ": hand-written role check");
                }
            }
        }
        assertThat(found).isEmpty();
    }
}

package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Vietnamese text in Java string literals or text blocks: every visible string is a message key
 * ({@code messages/<module>.properties} in Vietnamese, {@code <module>_en.properties} in English, resolved by
 * the MessageSource, {@code vn.tochuc.shared.Texts} where no bean is at hand), and Vietnamese data lives in
 * resource files: rule packs and reference data in {@code src/main/resources/data/} (JSON/CSV), demo data
 * (names, units, posts, articles of the demo generators) in {@code src/main/resources/data/demo/}. Comments
 * may be Vietnamese (they cite regulations).
 *
 * <p>A Vietnamese literal is a string literal or text block holding a letter with a Vietnamese diacritic
 * (a Latin letter carrying a grave, acute, tilde, hook above, dot below, circumflex, breve or horn) or đ/Đ.
 *
 * <p>Not yet converted: the files listed in {@code vietnamese-literals-pending.txt} (test resources), each
 * with the number of literals it still holds. The list may only shrink: a file not in it may hold none, a
 * listed file exactly its number (lower the number, or drop the line, when converting).
 */
class NoVietnameseLiteralsTests {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Combining marks of the Vietnamese alphabet: grave, acute, circumflex, tilde, breve, hook, horn, dot below. */
    private static final String MARKS = "\u0300\u0301\u0302\u0303\u0306\u0309\u031B\u0323";

    @Test
    void noVietnameseLiteralInJavaOutsideTheFilesStillPending() throws IOException {
        Map<String, Integer> pending = pending();
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<Literal> vi = literals(Files.readString(f)).stream()
                        .filter(l -> isVietnamese(l.text()))
                        .toList();
                if (!vi.isEmpty()) {
                    String name = SOURCES.relativize(f).toString().replace('\\', '/');
                    found.put(
                            name,
                            vi.stream()
                                    .map(l -> f + ":" + l.line() + ": " + shorten(l.text()))
                                    .toList());
                }
            }
        }
        // the counts as found, in the pending list's format, for whoever converts the rest
        StringBuilder counts = new StringBuilder();
        found.forEach((file, where) ->
                counts.append(file).append(' ').append(where.size()).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/vietnamese-literals-found.txt"), counts);
        List<String> problems = new ArrayList<>();
        found.forEach((file, where) -> {
            Integer allowed = pending.get(file);
            if (allowed == null || where.size() > allowed) {
                problems.addAll(where);
            } else if (where.size() < allowed) {
                problems.add(file + ": " + where.size() + " left, the pending list says " + allowed + " (lower it)");
            }
        });
        pending.keySet().stream()
                .filter(file -> !found.containsKey(file))
                .forEach(file -> problems.add(file + ": none left, drop it from the pending list"));
        assertThat(problems)
                .as("Vietnamese literals in Java: use a message key (or a data file)")
                .isEmpty();
    }

    @Test
    void theScanFindsLiteralsAndTextBlocksButNotComments() {
        String source = """
                // "Bỏ qua" in a comment
                /* "Bỏ qua" */ /** "Bỏ qua" */
                class A {
                    String a = "Đơn vị";
                    String b = "plain \\" ĐƠN";
                    char c = '"';
                    String d = \"""
                            nội dung
                            \""";
                    String e = "ASCII only";
                    String f = "Thủ tướng";
                }
                """;
        List<Literal> vi =
                literals(source).stream().filter(l -> isVietnamese(l.text())).toList();
        assertThat(vi).extracting(Literal::line).containsExactly(4, 5, 7, 11);
        assertThat(isVietnamese("café")).isTrue();
        assertThat(isVietnamese("đ")).isTrue();
        assertThat(isVietnamese("97.900 × 2 → «»")).isFalse();
    }

    record Literal(int line, String text) {}

    static boolean isVietnamese(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            if (c > 127 && Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (d.length() > 1
                        && d.charAt(0) < 128
                        && Character.isLetter(d.charAt(0))
                        && d.substring(1).chars().allMatch(m -> MARKS.indexOf(m) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The string literals and text blocks of a Java source, with the line each starts on; comments skipped. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int start = line;
                int j = i + 3;
                while (j < n && !src.startsWith("\"\"\"", j)) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 3);
                out.add(new Literal(start, src.substring(i + 3, Math.min(n, j))));
                line += count(src, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(line, src.substring(i + 1, Math.min(n, j))));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < s.length(); k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    /** The pending list: "path/under/src/main/java count" per line, '#' starts a comment. */
    private static Map<String, Integer> pending() throws IOException {
        Map<String, Integer> pending = new TreeMap<>();
        try (InputStream in = NoVietnameseLiteralsTests.class.getResourceAsStream("/vietnamese-literals-pending.txt")) {
            if (in == null) {
                return pending;
            }
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String s = l.replaceFirst("#.*", "").strip();
                if (!s.isEmpty()) {
                    String[] parts = s.split("\\s+");
                    pending.put(parts[0], Integer.parseInt(parts[1]));
                }
            }
        }
        return pending;
    }
}

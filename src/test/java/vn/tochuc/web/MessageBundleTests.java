package vn.tochuc.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every piece of text in the templates comes from a message bundle, and every key exists in Vietnamese
 * and in English: no literal text in .jte files, no key missing from either bundle.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern KEY = Pattern.compile("shell\\.t\\(\"([A-Za-z0-9_.]+)\"\\s*([,)+])");
    private static final Pattern KEY_CALL = Pattern.compile("t\\(\"([A-Za-z0-9_.]+)\"\\s*([,)+])");

    @Test
    void everyKeyUsedInTemplatesExistsInBothLanguages() throws IOException {
        Set<String> vi = keys("");
        Set<String> en = keys("_en");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = KEY_CALL.matcher(Files.readString(t));
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = m.group(2).equals("+");
                for (var bundle : List.of(vi, en)) {
                    boolean found = prefix ? bundle.stream().anyMatch(k -> k.startsWith(key)) : bundle.contains(key);
                    if (!found) {
                        missing.add(t + ": " + key + (bundle == vi ? " (vi)" : " (en)"));
                    }
                }
            }
        }
        assertThat(missing).as("keys missing from a bundle").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = keys("");
        Set<String> en = keys("_en");
        Set<String> onlyVi = new TreeSet<>(vi);
        onlyVi.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(vi);
        assertThat(onlyVi).as("keys only in Vietnamese").isEmpty();
        assertThat(onlyEn).as("keys only in English").isEmpty();
        assertThat(vi).contains("app.name", "error.404");
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path t : templates()) {
            String text = stripCode(Files.readString(t));
            for (String line : text.split("\n")) {
                String rest = line.replaceAll("[\\s\\p{Punct}·…›«»–—0-9×✓]+", "");
                if (!rest.isEmpty()) {
                    literals.add(t + ": " + line.trim());
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates: use shell.t(\"key\")")
                .isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesText() {
        assertThat(stripCode("<p>Xin chào</p>").replaceAll("[\\s\\p{Punct}]+", ""))
                .isEqualTo("Xinchào");
        assertThat(stripCode("<p>${shell.t(\"a\")}</p>").replaceAll("[\\s\\p{Punct}]+", ""))
                .isEmpty();
    }

    /** Removes JTE directives and expressions, HTML comments, tags (with their attributes) and code blocks. */
    static String stripCode(String template) {
        String s = template.replaceAll("(?s)<%--.*?--%>", "").replaceAll("(?s)<!--.*?-->", "");
        s = removeBalanced(s, "${");
        s = removeBalanced(s, "$unsafe{");
        s = removeBalanced(s, "!{");
        s = s.replaceAll("(?m)^\\s*@(import|param)\\b.*$", "");
        s = removeDirectives(s);
        s = s.replaceAll("(?s)<[^>]*>", " ");
        return s;
    }

    private static String removeBalanced(String s, String open) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int start = s.indexOf(open, i);
            if (start < 0) {
                return out.append(s.substring(i)).toString();
            }
            out.append(s, i, start);
            int depth = 0;
            int j = start + open.length() - 1;
            for (; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            i = j + 1;
        }
    }

    /** Removes @if(...), @for(...), @template.x(...) calls up to their content blocks, and @else/@endif. */
    private static String removeDirectives(String s) {
        s = s.replaceAll("@(endif|endfor|else(?!if))", " ");
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("@(if|elseif|for|template\\.[\\w.]+|raw)\\s*\\(")
                .matcher(s);
        int i = 0;
        while (m.find(i)) {
            out.append(s, i, m.start());
            int depth = 0;
            int j = m.end() - 1;
            for (; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '`' && s.charAt(j - 1) == '@') {
                    int close = closingBacktick(s, j + 1);
                    // the content block is template text: keep it, cleaned the same way
                    out.append(' ')
                            .append(removeDirectives(s.substring(j + 1, close)))
                            .append(' ');
                    j = close;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            i = j + 1;
        }
        return out.append(s.substring(i)).toString();
    }

    private static int closingBacktick(String s, int from) {
        int depth = 1;
        for (int k = from; k < s.length(); k++) {
            if (s.startsWith("@`", k)) {
                depth++;
                k++;
            } else if (s.charAt(k) == '`' && --depth == 0) {
                return k;
            }
        }
        return s.length() - 1;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
    }

    private static Set<String> keys(String suffix) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path p : files.filter(f -> suffix.isEmpty()
                            ? !f.getFileName().toString().contains("_")
                            : f.getFileName().toString().endsWith(suffix + ".properties"))
                    .toList()) {
                Properties props = new Properties();
                try (InputStream in = Files.newInputStream(p);
                        var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                    props.load(reader);
                }
                keys.addAll(props.stringPropertyNames());
            }
        }
        return keys;
    }
}

package vn.tochuc.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.core.io.ClassPathResource;

/**
 * The 10,035 communes before the 2025 reform (data/people/localities_2024.csv, MIT, see NOTICE.md), used by the
 * generator for birthplaces and hometowns as written at the time: code, "commune, district, province", province.
 */
final class Localities {

    record Commune(String code, String name, String provinceCode) {}

    private static final List<Commune> ALL = load();

    private Localities() {}

    static List<Commune> all() {
        return ALL;
    }

    static Commune random(Random r) {
        return ALL.get(r.nextInt(ALL.size()));
    }

    private static List<Commune> load() {
        var resource = new ClassPathResource("data/people/localities_2024.csv");
        List<Commune> list = new ArrayList<>(10_100);
        try (var in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null; ) {
                int first = line.indexOf(',');
                int last = line.lastIndexOf(',');
                String name = line.substring(first + 1, last);
                if (name.startsWith("\"")) {
                    name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
                }
                list.add(new Commune(line.substring(0, first), name, line.substring(last + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(list);
    }
}

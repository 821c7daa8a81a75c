package vn.tochuc.appraisal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import vn.tochuc.people.RosterEntry;

/**
 * Who a cycle's target group takes in (issue 11 point 8; EVAL-13): a leaders' group only people holding a
 * leadership post, a non-leaders' group only the others, a collectives' group no individual, any other group
 * everyone. The groups and the leadership titles are data ({@code data/appraisal/target-groups.properties}).
 */
final class TargetGroupPopulation {

    enum Takes {
        LEADERS,
        NON_LEADERS,
        NONE,
        ALL
    }

    private static final Properties DATA = load();
    private static final List<String> TITLES = Arrays.stream(
                    DATA.getProperty("leader.titles", "").split("\\|"))
            .map(String::strip)
            .filter(t -> !t.isEmpty())
            .map(t -> Normalizer.normalize(t, Normalizer.Form.NFC))
            .toList();

    private TargetGroupPopulation() {}

    static Takes of(String targetGroup) {
        String v = DATA.getProperty("group." + targetGroup);
        return v == null ? Takes.ALL : Takes.valueOf(v.strip());
    }

    /** Whether the person's post (chức vụ) is a leadership or management post. */
    static boolean leader(@Nullable String positionTitle) {
        if (positionTitle == null) {
            return false;
        }
        String t = Normalizer.normalize(positionTitle.strip(), Normalizer.Form.NFC);
        return TITLES.stream().anyMatch(t::startsWith);
    }

    /** Whether the group takes in this person of the unit. */
    static boolean takes(String targetGroup, RosterEntry p) {
        return switch (of(targetGroup)) {
            case ALL -> true;
            case NONE -> false;
            case LEADERS -> leader(p.positionTitle());
            case NON_LEADERS -> !leader(p.positionTitle());
        };
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in =
                TargetGroupPopulation.class.getResourceAsStream("/data/appraisal/target-groups.properties")) {
            if (in == null) {
                throw new IllegalStateException("data/appraisal/target-groups.properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;

/**
 * Which pack version and criteria set the dry-run and what-if forms are built from, and the pick lists of the
 * packs and criteria sets by their Vietnamese names. An unknown choice falls back to the default, never an error.
 */
@Component
class PackChoices {

    private final Evaluations evaluations;

    PackChoices(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    /** What a page's call of the service gave: the value, or the Vietnamese refusal. */
    record Tried<T>(@Nullable T value, @Nullable String error) {}

    static <T> Tried<T> attempt(Supplier<T> work) {
        try {
            return new Tried<>(work.get(), null);
        } catch (BadInputException e) {
            return new Tried<>(null, e.getMessage());
        }
    }

    /** The pack version and criteria set a form is built from. */
    record Chosen(Evaluations.PackSummary summary, CompiledPack pack, CompiledSet set, List<PackForm.Choice> packs) {

        RulePackDoc doc() {
            return pack.doc();
        }

        List<PackForm.Choice> groups() {
            return doc().criteriaSets().stream()
                    .map(cs -> new PackForm.Choice(cs.targetGroup(), cs.name()))
                    .toList();
        }
    }

    /** For the dry run: any published version ("CODE:VERSION"), by default the QĐ 366 version in force today. */
    Chosen version(@Nullable String pack, @Nullable String group) {
        List<Evaluations.PackSummary> published = published();
        Evaluations.PackSummary chosen = published.stream()
                .filter(p -> (p.code() + ":" + p.version()).equals(pack))
                .findFirst()
                .orElseGet(() -> inForceToday(published, "QD366"));
        List<PackForm.Choice> choices = published.stream()
                .map(p -> new PackForm.Choice(
                        p.code() + ":" + p.version(),
                        Texts.t("eval.form.packOption", p.title(), p.version(), VnFormats.date(p.effectiveFrom()))))
                .toList();
        return chosen(chosen, group, choices);
    }

    /** For the what-if: the version of code {@code pack} in force today (what the what-if compares with). */
    Chosen inForce(String pack, @Nullable String group) {
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        List<Evaluations.PackSummary> current = published().stream()
                .filter(p -> !p.effectiveFrom().isAfter(today)
                        && (p.effectiveTo() == null || p.effectiveTo().isAfter(today)))
                .sorted(Comparator.comparing(Evaluations.PackSummary::effectiveFrom)
                        .thenComparing(Evaluations.PackSummary::version)
                        .reversed())
                .toList();
        Map<String, Evaluations.PackSummary> byCode = new LinkedHashMap<>();
        current.forEach(p -> byCode.putIfAbsent(p.code(), p));
        Evaluations.PackSummary chosen =
                byCode.containsKey(pack) ? byCode.get(pack) : inForceToday(List.copyOf(byCode.values()), "QD366");
        List<PackForm.Choice> choices = byCode.values().stream()
                .map(p -> new PackForm.Choice(p.code(), p.title()))
                .toList();
        return chosen(chosen, group, choices);
    }

    private Chosen chosen(Evaluations.PackSummary p, @Nullable String group, List<PackForm.Choice> choices) {
        CompiledPack pack = evaluations.compiled(p.code(), p.version());
        CompiledSet set = group == null ? null : pack.sets().get(group);
        if (set == null) {
            Object example =
                    pack.doc().example() == null ? null : pack.doc().example().get("request");
            Object subject = example instanceof Map<?, ?> r ? r.get("subject") : null;
            Object exampleGroup = subject instanceof Map<?, ?> s ? s.get("targetGroup") : null;
            set = pack.sets().get(String.valueOf(exampleGroup));
        }
        if (set == null) {
            set = pack.sets().get(pack.doc().criteriaSets().get(0).targetGroup());
        }
        return new Chosen(p, pack, set, choices);
    }

    private List<Evaluations.PackSummary> published() {
        return evaluations.packs().stream()
                .filter(p -> "PUBLISHED".equals(p.status()))
                .toList();
    }

    private static Evaluations.PackSummary inForceToday(List<Evaluations.PackSummary> packs, String preferred) {
        LocalDate today = LocalDate.now(VnFormats.VIETNAM);
        Comparator<Evaluations.PackSummary> order = Comparator.comparing(
                        (Evaluations.PackSummary p) -> p.effectiveFrom().isAfter(today)
                                || (p.effectiveTo() != null && !p.effectiveTo().isAfter(today)))
                .thenComparing(p -> !p.code().equals(preferred));
        return packs.stream().min(order).orElseThrow();
    }
}

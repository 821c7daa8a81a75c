package vn.tochuc.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.LongJobs;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * The evaluation module's facade: rule pack versions (list, read, publish), pack selection by date, and
 * dry runs. Every refusal is a {@link BadInputException} with a Vietnamese sentence naming the item and
 * the rule.
 */
@Service
public class Evaluations {

    private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

    /** A stored pack version, for lists and the API. */
    public record PackSummary(
            long id,
            String code,
            int version,
            String title,
            String side,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            String status,
            String origin,
            int uncertainRules) {}

    private final RulePackRepository packs;
    private final AuditLog audit;
    private final LongJobs jobs;
    private final UnitScopes scopes;
    private final Map<Long, CompiledPack> compiled = new ConcurrentHashMap<>();

    Evaluations(RulePackRepository packs, AuditLog audit, LongJobs jobs, UnitScopes scopes) {
        this.packs = packs;
        this.audit = audit;
        this.jobs = jobs;
        this.scopes = scopes;
    }

    /**
     * Starts batch scoring of a period over a unit subtree as a long job (inputs from {@code eval_input});
     * returns the job id for {@code /jobs/{id}}.
     */
    public long startBatch(long rootUnitId, String period, String packCode, LocalDate date) {
        CurrentUser.require(Role.ORG_STAFF, Role.ADMIN);
        scopes.require(rootUnitId);
        if (packs.inForceByCode(packCode, date).isEmpty()) {
            throw new BadInputException(Texts.t("eval.err.noPackInForce", packCode, VnFormats.date(date)));
        }
        String params = RulePackJson.write(new BatchScoringJob.Params(rootUnitId, period, packCode, date));
        long id = jobs.start(BatchScoringJob.KIND, Texts.vi("eval.err.batchTitle", period), params);
        audit.record(AuditEntry.write(
                CurrentUser.name(), "EVAL_BATCH_START", "EVAL_BATCH", id, rootUnitId, null, params, packCode));
        return id;
    }

    @Transactional(readOnly = true)
    public List<PackSummary> packs() {
        return packs.all().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public String packBody(String code, int version) {
        return packs.find(code, version)
                .orElseThrow(() -> new NotFoundException("pack " + code + " v" + version))
                .body();
    }

    /**
     * Stores a new version of a pack (ADMIN only): checked and compiled first; its version is the next
     * free number of its code. A draft is kept for what-if and not used for selection until published.
     */
    @Transactional
    public PackSummary publish(String json, boolean draft) {
        requireAdmin();
        return guard(() -> {
            JsonNode tree = RulePackJson.tree(json);
            RulePackDoc parsed = RulePackJson.pack(tree);
            PackChecks.require(
                    parsed.code() != null && parsed.code().matches("[A-Z0-9_-]{2,40}"), Texts.t("eval.err.packCode"));
            int version = packs.maxVersion(parsed.code()) + 1;
            ((ObjectNode) tree).put("version", version);
            RulePackDoc doc = RulePackJson.pack(tree);
            PackCompiler.compile(doc);
            String body = RulePackJson.write(tree);
            long id = packs.insert(doc, draft ? "DRAFT" : "PUBLISHED", "ADMIN", body, CurrentUser.name());
            audit.record(AuditEntry.write(
                    CurrentUser.name(),
                    draft ? "EVAL_PACK_DRAFT" : "EVAL_PACK_PUBLISH",
                    "EVAL_RULE_PACK",
                    doc.code() + "/" + version,
                    null,
                    null,
                    body,
                    doc.title()));
            return summary(packs.find(id).orElseThrow());
        });
    }

    /** Publishes a stored draft (ADMIN only). */
    @Transactional
    public PackSummary publishDraft(String code, int version) {
        requireAdmin();
        RulePackRepository.Row row =
                packs.find(code, version).orElseThrow(() -> new NotFoundException("pack " + code + " v" + version));
        if (!"DRAFT".equals(row.status())) {
            throw new BadInputException(Texts.t("eval.err.published", code, version));
        }
        packs.publish(row.id());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "EVAL_PACK_PUBLISH",
                "EVAL_RULE_PACK",
                code + "/" + version,
                null,
                "DRAFT",
                "PUBLISHED",
                row.title()));
        return summary(packs.find(row.id()).orElseThrow());
    }

    /** Scores and grades without saving anything; never throws anything but a 400 for bad input. */
    @Transactional(readOnly = true)
    public DryRunResponse dryRun(String json) {
        return guard(() -> {
            DryRunRequest req = RulePackJson.read(json, DryRunRequest.class, Texts.t("eval.err.dryRunRequest"));
            return DryRuns.run(resolve(req), req);
        });
    }

    /** One subject graded under the published pack and under a draft, side by side. */
    public record WhatIfRow(
            String subjectId,
            String targetGroup,
            double publishedScore,
            Grade publishedGrade,
            double draftScore,
            Grade draftGrade) {

        public boolean moved() {
            return publishedGrade != draftGrade;
        }
    }

    /**
     * What-if: grades a set of sample subjects (a JSON array, in grading order) under the published pack
     * {@code code} in force today and under a draft pack body, saving nothing.
     */
    @Transactional(readOnly = true)
    public List<WhatIfRow> whatIf(String code, String draftJson, String subjectsJson) {
        return guard(() -> {
            CompiledPack published =
                    resolve(new DryRunRequest(code, null, null, null, null, null, null, null, null, null));
            CompiledPack draft = PackCompiler.compile(RulePackJson.pack(draftJson));
            List<Subject> subjects =
                    List.of(RulePackJson.read(subjectsJson, Subject[].class, Texts.t("eval.err.subjectList")));
            for (int i = 0; i < subjects.size(); i++) {
                DryRuns.check(subjects.get(i), "[" + i + "]");
            }
            List<EvaluationResult> before = GradingOrderPolicy.gradeInOrder(published, subjects, Map.of(), false);
            List<EvaluationResult> after = GradingOrderPolicy.gradeInOrder(draft, subjects, Map.of(), false);
            List<WhatIfRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < subjects.size(); i++) {
                rows.add(new WhatIfRow(
                        subjects.get(i).id(),
                        subjects.get(i).targetGroup(),
                        before.get(i).score(),
                        before.get(i).grade(),
                        after.get(i).score(),
                        after.get(i).grade()));
            }
            return List.copyOf(rows);
        });
    }

    /** A pack version as its document, for the version page. */
    @Transactional(readOnly = true)
    public RulePackDoc pack(String code, int version) {
        return compiled(code, version).doc();
    }

    /** A pack version compiled (cached by pack row), 404 when there is none. */
    CompiledPack compiled(String code, int version) {
        return compiled(
                packs.find(code, version).orElseThrow(() -> new NotFoundException("pack " + code + " v" + version)));
    }

    CompiledPack resolve(DryRunRequest req) {
        if (req.packBody() != null && !req.packBody().isNull()) {
            return PackCompiler.compile(RulePackJson.pack(req.packBody()));
        }
        LocalDate date = req.date() == null ? LocalDate.now(VnFormats.VIETNAM) : req.date();
        RulePackRepository.Row row;
        if (req.pack() != null) {
            row = (req.version() != null
                            ? packs.find(req.pack(), req.version())
                            : packs.inForceByCode(req.pack(), date))
                    .orElseThrow(() -> new EvaluationInputException(
                            req.version() == null
                                    ? Texts.t("eval.err.noPackInForce", req.pack(), VnFormats.date(date))
                                    : Texts.t("eval.err.noPackVersion", req.pack(), req.version())));
        } else if (req.side() != null) {
            row = packs.inForce(req.side(), date)
                    .orElseThrow(() -> new EvaluationInputException(
                            Texts.t("eval.err.noSidePack", req.side(), VnFormats.date(date))));
        } else {
            throw new EvaluationInputException(Texts.t("eval.err.packMissing"));
        }
        return compiled(row);
    }

    /** A pack version by its row id, compiled once (versions are never edited). */
    CompiledPack compiled(long packId) {
        CompiledPack cached = compiled.get(packId);
        return cached != null
                ? cached
                : compiled(packs.find(packId).orElseThrow(() -> new NotFoundException("pack #" + packId)));
    }

    CompiledPack compiled(RulePackRepository.Row row) {
        return compiled.computeIfAbsent(row.id(), id -> PackCompiler.compile(RulePackJson.pack(row.body())));
    }

    private PackSummary summary(RulePackRepository.Row r) {
        int uncertain = (int) PackChecks.nullSafe(compiled(r).doc().rules()).stream()
                .filter(RulePackDoc.Rule::uncertain)
                .count();
        return new PackSummary(
                r.id(),
                r.code(),
                r.version(),
                r.title(),
                r.side(),
                r.effectiveFrom(),
                r.effectiveTo(),
                r.status(),
                r.origin(),
                uncertain);
    }

    private static void requireAdmin() {
        CurrentUser.require(Role.ADMIN);
    }

    /** Turns the engine's refusals, and any gap in a JSON document, into a Vietnamese 400. */
    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (EvaluationInputException e) {
            throw new BadInputException(e.getMessage());
        } catch (NullPointerException | IllegalArgumentException | ClassCastException | ArithmeticException e) {
            log.warn("Evaluation input rejected: {}", e.toString());
            throw new BadInputException(
                    Texts.t("eval.err.jsonInvalid", e.getClass().getSimpleName()));
        }
    }
}

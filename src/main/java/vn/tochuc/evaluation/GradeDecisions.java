package vn.tochuc.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.audit.AuditRecord;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;
import vn.tochuc.web.Role;

/**
 * Decided grades with tamper evidence (issue 5, point 9; EVAL-02, domain rules §1.7.3). A decision stores
 * the canonical JSON of the subject's inputs and result; the same text goes into the hash-chained audit
 * log as the entry's "after" (the previous version as its "before"), so editing a stored decision breaks
 * the match with the chain. Changing a decided grade needs a reason and adds a version; none is deleted.
 */
@Component
class GradeDecisions {

    /** Keys sorted at every level: the same decision always gives the same text, hence the same digest. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    static final String TARGET = "EVAL_DECISION";

    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final UnitScopes scopes;
    private final StoredExplanations explanations;

    GradeDecisions(DecisionRepository decisions, AuditLog audit, UnitScopes scopes, StoredExplanations explanations) {
        this.decisions = decisions;
        this.audit = audit;
        this.scopes = scopes;
        this.explanations = explanations;
    }

    /** Decides (version 1) or changes (version n + 1) a subject's grade; COMMITTEE or ADMIN, within scope. */
    @Transactional
    public GradeDecision decide(String json) {
        CurrentUser.require(Role.COMMITTEE, Role.ADMIN);
        DecisionRequest req = Evaluations.guard(
                () -> RulePackJson.read(json, DecisionRequest.class, Texts.t("eval.err.decisionDoc")));
        if (req.period() == null
                || req.period().isBlank()
                || req.subjectId() == null
                || req.subjectId().isBlank()) {
            throw new BadInputException(Texts.t("eval.err.decisionFields"));
        }
        DecisionRepository.Computed stored = decisions
                .computed(req.period(), req.subjectId())
                .orElseThrow(() ->
                        new BadInputException(Texts.t("eval.err.decisionNoScore", req.subjectId(), req.period())));
        scopes.require(stored.unitId());
        // the record keeps the full Vietnamese explanation, rendered from the stored data (ADR 0010)
        DecisionRepository.Computed c =
                stored.withExplanation(explanations.json(stored.packId(), stored.targetGroup(), stored.explanation()));
        List<DecisionRepository.Row> versions = decisions.versions(req.period(), req.subjectId());
        DecisionRepository.Row current = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Grade grade = req.grade() != null ? req.grade() : current != null ? current.grade() : c.grade();
        String reason = req.reason() == null || req.reason().isBlank()
                ? null
                : req.reason().strip();
        if (reason == null && current != null) {
            throw new BadInputException(Texts.t(
                    "eval.err.changeReason", req.subjectId(), req.period(), current.version(), current.grade()));
        }
        if (reason == null && grade != c.grade()) {
            throw new BadInputException(
                    Texts.t("eval.err.differReason", grade, c.grade(), req.subjectId(), req.period()));
        }
        if (reason != null && reason.length() > 2000) {
            throw new BadInputException(Texts.t("eval.err.reasonLength"));
        }
        int version = current == null ? 1 : current.version() + 1;
        String by = CurrentUser.name();
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String record = canonical(req.period(), req.subjectId(), c, version, grade, reason, by, at);
        AuditRecord entry = audit.record(AuditEntry.write(
                by,
                current == null ? "EVAL_GRADE_DECIDE" : "EVAL_GRADE_CHANGE",
                TARGET,
                req.period() + "/" + req.subjectId(),
                c.unitId(),
                current == null ? null : current.record(),
                record,
                "v" + version + ": " + (current == null ? "" : current.grade() + " → ") + grade
                        + (reason == null ? "" : Texts.vi("eval.err.auditReason", reason))));
        decisions.add(new DecisionRepository.Row(
                0,
                req.period(),
                req.subjectId(),
                c.unitId(),
                version,
                true,
                grade,
                c.grade(),
                c.score(),
                c.packId(),
                record,
                reason,
                by,
                at,
                entry.seq()));
        return view(decisions.versions(req.period(), req.subjectId()).get(version - 1), entry);
    }

    /** Every version of a subject's decided grade, oldest first, each checked against the audit log. */
    @Transactional(readOnly = true)
    public List<GradeDecision> versions(String period, String subjectId) {
        List<DecisionRepository.Row> rows = decisions.versions(period, subjectId);
        if (rows.isEmpty()) {
            throw new NotFoundException("decision " + period + "/" + subjectId);
        }
        scopes.require(rows.get(0).unitId());
        Map<Long, AuditRecord> entries = new TreeMap<>();
        audit.search(null, null, TARGET, period + "/" + subjectId, 0, 1000).forEach(r -> entries.put(r.seq(), r));
        List<GradeDecision> out = new ArrayList<>();
        for (DecisionRepository.Row r : rows) {
            out.add(view(r, entries.get(r.auditSeq())));
        }
        return out;
    }

    private static GradeDecision view(DecisionRepository.Row r, @Nullable AuditRecord entry) {
        JsonNode rec = RulePackJson.JSON.readTree(r.record());
        boolean intact = entry != null
                && Objects.equals(entry.afterDigest(), sha256(r.record()))
                && rec.path("grade").asString("").equals(r.grade().name())
                && rec.path("version").asInt() == r.version()
                && rec.path("decidedBy").asString("").equals(r.decidedBy())
                && Objects.equals(
                        rec.path("reason").isNull() ? null : rec.path("reason").asString(), r.reason())
                && rec.path("subjectId").asString("").equals(r.subjectId());
        return new GradeDecision(
                r.period(),
                r.subjectId(),
                r.unitId(),
                r.version(),
                r.current(),
                r.grade(),
                r.computedGrade(),
                r.score(),
                rec.path("pack").path("code").asString(""),
                rec.path("pack").path("version").asInt(),
                r.reason(),
                r.decidedBy(),
                r.decidedAt(),
                r.auditSeq(),
                intact);
    }

    /** The canonical JSON of a decision: its inputs, the computed result with its explanation, the decision. */
    static String canonical(
            String period,
            String subjectId,
            DecisionRepository.Computed c,
            int version,
            Grade grade,
            @Nullable String reason,
            String by,
            OffsetDateTime at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("subjectId", subjectId);
        m.put("unitId", c.unitId());
        m.put("kind", c.kind());
        m.put("targetGroup", c.targetGroup());
        m.put("inputs", RulePackJson.JSON.readValue(c.inputs(), Map.class));
        m.put("events", c.events());
        m.put("pack", Map.of("code", c.packCode(), "version", c.packVersion()));
        m.put("score", c.score());
        m.put("computedGrade", c.grade().name());
        m.put("explanation", RulePackJson.JSON.readValue(c.explanation(), Map.class));
        m.put("version", version);
        m.put("grade", grade.name());
        m.put("reason", reason);
        m.put("decidedBy", by);
        m.put("decidedAt", at.toString());
        return CANONICAL.writeValueAsString(m);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

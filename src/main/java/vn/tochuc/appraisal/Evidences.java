package vn.tochuc.appraisal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.organization.UnitScopes;
import vn.tochuc.shared.Texts;
import vn.tochuc.shared.VietnameseText;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.BadInputException;
import vn.tochuc.web.CurrentUser;
import vn.tochuc.web.NotFoundException;

/**
 * Evidence on a self-assessment (issue 6 item 4): the owner attaches files until they submit; the type is taken
 * from the file's first bytes (not the browser's claim) and must match its extension. Others in scope see the
 * files once the self-assessment is submitted; every download is audit-logged.
 */
@Service
class Evidences {

    static final String EVIDENCE = "APPR_EVIDENCE";
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 20;

    /** The accepted kinds: extension(s), content type, leading bytes. */
    private record Kind(List<String> extensions, String contentType, byte[] magic) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(List.of("pdf"), "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            new Kind(List.of("jpg", "jpeg"), "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new Kind(List.of("png"), "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
            new Kind(
                    List.of("docx"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new byte[] {'P', 'K', 3, 4}),
            new Kind(List.of("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {
                'P', 'K', 3, 4
            }));

    private final EvidenceRepository files;
    private final CycleRepository cycles;
    private final Appraisals appraisals;
    private final UnitScopes scopes;
    private final AuditLog audit;

    Evidences(
            EvidenceRepository files,
            CycleRepository cycles,
            Appraisals appraisals,
            UnitScopes scopes,
            AuditLog audit) {
        this.files = files;
        this.cycles = cycles;
        this.appraisals = appraisals;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Attaches a file to the caller's own self-assessment, before it is submitted and before the deadline. */
    @Transactional
    long attach(long memberId, String originalName, byte[] content) {
        Member m = appraisals.member(memberId);
        if (!m.username().equals(CurrentUser.name())) {
            throw new AccessDeniedException("not the owner of self-assessment " + memberId);
        }
        if (m.selfSubmitted()) {
            throw new BadInputException(Texts.t("apprc.evidence.submitted", m.displayName()));
        }
        Cycle c = cycles.cycle(m.cycleId()).orElseThrow();
        if (LocalDate.now(VnFormats.VIETNAM).isAfter(c.deadline())) {
            throw new BadInputException(Texts.t("appr.cycle.closed", c.periodCode(), VnFormats.date(c.deadline())));
        }
        String name = cleanName(originalName);
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new BadInputException(Texts.t("apprc.evidence.size", name));
        }
        Kind kind =
                kindOf(name, content).orElseThrow(() -> new BadInputException(Texts.t("apprc.evidence.kind", name)));
        if (files.count(memberId) >= MAX_FILES) {
            throw new BadInputException(Texts.t("apprc.evidence.max", MAX_FILES));
        }
        long id = files.insert(memberId, name, kind.contentType(), content, CurrentUser.name());
        audit.record(AuditEntry.write(
                CurrentUser.name(),
                "APPR_EVIDENCE_ADD",
                EVIDENCE,
                id,
                m.unitId(),
                null,
                name + " (" + content.length + " byte)",
                "member " + memberId));
        return id;
    }

    /** The files of a member: the owner always, others in scope once the self-assessment is submitted. */
    @Transactional(readOnly = true)
    List<Evidence> list(long memberId) {
        requireReadable(appraisals.member(memberId));
        return files.of(memberId);
    }

    /** A file to download, scope-checked and audit-logged as a read. */
    @Transactional
    Download download(long evidenceId) {
        Evidence e = files.find(evidenceId).orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
        Member m = appraisals.member(e.memberId());
        requireReadable(m);
        audit.record(AuditEntry.read(CurrentUser.name(), EVIDENCE, evidenceId, m.unitId()));
        return new Download(e, files.content(evidenceId));
    }

    record Download(Evidence evidence, byte[] content) {}

    private void requireReadable(Member m) {
        if (m.username().equals(CurrentUser.name())) {
            return;
        }
        scopes.require(m.unitId());
        if (!m.selfSubmitted()) {
            throw new AccessDeniedException("self-assessment " + m.id() + " not submitted yet");
        }
    }

    /** The kind whose extension matches the name and whose leading bytes match the content. */
    static Optional<String> contentType(String name, byte[] content) {
        return kindOf(name, content).map(Kind::contentType);
    }

    private static Optional<Kind> kindOf(String name, byte[] content) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return KINDS.stream()
                .filter(k -> k.extensions().contains(ext))
                .filter(k -> content.length >= k.magic().length
                        && Arrays.equals(Arrays.copyOf(content, k.magic().length), k.magic()))
                .findFirst();
    }

    /** The last path segment, NFC, without control characters, at most 200 characters. */
    static String cleanName(String original) {
        String s = VietnameseText.nfc(original);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .trim();
        if (s.isEmpty()) {
            s = "minh-chung";
        }
        return s.length() <= 200 ? s : s.substring(s.length() - 200);
    }
}

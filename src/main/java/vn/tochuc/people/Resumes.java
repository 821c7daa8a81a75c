package vn.tochuc.people;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tochuc.audit.AuditEntry;
import vn.tochuc.audit.AuditLog;
import vn.tochuc.shared.VnFormats;
import vn.tochuc.web.CurrentUser;

/** The Mẫu 2C résumé as PDF: a full-record read plus an export, both audit-logged (NĐ 13/2023/NĐ-CP). */
@Service
class Resumes {

    private final People people;
    private final AuditLog audit;

    Resumes(People people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    @Transactional
    byte[] pdf(long id) {
        PersonFile f = people.file(id);
        String printedBy = CurrentUser.name() + " lúc " + VnFormats.dateTime(OffsetDateTime.now(VnFormats.VIETNAM));
        byte[] pdf = ResumePdf.render(f, people.photo(id), printedBy);
        audit.record(AuditEntry.write(
                CurrentUser.name(), "EXPORT_2C", People.TARGET, id, f.person().currentUnitId(), null, null, "PDF"));
        return pdf;
    }
}

package vn.tochuc.people;

import org.springframework.stereotype.Component;
import vn.tochuc.web.JobContext;
import vn.tochuc.web.JobHandler;

/** Runs an import in the background with a progress bar; the params are the upload id. All-or-nothing. */
@Component
class ImportJob implements JobHandler {

    static final String KIND = "people-import";

    private final ImportService imports;

    ImportJob(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        long id = Long.parseLong(job.params());
        ImportOutcome o = imports.run(
                id,
                (done, total) -> {
                    job.total(total);
                    job.progress(done, null);
                },
                job::cancelled);
        job.checkpoint("done");
        job.result(
                o.accepted()
                        ? "Đã nhập " + o.rows() + " dòng: " + o.created() + " hồ sơ mới, " + o.updated()
                                + " hồ sơ cập nhật."
                        : "Không nhập: " + o.problems().size()
                                + " lỗi, không có thay đổi nào. Xem chi tiết tại /people/import/" + id);
    }
}

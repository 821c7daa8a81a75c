package vn.tochuc.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.tochuc.web.JobContext;
import vn.tochuc.web.JobHandler;

/**
 * The administrative-unit import as a long job (progress per step, a checkpoint after each committed step,
 * cancel between steps), and at startup when {@code tochuc.org.import-admin-units=true}.
 */
@Component
@Order(5)
class AdminImportJob implements JobHandler, ApplicationRunner {

    static final String KIND = "org.import-admin-units";

    private final AdminUnitImport importer;
    private final Environment env;

    AdminImportJob(AdminUnitImport importer, Environment env) {
        this.importer = importer;
        this.env = env;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(JobContext job) {
        int steps = AdminUnitImport.STEPS.size();
        job.total(steps);
        int start = job.checkpoint() == null ? 0 : Integer.parseInt(job.checkpoint());
        int applied = 0;
        for (int i = start; i < steps && !job.cancelled(); i++) {
            String step = AdminUnitImport.STEPS.get(i);
            job.progress(i, step);
            applied += importer.runStep(step);
            job.checkpoint(Integer.toString(i + 1));
            job.progress(i + 1, step);
        }
        job.result(applied + " sự kiện sắp xếp đơn vị hành chính đã được ghi nhận.");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (env.getProperty("tochuc.org.import-admin-units", Boolean.class, false)) {
            importer.importAll();
        }
    }
}

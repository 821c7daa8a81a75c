/**
 * Evaluation in practice (issue 6): cycles per scope unit, target group and period bound to the rule pack in
 * force; the work-product catalogue with conversion factors; work items assigned, logged and confirmed; and the
 * three-step decision (self-assessment, appraisal, decision) with all three grades kept apart.
 *
 * <p>Tables: {@code appr_cycle}, {@code appr_member} (who is evaluated, with the three grades),
 * {@code appr_product} (danh mục sản phẩm), {@code appr_work_item} (đầu việc), {@code appr_input} (criteria inputs
 * entered at self-assessment, fed to the engine with the work items' figures), {@code appr_calibration} (the
 * committee's keep/lower decisions on HTXSNV candidates above the quota, with reasons; see ADR 8),
 * {@code appr_evidence} (files attached to a self-assessment).
 *
 * <p>Also: periods of a month, quarter, year or term (nhiệm kỳ); opening a cycle for a whole unit from the people
 * roster with planned work items ({@code CyclePopulation}); the collective report (Mẫu 01-style PDF) and the
 * result list in Excel ({@code CycleDocuments}); what waits for the user with deadlines, shown as a badge in the
 * navigation ({@code Waiting}); dashboards with ECharts ({@code Dashboards}, static/js/appraisal.js).
 *
 * <p>Glossary: kỳ đánh giá = evaluation cycle; tự đánh giá = self-assessment; thẩm định / nhận xét = appraisal
 * by the direct head; quyết định xếp loại = decision by the competent authority; đầu việc = work item; sản phẩm
 * quy đổi = converted work product; nguyên nhân khách quan = objective cause; hiệu chỉnh hạn mức = quota
 * calibration; tinh giản biên chế = staff streamlining (EVAL-70); lý luận chính trị = political theory (EVAL-74);
 * nhiệm kỳ = term; minh chứng = evidence; báo cáo kết quả (Mẫu 01) = collective report; việc chờ = waiting work;
 * hạn = deadline.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Appraisal cycles",
        allowedDependencies = {"shared", "web", "audit", "organization", "people", "evaluation"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.appraisal;

/**
 * Evaluation in practice (issue 6): cycles per scope unit, target group and period bound to the rule pack in
 * force; the work-product catalogue with conversion factors; work items assigned, logged and confirmed; and the
 * three-step decision (self-assessment, appraisal, decision) with all three grades kept apart.
 *
 * <p>Tables: {@code appr_cycle}, {@code appr_member} (who is evaluated, with the three grades),
 * {@code appr_product} (danh mục sản phẩm), {@code appr_work_item} (đầu việc), {@code appr_input} (criteria inputs
 * entered at self-assessment, fed to the engine with the work items' figures), {@code appr_calibration} (the
 * committee's keep/lower decisions on HTXSNV candidates above the quota, with reasons; see ADR 8).
 *
 * <p>Glossary: kỳ đánh giá = evaluation cycle; tự đánh giá = self-assessment; thẩm định / nhận xét = appraisal
 * by the direct head; quyết định xếp loại = decision by the competent authority; đầu việc = work item; sản phẩm
 * quy đổi = converted work product; nguyên nhân khách quan = objective cause; hiệu chỉnh hạn mức = quota
 * calibration; tinh giản biên chế = staff streamlining (EVAL-70); lý luận chính trị = political theory (EVAL-74).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Appraisal cycles",
        allowedDependencies = {"shared", "web", "audit", "organization", "people", "evaluation"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.appraisal;

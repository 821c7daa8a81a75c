/**
 * Evaluation in practice (issue 6): cycles per scope unit, target group and period bound to the rule pack in
 * force; the work-product catalogue with conversion factors; work items assigned, logged and confirmed; and the
 * three-step decision (self-assessment, appraisal, decision) with all three grades kept apart.
 *
 * <p>Tables: {@code appr_cycle}, {@code appr_member} (who is evaluated, with the three grades),
 * {@code appr_product} (danh mục sản phẩm), {@code appr_work_item} (đầu việc).
 *
 * <p>Glossary: kỳ đánh giá = evaluation cycle; tự đánh giá = self-assessment; thẩm định / nhận xét = appraisal
 * by the direct head; quyết định xếp loại = decision by the competent authority; đầu việc = work item; sản phẩm
 * quy đổi = converted work product; nguyên nhân khách quan = objective cause.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Appraisal cycles",
        allowedDependencies = {"shared", "web", "audit", "organization", "people", "evaluation"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.appraisal;

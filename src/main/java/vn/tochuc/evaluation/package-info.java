/**
 * Evaluation engine (đánh giá, xếp loại chất lượng): rule packs as versioned, effective-dated data;
 * criteria sets (bộ tiêu chí) per target group with CEL formulas compiled to a fast evaluator; grade
 * determination (domain rules §1.7), quota calibration, grading order, explanations in Vietnamese, and a
 * dry-run API. Independent of the people module: a subject is (id, kind, target group, unit, unit headed,
 * inputs, events).
 *
 * <p>Tables: {@code eval_rule_pack} (pack versions, JSON body), {@code eval_rule} (rules of each version,
 * with source and confidence), {@code eval_result} (score, grade, explanation data and pack version of a
 * subject in a period; the Vietnamese text is rendered on read, ADR 0010), {@code eval_input} (subjects'
 * inputs for batch scoring),
 * {@code eval_decision} (decided grades, every version kept with who, when and why; the canonical JSON of
 * inputs and result is hashed into the audit log, action {@code EVAL_GRADE_DECIDE} / {@code EVAL_GRADE_CHANGE}).
 *
 * <p>Glossary: đánh giá = evaluation; xếp loại = grading; bộ tiêu chí = criteria set; tiêu chí chung =
 * general criteria; kết quả thực hiện nhiệm vụ = task results; tập thể = collective; cá nhân =
 * individual; người đứng đầu = head; hạn mức (tỷ lệ) = quota; cấp có thẩm quyền = deciding authority;
 * HTXSNV / HTTNV / HTNV / KHTNV = the four grades (EVAL-01); sản phẩm quy đổi = converted work product.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Evaluation engine",
        allowedDependencies = {"shared", "web", "audit", "organization"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.evaluation;

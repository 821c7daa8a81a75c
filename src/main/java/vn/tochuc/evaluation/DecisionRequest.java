package vn.tochuc.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A decision of the deciding authority on a subject's grade in a period (EVAL-02). Without {@code grade},
 * the computed grade is decided. A {@code reason} is required to change a decided grade, or to decide a
 * grade other than the computed one.
 */
@Schema(example = """
        {"period": "2025", "subjectId": "CB-001", "grade": "HTNV",
         "reason": "Kết luận kiểm tra ngày 20/12/2025 về chậm tiến độ"}""")
public record DecisionRequest(
        String period,
        String subjectId,
        @Nullable Grade grade,
        @Nullable String reason) {}

package vn.tochuc.evaluation;

/** The score and grade of one subject under one pack version, with its explanation. */
public record EvaluationResult(
        String subjectId,
        Subject.Kind kind,
        String targetGroup,
        long unitId,
        double score,
        Grade grade,
        String packCode,
        int packVersion,
        Explanation explanation) {}

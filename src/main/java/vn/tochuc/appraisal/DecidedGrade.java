package vn.tochuc.appraisal;

import java.time.OffsetDateTime;
import vn.tochuc.evaluation.Grade;

/** A person's decided grade of one year (the yearly review), with the cycle and unit it was decided in. */
public record DecidedGrade(long personId, int year, Grade grade, long unitId, long cycleId, OffsetDateTime decidedAt) {}

package vn.tochuc.appraisal;

/** A catalogue entry: a work product of a job position, its group (A, B, C, D; KPI-04) and conversion factor. */
public record Product(long id, String jobPosition, String code, String name, String workGroup, double factor) {}

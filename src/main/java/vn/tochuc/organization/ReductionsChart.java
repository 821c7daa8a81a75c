package vn.tochuc.organization;

/** Chart data for organization.js, as JSON arrays placed in data attributes (no inline script). */
public record ReductionsChart(String labels, String before, String after) {}

package vn.tochuc.organization;

/** A kind of unit (reference data, table {@code org_kind}): its tree and the level it usually sits at. */
public record OrgKind(String code, String tree, int level, String name, String nameEn) {}

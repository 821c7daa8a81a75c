/**
 * Organization (tổ chức bộ máy): the two trees of units, localities (đơn vị hành chính) and
 * organizations (tổ chức Đảng, cơ quan nhà nước, đoàn thể, đơn vị sự nghiệp), and the unit scope check
 * every module goes through ({@link vn.tochuc.organization.UnitScopes}).
 *
 * <p>Owns the table {@code org_unit}. A unit's {@code path} is the materialized path of ids from its
 * root, so "is X inside the subtree of Y" is a prefix test.
 *
 * <p>Glossary: đơn vị = unit; cấp = level; đầu mối = focal unit; địa bàn = locality; chi bộ = Party cell;
 * đảng bộ = Party organization; sáp nhập = merger; chia tách = split; giải thể = dissolution.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization apparatus",
        allowedDependencies = {"shared", "web", "audit"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.organization;

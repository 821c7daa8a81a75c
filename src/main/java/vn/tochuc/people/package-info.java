/**
 * People (hồ sơ cán bộ): the personnel records of cadres, civil servants and public employees with the fields of
 * Mẫu 2C-BNV/2008 (domain-rules §8.1), their effective-dated work history, search, Excel import and export, the
 * Mẫu 2C résumé as PDF, and a synthetic population generator for the demo and benchmarks.
 *
 * <p>Tables: {@code people_person} (one row per person, with the current unit denormalized from the open main
 * assignment), {@code people_assignment} (quá trình công tác), {@code people_entry} (training, awards,
 * discipline, salary history, family), {@code people_photo}, {@code people_applied_move} (restructuring events
 * already applied), {@code people_import} (uploaded import files and their outcome),
 * {@code people_pending_placement} (chờ bố trí: people whose unit was dissolved without a successor).
 *
 * <p>Listens to the organization module's {@code OrgUnitsMerged}, {@code OrgUnitSplit} and
 * {@code OrgUnitDissolved}: open assignments at a predecessor are closed the day before the change and reopened
 * at the successor, so history is kept and nobody is left in a unit that no longer exists. A dissolution without
 * successor closes the posts and puts the people on the review list "chờ bố trí" until ORG_STAFF transfers them.
 *
 * <p>Name search (ADR 0007): bounded reads of covering indexes, merged and paged in {@code NameSearch}; the count
 * stops at the next thousand past the page.
 *
 * <p>Personal data (Nghị định 13/2023/NĐ-CP): every view of a full record and every export is audit-logged;
 * religion, family, health and discipline details are shown only to ORG_STAFF whose scope covers the person.
 *
 * <p>Glossary: hồ sơ cán bộ = personnel file; sơ yếu lý lịch = résumé (Mẫu 2C); họ / tên đệm / tên = surname /
 * middle name / given name; quê quán = hometown; nơi sinh = birthplace; dân tộc = ethnicity; tôn giáo = religion;
 * CCCD (căn cước công dân) = national ID; số hiệu cán bộ = staff number; lý luận chính trị = political theory;
 * quản lý nhà nước = state management; ngạch = civil-service rank; bậc/hệ số lương = salary step/coefficient;
 * quá trình công tác = work history; kiêm nhiệm = concurrent post; khen thưởng = award; kỷ luật = discipline;
 * quan hệ gia đình = family relations; đào tạo, bồi dưỡng = training; điều động = transfer to another unit;
 * chờ bố trí = awaiting placement; giải thể = dissolution.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People (cadre records)",
        allowedDependencies = {"shared", "web", "audit", "organization"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.people;

/**
 * Organization (tổ chức bộ máy): the two trees of units, localities (đơn vị hành chính) and organizations
 * (tổ chức Đảng, cơ quan nhà nước, đoàn thể, đơn vị sự nghiệp), their history, and the unit scope check every
 * module goes through ({@link vn.tochuc.organization.UnitScopes}).
 *
 * <p><b>Effective dating.</b> {@code org_unit} is a unit's identity and its state as of today, with the
 * materialized path of ids from its root ({@code /1/4/9/}), so "is X inside Y" is a prefix test; paths are
 * recomputed for the subtree when a unit moves, and just after midnight when a dated change comes into force.
 * {@code org_unit_version} holds every version (name, code, kind, level, parent, locality) with its validity
 * [valid_from, valid_to). "As of" lookups ({@link vn.tochuc.organization.OrgDirectory#findAsOf},
 * {@code childrenAsOf}, {@code subtreeAsOf}) read the versions. Kinds and levels are reference data
 * ({@code org_kind}, {@code org_level}).
 *
 * <p><b>Restructuring events</b> ({@code org_event}, {@code org_event_link}): create, rename, move, merge (N→1,
 * into a new or an existing unit), split (1→N), dissolve, change of type, each dated, with its legal basis and
 * predecessor→successor links. A batch is applied atomically in memory with the rules ORG-R1 (no overlapping
 * validity, chronological order), ORG-R2 (no cycles), ORG-R3 (no orphans), ORG-R4 (known codes and kinds),
 * ORG-R5 (a code names one unit at a time), ORG-R6 (a child sits at a lower level), ORG-R7 (the shape of each
 * event type), ORG-R8 (legal basis) and ORG-R9 (only events not yet in force can be withdrawn). Published:
 * {@link vn.tochuc.organization.OrgUnitsMerged}, {@link vn.tochuc.organization.OrgUnitSplit} (also for a unit
 * divided among several merges of one day), {@link vn.tochuc.organization.OrgUnitDissolved},
 * {@link vn.tochuc.organization.OrgEventWithdrawn}. Ids of units and events come in blocks from
 * {@code org_id_alloc} so that bulk batches are written with batched inserts.
 *
 * <p><b>Real data.</b> {@code data/vn-admin} (MIT, see its README) is imported through the same events in three
 * steps: the state of 01/05/2024, the changes up to 01/03/2025, the reform of 01/07/2025 (mapping_2025.csv:
 * communes merged or split into new units, districts dissolved, provinces merged). Idempotent (source keys),
 * as the long job {@code org.import-admin-units} or at startup with {@code tochuc.org.import-admin-units=true}.
 *
 * <p><b>Reading.</b> Localities are reference data readable by every signed-in user; organizations are
 * scope-checked. Forms of any module choose units with the unit picker: the fragment
 * {@code organization/unit_pick_field.jte} (a search box, the chosen units by name, radio buttons or checkboxes of the
 * form's field) and its htmx search {@code /organization/units/pick}, which offers only units in the user's scope, in
 * Vietnamese order, in force on the form's date ({@link vn.tochuc.organization.UnitChoice}; chosen ids shown with
 * {@link vn.tochuc.organization.OrgDirectory#chosen}). Job positions ({@code org_job_position}, JOB-01..05), headcount per year and category
 * ({@code org_headcount}, JOB-06) and the KL 40 targets as a dated rule pack ({@code org_rule_pack}, ORG-09).
 *
 * <p>Glossary: đơn vị = unit; cấp = level; đầu mối = focal unit; địa bàn = locality; chi bộ = Party cell;
 * đảng bộ = Party organization; sáp nhập = merger; hợp nhất = consolidation; chia tách = split; giải thể =
 * dissolution; điều chỉnh trực thuộc = move; căn cứ pháp lý = legal basis; vị trí việc làm = job position;
 * biên chế = headcount; tinh giản biên chế = streamlining.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization apparatus",
        allowedDependencies = {"shared", "web", "audit"})
@org.jspecify.annotations.NullMarked
package vn.tochuc.organization;

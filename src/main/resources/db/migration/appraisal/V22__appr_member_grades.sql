-- Dashboards group a cycle's individuals by unit and decided grade, and a unit's cycles by period and grade:
-- read from this index alone (index-only scans) instead of the wide member rows.
create index appr_member_grades on appr_member (cycle_id, kind, unit_id, decided_grade);

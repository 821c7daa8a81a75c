-- A province's cycle has tens of thousands of members: pages in grading order (collectives first, then by unit,
-- heads after their unit, EVAL-32) and the waiting counts are read from indexes instead of sorting wide rows.
create index appr_member_order on appr_member (cycle_id, kind, unit_id, head_of_unit_id nulls first, id);
create index appr_member_steps on appr_member (cycle_id, self_submitted, appr_grade, decided_grade, unit_id);

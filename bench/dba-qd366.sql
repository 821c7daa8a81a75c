-- The scoring of QĐ 366 (pack QD366 v1) as the single statement a DBA would write: item scores from the
-- inputs, group caps, score bands (EVAL-14..17), the conditions of each grade bottom-up (§1.7 b),
-- disqualifying events (EVAL-31), the head cap (EVAL-32/36) and the quota step (EVAL-18: rank of each
-- HTXSNV candidate against floor(20% x HTTNV) per unit and target group). No explanations.
-- Grades as numbers: 0 KHTNV, 1 HTNV, 2 HTTNV, 3 HTXSNV.
insert into eval_result_dba (period, subject_id, unit_id, target_group, score, grade, quota_within)
with v as (
    -- one parse of each subject's JSON inputs into typed columns (a pivot of its item inputs)
    select i.subject_id, i.unit_id, i.subject_kind, i.target_group, i.head_of_unit_id, i.events,
           r."tasksCompletedPct" as done, r."tasksOnTimePct" as ontime, r."tasksExceededPct" as exceeded,
           r."lateTasksPct" as late, r."shortcomingsFixedPct" as fixed,
           coalesce(r."ledUnitsCompletedPct", 0) as led, coalesce(r."subordinatesDisciplined", 0) as subdisc,
           least(30, r."chinhTri" + r."tuPheBinh" + coalesce(r."daoDuc", 0) + coalesce(r."neuGuong", 0)
               + coalesce(r."doiMoi", 0) + coalesce(r."doanKet", 0) + coalesce(r."kiemTra", 0)
               + coalesce(r."phongChong", 0)) as general
    from eval_input i
    cross join lateral jsonb_to_record(i.inputs::jsonb) as r("chinhTri" float8, "daoDuc" float8,
        "neuGuong" float8, "doiMoi" float8, "tuPheBinh" float8, "doanKet" float8, "kiemTra" float8,
        "phongChong" float8, "tasksCompletedPct" float8, "tasksOnTimePct" float8, "tasksExceededPct" float8,
        "lateTasksPct" float8, "shortcomingsFixedPct" float8, "ledUnitsCompletedPct" float8,
        "subordinatesDisciplined" float8)
    where i.period = :period
), s as (
    select v.*,
           round(least(100, general + least(70, case when target_group = 'LANH_DAO'
               then 20 * done / 100 + 15 * ontime / 100 + least(10, 10 * exceeded / 30) + 15 * led / 100
                    + 10 * fixed / 100
               else 30 * done / 100 + 20 * ontime / 100 + least(10, 10 * exceeded / 30) + 10 * fixed / 100
           end))::numeric, 2) as score
    from v
), g as (
    select s.*,
           case when events <> '' then 0 else least(
               case when score >= 90 then 3 when score >= 70 then 2 when score >= 50 then 1 else 0 end,
               case when not (done >= 100 and late <= 20) then 0
                    when not (ontime >= 100 and (target_group <> 'LANH_DAO' or led >= 100)) then 1
                    when not (ontime >= 100 and exceeded >= 30 and fixed >= 100
                              and (target_group <> 'TAP_THE' or subdisc = 0)
                              and (target_group <> 'LANH_DAO' or led >= 100)) then 2
                    else 3 end) end as own
    from s
), h as (
    select g.*, case when g.head_of_unit_id is null then g.own else least(g.own, c.own) end as grade
    from g left join g c on c.unit_id = g.head_of_unit_id and c.subject_kind = 'COLLECTIVE'
), q as (
    select h.*,
           case when subject_kind = 'INDIVIDUAL' and grade = 3 then
               row_number() over (partition by unit_id, target_group, subject_kind, grade = 3
                                  order by score desc, subject_id)
               <= floor(0.2 * count(*) filter (where grade = 2)
                          over (partition by unit_id, target_group, subject_kind)) end as quota_within
    from h
)
select :period, subject_id, unit_id, target_group, score,
       case grade when 3 then 'HTXSNV' when 2 then 'HTTNV' when 1 then 'HTNV' else 'KHTNV' end, quota_within
from q

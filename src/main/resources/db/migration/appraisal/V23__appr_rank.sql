-- The engine's score and peer group of an individual as appraised (step 2, EVAL-02): what the HTXSNV quota
-- ranks by (EVAL-18, §1.7 point 2). Recorded with each appraisal so that the calibration screen of a province's
-- cycle reads ranks instead of re-scoring every member. A null score: the engine could not score (inputs
-- missing); the self-assessed score ranks instead.
create table appr_rank (
    member_id   bigint        not null primary key references appr_member (id),
    cycle_id    bigint        not null references appr_cycle (id),
    peer_group  varchar(60)   not null,
    score       numeric(9, 3)
);
create index appr_rank_cycle on appr_rank (cycle_id);

-- JOB-06 (actuals vs quota): the people in post of a year and category may not exceed the posts assigned
-- (biên chế được giao) by more than max_over_pct percent; 0 = never above the quota. Refused on entry with the
-- rule's basis. The principle predates the records kept here, hence the early valid_from.
create table org_headcount_rule (
    rule_id       varchar(20)  not null,
    basis         varchar(160) not null,
    valid_from    date         not null,
    valid_to      date,
    max_over_pct  numeric(5,2) not null,
    constraint org_headcount_rule_pk primary key (rule_id, valid_from)
);
insert into org_headcount_rule (rule_id, basis, valid_from, valid_to, max_over_pct) values
    ('JOB-06', 'Số có mặt không vượt biên chế, số lượng người làm việc được giao', DATE '2000-01-01', null, 0.00);

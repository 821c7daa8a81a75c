-- Name search without big counts or big sorts (issue 4, ADR 0007 addendum). given_word is the folded given name
-- (first word of given_folded): within one given word, (given_word, sort_key) is already in official order,
-- so the people called "Hùng"/"Hưng" are read 50 at a time instead of sorting 40,000. The other indexes carry
-- the columns a search filters on (unit, both folded forms), so walks and counts are index-only.
alter table people_person add column given_word varchar(60) default '' not null;
update people_person set given_word = case when position(' ' in given_folded) > 0
    then substring(given_folded from 1 for position(' ' in given_folded) - 1) else given_folded end;

drop index people_person_given;
drop index people_person_name;
drop index people_person_sort;
drop index people_person_unit_sort;
create index people_person_given on people_person (given_word, sort_key, id, current_unit_id, given_folded, name_folded);
create index people_person_name on people_person (name_folded, sort_key, id, current_unit_id);
create index people_person_sort on people_person (sort_key, id, current_unit_id, name_folded, given_folded);
create index people_person_unit_sort on people_person (current_unit_id, sort_key, id, name_folded, given_folded);

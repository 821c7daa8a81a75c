-- The person record (people module) an account belongs to: "my record" for self-service. No foreign key
-- across modules; at most one account per person.
alter table idn_user add column person_id bigint;
create unique index idn_user_person on idn_user (person_id);

-- Issue 12, point 3: the highest professional qualification (item 15.2 of Mẫu 2C) as a code (Levels.Professional),
-- so that rules compare levels (EVAL-74: "từ cao đẳng trở lên") instead of matching words in free text. The text
-- column stays, written from the code's Vietnamese name from now on. Old text is mapped by the diploma words it
-- holds, highest level first; the patterns skip the first letter so that both "Đại học" and "đại học" match on any
-- database collation. What could not be mapped is listed in people_level_unmapped for the officers to correct.
alter table people_person add column professional_code varchar(12) default 'NONE' not null;

update people_person set professional_code = case
    when professional_level like '%iến sĩ%' or professional_level like '%iến sỹ%' or lower(professional_level) like '%tien si%'
        then 'TIEN_SI'
    when professional_level like '%hạc sĩ%' or professional_level like '%hạc sỹ%' or lower(professional_level) like '%thac si%'
        then 'THAC_SI'
    when professional_level like '%ại học%' or professional_level like '%ử nhân%' or professional_level like '%ỹ sư%'
        or professional_level like '%ác sĩ%' or professional_level like '%ược sĩ%' or lower(professional_level) like '%dai hoc%'
        or lower(professional_level) like '%cu nhan%' or lower(professional_level) like '%ky su%'
        then 'DAI_HOC'
    when professional_level like '%ao đẳng%' or lower(professional_level) like '%cao dang%'
        then 'CAO_DANG'
    when professional_level like '%rung cấp%' or lower(professional_level) like '%trung cap%'
        then 'TRUNG_CAP'
    when professional_level like '%ơ cấp%' or lower(professional_level) like '%so cap%'
        then 'SO_CAP'
    else 'NONE'
end
where professional_level is not null and trim(professional_level) <> '';

-- The values that said something the list does not know (not blank, not "chưa qua đào tạo"/"không").
create table people_level_unmapped (
    person_id   bigint       not null references people_person (id),
    field_name  varchar(40)  not null,
    raw_value   varchar(255) not null,
    primary key (person_id, field_name)
);

insert into people_level_unmapped (person_id, field_name, raw_value)
select id, 'professional_level', professional_level from people_person
where professional_code = 'NONE' and professional_level is not null and trim(professional_level) <> ''
    and professional_level not like '%hưa qua%' and trim(professional_level) not in ('Không', 'không', 'Khong', 'khong');

create index people_person_professional on people_person (professional_code);

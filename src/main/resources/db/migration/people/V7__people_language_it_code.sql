-- Issue 12, point 3: the foreign-language and IT levels (items 15.5 and 15.6 of Mẫu 2C) as codes, like the
-- professional level in V6. The foreign-language level is a step of the 6-level framework for Vietnam (Thông tư
-- 01/2014/TT-BGDĐT: bậc 1–6, CEFR A1–C2; Levels.ForeignLanguage) and the language itself goes to language_name
-- ("Tiếng Anh"), so the record still says which language. The IT level is basic or advanced by the IT skills
-- standard (Thông tư 03/2014/TT-BTTTT; Levels.It). The text columns stay, written from the code's Vietnamese name
-- from now on.
-- As in V6, the patterns skip the first letter ("ậc 3" for both "Bậc 3" and "bậc 3") and never rely on lower() or
-- upper() of a Vietnamese letter, so they match on any database collation; lower() is only used for unaccented text.
-- The old certificates A, B, C ("Tiếng Anh B") are equivalent to no step by law and stay unmapped.
alter table people_person add column language_code varchar(12) default 'NONE' not null;
alter table people_person add column language_name varchar(60);
alter table people_person add column it_code varchar(12) default 'NONE' not null;

-- The step: "bậc N" / "bac N", or the CEFR level (A1 … C2); the highest first.
update people_person set language_code = case
    when foreign_language like '%ậc 6%' or lower(foreign_language) like '%bac 6%'
        or foreign_language like '%C2%' or foreign_language like '%c2%' then 'BAC_6'
    when foreign_language like '%ậc 5%' or lower(foreign_language) like '%bac 5%'
        or foreign_language like '%C1%' or foreign_language like '%c1%' then 'BAC_5'
    when foreign_language like '%ậc 4%' or lower(foreign_language) like '%bac 4%'
        or foreign_language like '%B2%' or foreign_language like '%b2%' then 'BAC_4'
    when foreign_language like '%ậc 3%' or lower(foreign_language) like '%bac 3%'
        or foreign_language like '%B1%' or foreign_language like '%b1%' then 'BAC_3'
    when foreign_language like '%ậc 2%' or lower(foreign_language) like '%bac 2%'
        or foreign_language like '%A2%' or foreign_language like '%a2%' then 'BAC_2'
    when foreign_language like '%ậc 1%' or lower(foreign_language) like '%bac 1%'
        or foreign_language like '%A1%' or foreign_language like '%a1%' then 'BAC_1'
    else 'NONE'
end,
language_name = case
    when foreign_language like '%iếng Anh%' or foreign_language like '%iếng anh%' or foreign_language like '%nh văn%'
        or foreign_language like 'Anh %' or foreign_language like 'anh %' or lower(foreign_language) like '%tieng anh%'
        or lower(foreign_language) like '%anh van%' or lower(foreign_language) like '%english%'
        or lower(foreign_language) like '%ielts%' or lower(foreign_language) like '%toeic%'
        or lower(foreign_language) like '%toefl%'
        then 'Tiếng Anh'
    when foreign_language like '%iếng Pháp%' or foreign_language like '%iếng pháp%' or foreign_language like '%háp văn%'
        or lower(foreign_language) like '%tieng phap%' or lower(foreign_language) like '%phap van%'
        or lower(foreign_language) like '%french%' or lower(foreign_language) like '%delf%'
        then 'Tiếng Pháp'
    when foreign_language like '%iếng Nga%' or foreign_language like '%iếng nga%' or lower(foreign_language) like '%tieng nga%'
        or lower(foreign_language) like '%russian%'
        then 'Tiếng Nga'
    when foreign_language like '%iếng Trung%' or foreign_language like '%iếng trung%' or foreign_language like '%iếng Hoa%'
        or foreign_language like '%iếng hoa%' or foreign_language like '%rung văn%'
        or lower(foreign_language) like '%tieng trung%' or lower(foreign_language) like '%tieng hoa%'
        or lower(foreign_language) like '%trung van%' or lower(foreign_language) like '%chinese%'
        or lower(foreign_language) like '%hsk%'
        then 'Tiếng Trung'
    when foreign_language like '%iếng Đức%' or foreign_language like '%iếng đức%' or lower(foreign_language) like '%tieng duc%'
        or lower(foreign_language) like '%german%'
        then 'Tiếng Đức'
    when foreign_language like '%iếng Nhật%' or foreign_language like '%iếng nhật%'
        or lower(foreign_language) like '%tieng nhat%' or lower(foreign_language) like '%japanese%'
        then 'Tiếng Nhật'
    when foreign_language like '%iếng Hàn%' or foreign_language like '%iếng hàn%' or lower(foreign_language) like '%tieng han%'
        or lower(foreign_language) like '%korean%'
        then 'Tiếng Hàn'
    when foreign_language like '%iếng Lào%' or foreign_language like '%iếng lào%' or lower(foreign_language) like '%tieng lao%'
        then 'Tiếng Lào'
    when lower(foreign_language) like '%khmer%'
        then 'Tiếng Khmer'
    when foreign_language like '%ây Ban Nha%' or foreign_language like '%ây ban nha%'
        or lower(foreign_language) like '%tay ban nha%' or lower(foreign_language) like '%spanish%'
        then 'Tiếng Tây Ban Nha'
    when foreign_language like '%iếng Thái%' or foreign_language like '%iếng thái%'
        or lower(foreign_language) like '%tieng thai%'
        then 'Tiếng Thái'
end
where foreign_language is not null and trim(foreign_language) <> '';

update people_person set it_code = case
    when it_level like '%âng cao%' or lower(it_level) like '%nang cao%' then 'NANG_CAO'
    when it_level like '%ơ bản%' or lower(it_level) like '%co ban%' then 'CO_BAN'
    else 'NONE'
end
where it_level is not null and trim(it_level) <> '';

-- Listed for the officers (people_level_unmapped of V6): a language text whose step or language was not found
-- (so "Tiếng Anh B" and a bare "B1" are both listed, with the text as it was), and an IT text that says neither
-- basic nor advanced; blank values and "không"/"chưa …" are not listed.
insert into people_level_unmapped (person_id, field_name, raw_value)
select id, 'foreign_language', foreign_language from people_person
where (language_code = 'NONE' or language_name is null)
    and foreign_language is not null and trim(foreign_language) <> ''
    and foreign_language not like '%hưa %' and trim(foreign_language) not in ('Không', 'không', 'Khong', 'khong');

insert into people_level_unmapped (person_id, field_name, raw_value)
select id, 'it_level', it_level from people_person
where it_code = 'NONE' and it_level is not null and trim(it_level) <> ''
    and it_level not like '%hưa %' and trim(it_level) not in ('Không', 'không', 'Khong', 'khong');

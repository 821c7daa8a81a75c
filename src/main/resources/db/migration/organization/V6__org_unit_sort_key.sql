-- Units are listed in Vietnamese dictionary order (syllable by syllable, ICU vi collation), not by the name
-- with its accents stripped: sort_key is VietnameseCollator.sortKey(name), a binary key whose unsigned order is
-- that order, so a paged list sorts in SQL the same way on H2 and PostgreSQL. Rows written before this
-- migration get their key from OrgSortKeys at start-up.
alter table org_unit add column sort_key bytea;
alter table org_unit_version add column sort_key bytea;

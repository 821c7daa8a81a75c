-- Levels and kinds are reference data (issue 3), not enums in code. Names are Vietnamese (the default)
-- with an English label for the English interface.
insert into org_level (tree, level_no, name, name_en) values
    ('LOCALITY', 1, 'Cấp tỉnh', 'Province level'),
    ('LOCALITY', 2, 'Cấp huyện', 'District level'),
    ('LOCALITY', 3, 'Cấp xã', 'Commune level'),
    ('ORGANIZATION', 1, 'Cấp tỉnh', 'Province level'),
    ('ORGANIZATION', 2, 'Cấp huyện', 'District level'),
    ('ORGANIZATION', 3, 'Cấp xã', 'Commune level'),
    ('ORGANIZATION', 4, 'Cơ sở trực thuộc', 'Grassroots unit');

insert into org_kind (code, tree, level_no, name, name_en, sort_no) values
    ('TP_TW', 'LOCALITY', 1, 'Thành phố trực thuộc trung ương', 'Centrally-run city', 1),
    ('TINH', 'LOCALITY', 1, 'Tỉnh', 'Province', 2),
    ('QUAN', 'LOCALITY', 2, 'Quận', 'Urban district', 3),
    ('HUYEN', 'LOCALITY', 2, 'Huyện', 'Rural district', 4),
    ('THI_XA', 'LOCALITY', 2, 'Thị xã', 'District-level town', 5),
    ('TP_THUOC_TINH', 'LOCALITY', 2, 'Thành phố thuộc tỉnh', 'Provincial city', 6),
    ('TP_THUOC_TP', 'LOCALITY', 2, 'Thành phố thuộc thành phố trực thuộc trung ương', 'City within a centrally-run city', 7),
    ('PHUONG', 'LOCALITY', 3, 'Phường', 'Ward', 8),
    ('XA', 'LOCALITY', 3, 'Xã', 'Commune', 9),
    ('THI_TRAN', 'LOCALITY', 3, 'Thị trấn', 'Township', 10),
    ('DAC_KHU', 'LOCALITY', 3, 'Đặc khu', 'Special zone', 11),
    ('DANG_BO_TINH', 'ORGANIZATION', 1, 'Đảng bộ tỉnh', 'Provincial Party organization', 20),
    ('BAN_DANG', 'ORGANIZATION', 1, 'Ban của Tỉnh ủy', 'Provincial Party commission', 21),
    ('UBND_TINH', 'ORGANIZATION', 1, 'Ủy ban nhân dân tỉnh', 'Provincial People''s Committee', 22),
    ('SO', 'ORGANIZATION', 1, 'Sở, cơ quan chuyên môn', 'Provincial department', 23),
    ('DOAN_THE', 'ORGANIZATION', 1, 'Mặt trận, đoàn thể', 'Front and mass organization', 24),
    ('DVSN', 'ORGANIZATION', 1, 'Đơn vị sự nghiệp công lập', 'Public service unit', 25),
    ('DANG_BO_HUYEN', 'ORGANIZATION', 2, 'Đảng bộ huyện, thị xã, thành phố', 'District Party organization', 26),
    ('DANG_BO_XA', 'ORGANIZATION', 3, 'Đảng bộ xã, phường, đặc khu', 'Commune Party organization', 27),
    ('UBND_XA', 'ORGANIZATION', 3, 'Ủy ban nhân dân xã, phường', 'Commune People''s Committee', 28),
    ('CHI_BO', 'ORGANIZATION', 4, 'Chi bộ', 'Party cell', 29);

update org_unit set level_no = (select k.level_no from org_kind k where k.code = org_unit.kind);
update org_unit set level_no = 1 where level_no is null;
update org_unit_version set level_no = (select k.level_no from org_kind k where k.code = org_unit_version.kind)
where exists (select 1 from org_kind k where k.code = org_unit_version.kind);

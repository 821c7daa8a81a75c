-- Baseline shared by all modules. Each module keeps its own tables under db/migration/<module>/.
select 1;

-- Every area a record belongs to: its own, or every area a partnership's arrangements cover, so
-- the partners of each covered area can see it. Existing records belong to their own area only.
alter table records add column areas text[];
update records set areas = array[area];
alter table records alter column areas set not null;
create index records_areas on records using gin (areas);

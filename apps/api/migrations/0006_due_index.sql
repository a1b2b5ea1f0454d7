-- The due index (src/records/due-index.ts): every open action of every record, for each audience
-- that sees it (the partners of an area, the Panel, admins), worked out when records change, so
-- /v1/due reads a page of it. A row is kept per area; the Panel and admins read the rows marked for
-- them (most cases look alike to everyone, so one row serves all three).
create table due_items (
  audience text not null,
  due_date date not null,
  record_id uuid not null,
  duty text not null,
  record_type text not null,
  area text not null,
  for_admin boolean not null,
  for_panel boolean not null,
  primary key (audience, due_date, record_id, duty)
);
create index due_items_record on due_items (record_id);
create index due_items_admin on due_items (due_date, record_id, duty) where for_admin;
create index due_items_panel on due_items (due_date, record_id, duty) where for_panel;

-- Records whose answer changes with the date alone (a date entered ahead of time, an edition coming
-- in), and the day it does.
create table due_refresh (
  record_id uuid primary key,
  refresh_on date not null
);
create index due_refresh_on on due_refresh (refresh_on);

-- What the index was worked out with (catalogue, editions, bank holidays); another release with other
-- data rebuilds it at start. Empty until the first build, so existing databases are indexed then.
create table due_index_state (
  singleton boolean primary key default true check (singleton),
  fingerprint text not null,
  built_at timestamptz not null
);

-- The audit log becomes a Merkle tree log, as Certificate Transparency logs are (RFC 9162; Trillian).
-- The hash chain made every request take one lock to read the last hash. Now each event takes the
-- next position from a sequence, with nothing shared between requests; a sealer (one at a time
-- across replicas) adds committed events to a Merkle tree in position order and signs checkpoints
-- of it with a key kept outside the database (see src/audit/audit-sealer.ts). Events logged under
-- the chain are sealed into the tree, in their order, by the first sealer to run.
alter table audit_events drop column prev_hash, drop column hash;
alter table audit_events add column request_id text, add column record_ids text[] not null default '{}';

create sequence audit_events_seq as bigint;
select setval('audit_events_seq', coalesce((select max(seq) from audit_events), 0) + 1, false);

-- Every event's position comes from here, whatever the insert says. The transaction takes its id
-- first: a position is then never held by a transaction younger than the sealer's barrier, which is
-- what lets the sealer tell a gap that may still fill from one that never will.
create function audit_events_take_position() returns trigger language plpgsql as $$
begin
  perform pg_current_xact_id();
  new.seq := nextval('audit_events_seq');
  return new;
end;
$$;
create trigger audit_events_position before insert on audit_events
  for each row execute function audit_events_take_position();

-- The sealed log: which event is at which position of the tree, and its leaf hash (RFC 9162 §2.1.1).
-- No foreign key to audit_events: the log must be able to say an event was deleted.
create table audit_leaves (
  leaf_index bigint primary key,
  seq bigint not null unique,
  leaf_hash bytea not null
);

-- Signed checkpoints of the tree (C2SP tlog-checkpoint: origin, size, root; time and the last
-- position sealed as extension lines). The frontier is the sealer's working state (the roots of the
-- tree's complete subtrees), not signed and never trusted by verification.
create table audit_checkpoints (
  tree_size bigint primary key,
  last_seq bigint not null,
  root_hash bytea not null,
  signed_at timestamptz not null,
  key_id text not null,
  signature bytea not null,
  frontier bytea[] not null
);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger audit_events_no_truncate before truncate on audit_events
  for each statement execute function refuse_audit_change();
create trigger audit_leaves_append_only before update or delete on audit_leaves
  for each row execute function refuse_audit_change();
create trigger audit_leaves_no_truncate before truncate on audit_leaves
  for each statement execute function refuse_audit_change();
create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints
  for each row execute function refuse_audit_change();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
  for each statement execute function refuse_audit_change();

-- Least privilege for the role the API runs as (the owner runs the migrations): it may read and
-- insert into the audit tables but never change or remove a row of them, and it may not change the
-- schema. Granted by `safeguarding-api migrate --api-role NAME`, and again to that role by every
-- later migrate, so tables added later are covered.
create function grant_api_role(api_role name) returns void language plpgsql as $$
declare
  t record;
begin
  execute format('grant usage on schema public to %I', api_role);
  for t in select tablename from pg_tables where schemaname = 'public' loop
    if t.tablename like 'audit\_%' then
      execute format('revoke all on table %I from %I', t.tablename, api_role);
      execute format('grant select, insert on table %I to %I', t.tablename, api_role);
    elsif t.tablename = 'schema_migrations' then
      execute format('grant select on table %I to %I', t.tablename, api_role);
    else
      execute format('grant select, insert, update, delete on table %I to %I', t.tablename, api_role);
    end if;
  end loop;
  execute format('grant usage, select on all sequences in schema public to %I', api_role);
end;
$$;

-- Records of every type: the validated body as jsonb, with the columns we filter, sort and lock on.
create table records (
  seq bigint generated always as identity unique,
  id uuid primary key,
  type text not null,
  area text not null,
  version integer not null check (version >= 1),
  body jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index records_type_area_seq on records (type, area, seq);

-- Bearer tokens. Only the SHA-256 of the token is kept, so a copy of the database cannot be used to call the API.
create table api_tokens (
  id text primary key,
  token_hash text not null unique,
  role text not null check (role in ('partner', 'panel', 'auditor', 'admin')),
  areas text[] not null,
  created_at timestamptz not null,
  revoked_at timestamptz
);

-- Idempotency keys, per token, written in the same transaction as the record they created.
create table idempotency_keys (
  token_id text not null references api_tokens (id),
  key text not null,
  request_hash text not null,
  status integer not null,
  response jsonb not null,
  record_id uuid references records (id),
  created_at timestamptz not null,
  primary key (token_id, key)
);

-- Append-only audit log: each event carries the hash of the previous one, so an edit breaks the chain.
create table audit_events (
  seq bigint primary key,
  at timestamptz not null,
  token_id text,
  action text not null,
  record_type text,
  record_id uuid,
  outcome text not null,
  prev_hash text not null,
  hash text not null
);

create function audit_events_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only';
end;
$$;
create trigger audit_events_no_update before update or delete on audit_events
  for each row execute function audit_events_append_only();

-- Tokens may expire (token create --expires); a token past its expiry is refused like a revoked one.
alter table api_tokens add column expires_at timestamptz;

-- Idempotency keys expire after 24 hours and their stored responses go with them; this index lets
-- the expired ones be found and deleted without reading the rest.
create index idempotency_keys_created_at on idempotency_keys (created_at);

-- A stored response is only ever handed back whole, never queried inside: keep it as the JSON text it
-- was (json), not parsed into jsonb on every create.
alter table idempotency_keys alter column response type json using response::json;

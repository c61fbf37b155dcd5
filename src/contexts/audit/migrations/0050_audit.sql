-- Who changed what, when, why, and what it was before and after. Written in the
-- same transaction as the change it records; never updated or deleted.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_kind text not null check (actor_kind in ('client', 'staff', 'system')),
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb,
  reason text,
  request_id text
);
create index audit_log_entity on audit_log (entity, entity_id, at);
create index audit_log_actor on audit_log (actor_id, at);
create index audit_log_at on audit_log (at);

-- The outbox: a message to a client is written in the same transaction as the
-- change that causes it (request processed, payment received, ...), so it is never
-- lost and never sent for a change that rolled back. The dispatcher turns each row
-- into one delivery per channel the client can be reached by.
create table outbox_messages (
  id uuid primary key default gen_random_uuid(),
  topic text not null,
  client_id uuid,
  -- For messages to an address that is not (yet) a client's contact, e.g. a password reset.
  email text,
  request_id uuid,
  order_id uuid,
  booking_number text,
  data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  -- Set when the dispatcher has planned the deliveries for every channel.
  fanned_out_at timestamptz
);
create index outbox_messages_pending on outbox_messages (created_at) where fanned_out_at is null;
create index outbox_messages_client on outbox_messages (client_id, created_at);
create index outbox_messages_order on outbox_messages (order_id);

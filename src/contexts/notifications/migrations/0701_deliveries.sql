-- Deliveries: what the dispatcher makes of an outbox message, one row per channel it
-- goes by, with every attempt's outcome (the delivery log staff read). Subscriptions:
-- a client's opt-ins to broadcast topics per channel. Broadcasts: a manager's messages
-- to many clients. Times are written by the application from its clock (tests fix it).

-- A broadcast puts one outbox row per recipient; this keeps a resumed send from
-- queueing anyone twice.
alter table outbox_messages add column broadcast_id uuid;
-- Why a message got no delivery at all (no contact, opted out, client disabled).
alter table outbox_messages add column fan_out_note text;
create unique index outbox_messages_broadcast_client on outbox_messages (broadcast_id, client_id) where broadcast_id is not null;

create table deliveries (
  id uuid primary key default gen_random_uuid(),
  message_id uuid not null references outbox_messages(id),
  channel text not null check (channel in ('email', 'sms', 'vkteams', 'telegram')),
  -- Email address, E.164 phone or chat id: personal data, never logged.
  recipient text not null,
  -- Copied from the message so the log can be read per client, order and broadcast.
  topic text not null,
  client_id uuid,
  order_id uuid,
  booking_number text,
  broadcast_id uuid,
  lang text not null check (lang in ('ru', 'en')),
  -- Rendered when the delivery is planned: the log shows exactly what went out, and a
  -- retry sends the same words even if a template changes meanwhile.
  subject text not null,
  body_text text not null,
  body_html text,
  status text not null default 'pending' check (status in ('pending', 'sending', 'delivered', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null,
  -- While 'sending': the attempt belongs to one dispatcher until then; after it, another
  -- takes it over (the first one crashed or hung).
  lease_until timestamptz,
  last_error text,
  provider_id text,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  delivered_at timestamptz,
  failed_at timestamptz,
  -- SMS only: what the operator's receipts say about the handset (all parts of a long text).
  receipt_state text,
  receipt_at timestamptz,
  unique (message_id, channel),
  check ((status = 'sending') = (lease_until is not null)),
  check ((status = 'delivered') = (delivered_at is not null)),
  check ((status = 'failed') = (failed_at is not null))
);
create index deliveries_due on deliveries (next_attempt_at) where status = 'pending';
create index deliveries_leased on deliveries (lease_until) where status = 'sending';
create index deliveries_client on deliveries (client_id, created_at);
create index deliveries_order on deliveries (order_id) where order_id is not null;
create index deliveries_booking_number on deliveries (booking_number) where booking_number is not null;
create index deliveries_broadcast on deliveries (broadcast_id, status, channel) where broadcast_id is not null;

-- One row per SMS part the SMSC accepted: receipts name a part's message_id, and may
-- arrive before the delivery that sent it is recorded (then delivery_id is filled later).
create table sms_parts (
  smsc_message_id text primary key,
  delivery_id uuid references deliveries(id),
  part_no integer,
  state text check (state in ('enroute', 'delivered', 'expired', 'deleted', 'undeliverable', 'accepted', 'unknown', 'rejected', 'skipped')),
  receipt_at timestamptz
);
create index sms_parts_delivery on sms_parts (delivery_id);

-- Answers clients send by SMS ("ДА AB23CX") and what came of them.
create table inbound_sms (
  id uuid primary key default gen_random_uuid(),
  from_phone text not null,
  text text not null,
  received_at timestamptz not null,
  outcome text not null check (outcome in ('confirmed', 'already_confirmed', 'not_understood', 'order_not_found', 'refused')),
  booking_number text,
  order_id uuid,
  client_id uuid,
  detail text
);
create index inbound_sms_order on inbound_sms (order_id) where order_id is not null;
create index inbound_sms_client on inbound_sms (client_id, received_at) where client_id is not null;

-- No row: the default from the client's registration choices (identity's news flag and
-- channels). A row: the client's own later choice for that topic on that channel.
create table subscriptions (
  client_id uuid not null,
  topic text not null check (topic in ('news', 'schedule', 'sales_start', 'price_changes')),
  channel text not null check (channel in ('email', 'sms', 'messenger')),
  opted_in boolean not null,
  changed_at timestamptz not null,
  changed_via text not null check (changed_via in ('preferences', 'unsubscribe_link')),
  primary key (client_id, topic, channel)
);

create table broadcasts (
  id uuid primary key default gen_random_uuid(),
  topic text not null check (topic in ('news', 'schedule', 'sales_start', 'price_changes')),
  subject_ru text not null,
  body_ru text not null,
  subject_en text not null,
  body_en text not null,
  -- {"kind":"all"} | {"kind":"individuals"} | {"kind":"corporate","organizationId":...}
  audience jsonb not null,
  status text not null default 'draft' check (status in ('draft', 'sending', 'sent')),
  created_by uuid not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  send_started_at timestamptz,
  sent_by uuid,
  -- Queueing goes through the clients in id order; a crash resumes after the last one seen.
  recipient_cursor uuid,
  recipients integer not null default 0 check (recipients >= 0),
  -- Every recipient queued; then 'sent' once every delivery is final.
  enqueued_at timestamptz,
  sent_at timestamptz
);
create index broadcasts_unfinished on broadcasts (status) where status = 'sending';

-- What each dispatching process reports about its channels (the staff channel page):
-- configured or not, where it sends, and the last success and error.
create table channel_states (
  channel text primary key check (channel in ('email', 'sms', 'vkteams', 'telegram')),
  configured boolean not null,
  description text not null,
  reported_at timestamptz not null,
  last_delivered_at timestamptz,
  last_error text,
  last_error_at timestamptz
);

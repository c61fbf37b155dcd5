-- Requests, orders and tickets (seed 001). A request is what a client asks for; once
-- processed it forms an order with the same booking number; the order's tickets carry
-- the price frozen at that moment. Every status change is in status_history.

create table requests (
  id uuid primary key default gen_random_uuid(),
  booking_number text not null unique,
  client_id uuid not null,
  status text not null default 'not_processed'
    check (status in ('not_processed', 'in_processing', 'rejected', 'processed')),
  -- A retry of a submission with the same key returns the first result.
  idempotency_key text,
  currency char(3) not null default 'RUB',
  total_minor bigint not null default 0 check (total_minor >= 0),
  -- The inventory hold of the request's seats, places and units, and when it lapses.
  hold_id uuid not null,
  held_until timestamptz not null,
  -- The operator who took it into processing.
  assigned_to uuid,
  reason text,
  contract_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (client_id, idempotency_key)
);
create index requests_client on requests (client_id, created_at desc);
create index requests_status on requests (status, created_at);
create index requests_hold_expiry on requests (held_until) where status in ('not_processed', 'in_processing');

create table request_lines (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references requests(id) on delete cascade,
  line_no integer not null,
  -- What the client asked for, as sent (validated): event, zone, seats, quantity, service options.
  event_id uuid,
  service_id uuid,
  zone_id uuid,
  seat_ids uuid[] not null default '{}',
  quantity integer not null check (quantity > 0),
  choice jsonb not null default '{}',
  -- The line as priced: unit price, amount and the factors (pricing's snapshot).
  priced jsonb not null,
  amount_minor bigint not null check (amount_minor >= 0),
  status text not null default 'active' check (status in ('active', 'refused')),
  refused_reason text,
  unique (request_id, line_no)
);

create table orders (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null unique references requests(id),
  booking_number text not null unique,
  client_id uuid not null,
  status text not null default 'formed'
    check (status in ('formed', 'processed', 'partially_issued', 'issued', 'returned', 'cancelled')),
  currency char(3) not null default 'RUB',
  total_minor bigint not null check (total_minor >= 0),
  -- Derived from payments; kept here so lists can filter without summing.
  paid_minor bigint not null default 0,
  payment_status text not null default 'unpaid' check (payment_status in ('unpaid', 'partially_paid', 'paid')),
  confirm_deadline timestamptz,
  confirmed_at timestamptz,
  contract_id uuid,
  reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index orders_client on orders (client_id, created_at desc);
create index orders_status on orders (status, created_at);
create index orders_confirm_deadline on orders (confirm_deadline) where status = 'formed';

create table tickets (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null references orders(id),
  request_line_id uuid references request_lines(id),
  -- What is printed as a QR code and scanned at the entrance; unguessable.
  code text not null unique,
  event_id uuid,
  service_id uuid,
  zone_id uuid,
  seat_id uuid,
  place_no integer,
  unit_no integer,
  -- The price frozen when the order was formed: never recomputed, refunded as is.
  price_minor bigint not null check (price_minor >= 0),
  currency char(3) not null default 'RUB',
  price_snapshot jsonb not null,
  status text not null default 'active' check (status in ('active', 'issued', 'returned', 'cancelled')),
  issued_at timestamptz,
  returned_at timestamptz,
  created_at timestamptz not null default now()
);
create index tickets_order on tickets (order_id);
create index tickets_event on tickets (event_id) where event_id is not null;

-- A ticket admits to one event, or to each event of a bundle / season ticket (same seat).
-- A service ticket (museum visit, pass) has one admission with no event.
create table ticket_admissions (
  id bigint generated always as identity primary key,
  ticket_id uuid not null references tickets(id),
  event_id uuid,
  seat_id uuid,
  checked_in_at timestamptz,
  checked_in_by uuid,
  unique nulls not distinct (ticket_id, event_id)
);

create table status_history (
  id bigint generated always as identity primary key,
  entity text not null check (entity in ('request', 'order', 'ticket')),
  entity_id uuid not null,
  from_status text,
  to_status text not null,
  actor_id uuid,
  actor_kind text not null check (actor_kind in ('client', 'staff', 'system')),
  reason text,
  at timestamptz not null default now()
);
create index status_history_entity on status_history (entity, entity_id, at);

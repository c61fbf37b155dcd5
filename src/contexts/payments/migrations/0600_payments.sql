-- Payments against an order: at a point of sale by kind (cash, bank transfer, card,
-- receipt order), or online from the client's internal account. Refunds are rows with
-- a negative amount. Rows are never updated: the order's paid amount is their sum.
create table payments (
  id uuid primary key default gen_random_uuid(),
  order_id uuid not null,
  kind text not null check (kind in ('cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account')),
  amount_minor bigint not null check (amount_minor <> 0),
  currency char(3) not null default 'RUB',
  point_of_sale text,
  staff_id uuid,
  -- A retry with the same key returns the first result and moves no money.
  idempotency_key text unique,
  -- For a refund: the payment it gives money back for.
  refund_of uuid references payments(id),
  note text,
  created_at timestamptz not null default now()
);
create index payments_order on payments (order_id, created_at);

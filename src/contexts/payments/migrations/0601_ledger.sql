-- Internal accounts, linked cards and the double-entry ledger (issue 6); payments (0600)
-- now say which ledger account the money came from and which ledger transaction moved it.
-- 0600 is left as committed: a database that applied it gets the rest from here.

-- An account is one side of a movement. Clients' internal accounts and contracts' balances
-- have a floor (0; minus the credit limit) and cache their balance, updated under the row's
-- lock in the transaction that posts to them. The box office (one account per payment
-- kind), the orders (revenue) and staff corrections are the other side of every movement:
-- no floor and no cached balance, so they never become a row every payment waits for.
create table ledger_accounts (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('client', 'contract', 'box_office', 'orders', 'corrections')),
  client_id uuid unique,
  contract_id uuid unique,
  payment_kind text check (payment_kind in ('cash', 'bank_transfer', 'card', 'receipt_order')),
  currency char(3) not null default 'RUB',
  balance_minor bigint,
  -- The lowest balance allowed: 0 for a client; minus the contract's credit limit as it was
  -- at the last debit (a lowered limit then applies from the next debit on).
  floor_minor bigint check (floor_minor <= 0),
  created_at timestamptz not null,
  check ((kind = 'client') = (client_id is not null)),
  check ((kind = 'contract') = (contract_id is not null)),
  check ((kind = 'box_office') = (payment_kind is not null)),
  check ((kind in ('client', 'contract')) = (balance_minor is not null and floor_minor is not null)),
  -- The last line of defence: whatever the code does, a balance never goes below its floor.
  constraint ledger_accounts_above_floor check (balance_minor >= floor_minor)
);
create unique index ledger_accounts_system on ledger_accounts (kind, coalesce(payment_kind, '')) where kind in ('box_office', 'orders', 'corrections');

-- The system accounts have fixed ids (ledger/system-accounts.ts), so code names them without a lookup.
insert into ledger_accounts (id, kind, payment_kind, created_at) values
  ('00000000-0000-4000-8600-000000000001', 'box_office', 'cash', now()),
  ('00000000-0000-4000-8600-000000000002', 'box_office', 'bank_transfer', now()),
  ('00000000-0000-4000-8600-000000000003', 'box_office', 'card', now()),
  ('00000000-0000-4000-8600-000000000004', 'box_office', 'receipt_order', now()),
  ('00000000-0000-4000-8600-000000000010', 'orders', null, now()),
  ('00000000-0000-4000-8600-000000000020', 'corrections', null, now());

-- One movement of money. Its entries sum to zero (checked at commit below).
create table ledger_transactions (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('top_up', 'payment', 'refund', 'correction')),
  -- How the money came or went: a box-office kind, or internal_account (a client's or a contract's).
  payment_kind text check (payment_kind in ('cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account')),
  order_id uuid,
  -- Copied from the order (it never changes), so statements need not read booking's tables.
  booking_number text,
  point_of_sale text,
  note text,
  reason text,
  actor_id uuid,
  actor_kind text not null check (actor_kind in ('client', 'staff', 'system')),
  created_at timestamptz not null,
  check ((order_id is null) = (booking_number is null)),
  check (kind not in ('correction', 'refund') or reason is not null)
);
create index ledger_transactions_order on ledger_transactions (order_id) where order_id is not null;

create table ledger_entries (
  id bigint generated always as identity primary key,
  transaction_id uuid not null references ledger_transactions(id),
  account_id uuid not null references ledger_accounts(id),
  -- Signed: an account's balance is the sum of its entries.
  amount_minor bigint not null check (amount_minor <> 0),
  -- The account's balance just after this entry, for the accounts that cache one.
  balance_after_minor bigint,
  created_at timestamptz not null
);
create index ledger_entries_account on ledger_entries (account_id, id);
create index ledger_entries_transaction on ledger_entries (transaction_id);

-- Append-only: a mistake is corrected by another transaction, never by editing history.
create function ledger_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only', tg_table_name using errcode = 'P0001';
end $$;
create trigger ledger_transactions_append_only before update or delete on ledger_transactions
  for each row execute function ledger_refuse_change();
create trigger ledger_entries_append_only before update or delete on ledger_entries
  for each row execute function ledger_refuse_change();
create trigger payments_append_only before update or delete on payments
  for each row execute function ledger_refuse_change();

-- At commit, every transaction that got entries has at least two and they sum to zero.
create function ledger_check_balanced() returns trigger language plpgsql as $$
declare
  total bigint;
  legs integer;
begin
  select coalesce(sum(amount_minor), 0), count(*) into total, legs from ledger_entries where transaction_id = new.transaction_id;
  if total <> 0 or legs < 2 then
    raise exception 'ledger transaction % does not balance (sum %, % entries)', new.transaction_id, total, legs using errcode = 'P0001';
  end if;
  return null;
end $$;
create constraint trigger ledger_entries_balanced after insert on ledger_entries
  deferrable initially deferred for each row execute function ledger_check_balanced();

alter table payments drop column idempotency_key;
alter table payments add column source_account_id uuid not null references ledger_accounts(id);
alter table payments add column ledger_transaction_id uuid not null references ledger_transactions(id);
-- The order payments happened in (a clock may give two the same instant): refunds go latest first.
alter table payments add column seq bigint generated always as identity;
-- A refund is negative and names the payment it gives money back for; a payment is positive.
alter table payments add constraint payments_refund_names_payment check ((amount_minor < 0) = (refund_of is not null));
create index payments_refund_of on payments (refund_of) where refund_of is not null;

-- A card number linked to a client's internal account (seed 001). The number itself is
-- never stored: an HMAC-SHA256 under a server key finds it, the last four digits show it.
create table account_cards (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references ledger_accounts(id),
  client_id uuid not null,
  number_hash text not null unique,
  last4 char(4) not null check (last4 ~ '^[0-9]{4}$'),
  linked_by uuid,
  linked_by_kind text not null check (linked_by_kind in ('client', 'staff', 'system')),
  linked_at timestamptz not null
);
create index account_cards_client on account_cards (client_id);

-- Idempotency of money-moving requests: the first result under a sender's key. The key is
-- claimed first in the request's own transaction, so a concurrent retry waits for it and
-- then replays it; a refused request rolls back and leaves the key free.
create table payment_idempotency_keys (
  owner_id uuid not null,
  key text not null,
  fingerprint text not null,
  status_code integer,
  response jsonb,
  created_at timestamptz not null,
  primary key (owner_id, key)
);

-- Identity: who may log in (users), the clients among them with their personal data,
-- server-side sessions, login throttling, password resets, and corporate clients
-- (organisations, their contracts and the contracts' special prices).
-- Times are written by the application from its clock (tests fix it), not by now().

create table users (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('client', 'staff')),
  -- A client's code or a staff login: what a person types to log in. It never holds
  -- an '@', so it cannot be taken for an email, and it is unique ignoring case.
  login citext not null unique check (position('@' in login) = 0 and length(login) between 3 and 32),
  email citext unique,
  -- An argon2id PHC string.
  password_hash text not null,
  -- Staff roles; a client is ['client'] here, and acts as 'corporate' while linked to an organisation.
  roles text[] not null check (cardinality(roles) > 0 and roles <@ array['client', 'operator', 'cashier', 'manager', 'admin']),
  display_name text not null,
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (case kind when 'client' then roles = array['client'] else not ('client' = any(roles)) end)
);

create table organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  -- ИНН: 10 digits for a legal entity, 12 for a sole trader.
  tax_id text not null unique check (tax_id ~ '^([0-9]{10}|[0-9]{12})$'),
  address text not null default '',
  email citext,
  phone text check (phone is null or phone ~ '^\+[1-9][0-9]{7,14}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table clients (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null unique references users(id),
  full_name text not null,
  -- E.164; personal data, so it never goes into a log line.
  phone text not null check (phone ~ '^\+[1-9][0-9]{7,14}$'),
  document_type text not null check (document_type in ('passport_ru', 'passport_foreign', 'birth_certificate', 'other')),
  -- Series and number, AES-256-GCM encrypted with PII_ENCRYPTION_KEY; shown only masked.
  document_ciphertext text not null,
  document_masked text not null,
  personal_data_consent_at timestamptz not null,
  notify_email boolean not null default true,
  notify_sms boolean not null default false,
  notify_messenger boolean not null default false,
  -- News, schedules, start of sales, price changes: only for those who opted in (seed 001).
  notify_news boolean not null default false,
  messenger_kind text check (messenger_kind in ('telegram', 'vkteams')),
  messenger_chat_id text,
  locale text not null default 'ru' check (locale in ('ru', 'en')),
  -- Set while the client represents a corporate client.
  organization_id uuid references organizations(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((messenger_kind is null) = (messenger_chat_id is null)),
  check (not notify_messenger or messenger_kind is not null)
);
create index clients_organization on clients (organization_id) where organization_id is not null;
create index clients_phone on clients (phone);

-- The cookie holds a random token; only its SHA-256 is stored, so a copy of this
-- table does not let anyone in.
create table sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references users(id) on delete cascade,
  -- The synchronizer token every cookie-authenticated write must echo in x-csrf-token.
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  idle_expires_at timestamptz not null,
  absolute_expires_at timestamptz not null,
  check (idle_expires_at <= absolute_expires_at)
);
create index sessions_user on sessions (user_id);
create index sessions_absolute_expiry on sessions (absolute_expires_at);

-- Failed logins per address ('ip:…') and per login as typed ('login:…'), so the limit
-- holds across processes and for logins that do not exist.
create table login_throttles (
  key text primary key,
  failures integer not null check (failures > 0),
  last_failure_at timestamptz not null,
  blocked_until timestamptz
);
create index login_throttles_last_failure on login_throttles (last_failure_at);

create table password_reset_tokens (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_reset_tokens_user on password_reset_tokens (user_id, created_at);

create table contracts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organizations(id),
  number text not null unique,
  status text not null check (status in ('draft', 'active', 'suspended', 'closed')),
  valid_from timestamptz not null,
  -- Null: until closed.
  valid_to timestamptz,
  currency char(3) not null default 'RUB',
  credit_limit_minor bigint not null default 0 check (credit_limit_minor >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_to > valid_from),
  -- At any moment an organisation has at most one active contract: the one whose prices apply.
  constraint contracts_one_active_per_organization exclude using gist (
    organization_id with =, tstzrange(valid_from, valid_to, '[)') with &&
  ) where (status = 'active')
);
create index contracts_organization on contracts (organization_id);

-- A special price for a service (any event of it), an event (any zone) or an event's zone.
create table contract_prices (
  id uuid primary key default gen_random_uuid(),
  contract_id uuid not null references contracts(id) on delete cascade,
  service_id uuid references services(id) on delete cascade,
  event_id uuid references events(id) on delete cascade,
  zone_id uuid references zones(id) on delete cascade,
  price_minor bigint not null check (price_minor >= 0),
  check ((service_id is not null and event_id is null and zone_id is null) or (service_id is null and event_id is not null)),
  unique nulls not distinct (contract_id, service_id, event_id, zone_id)
);

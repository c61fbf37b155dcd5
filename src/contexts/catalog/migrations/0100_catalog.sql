-- The catalog: venues, halls, zones, seats, films, session types, events and services.
-- Money is bigint kopecks; coefficients are exact numeric(10,4).

create table venues (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('stadium', 'museum', 'cinema', 'other')),
  name text not null,
  name_en text,
  description text not null default '',
  address text not null default '',
  time_zone text not null default 'Europe/Moscow',
  currency char(3) not null default 'RUB',
  -- How long chosen seats stay held for a request, and how long a formed order waits for confirmation.
  hold_minutes integer not null default 30 check (hold_minutes > 0),
  confirm_hours integer not null default 48 check (confirm_hours > 0),
  created_at timestamptz not null default now()
);

create table hall_types (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  coefficient numeric(10, 4) not null check (coefficient > 0)
);

create table halls (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references venues(id) on delete cascade,
  name text not null,
  description text not null default '',
  unique (venue_id, name)
);
create index halls_venue on halls (venue_id);

create table hall_hall_types (
  hall_id uuid not null references halls(id) on delete cascade,
  hall_type_id uuid not null references hall_types(id),
  primary key (hall_id, hall_type_id)
);

create table zones (
  id uuid primary key default gen_random_uuid(),
  hall_id uuid not null references halls(id) on delete cascade,
  code text not null,
  name text not null,
  kind text not null check (kind in ('seated', 'general_admission')),
  -- General admission only: how many people the zone takes.
  capacity integer check (capacity is null or capacity > 0),
  coefficient numeric(10, 4) not null default 1 check (coefficient > 0),
  color text,
  sort_order integer not null default 0,
  unique (hall_id, code),
  check ((kind = 'general_admission') = (capacity is not null))
);

-- Rows and seats are addresses only: they never change a price.
create table seats (
  id uuid primary key default gen_random_uuid(),
  hall_id uuid not null references halls(id) on delete cascade,
  zone_id uuid not null references zones(id) on delete cascade,
  row_label text not null,
  seat_label text not null,
  -- The seat's place in the hall's seat order: the index of its bit in the seat map.
  ordinal integer not null,
  x real not null,
  y real not null,
  unique (hall_id, ordinal),
  unique (zone_id, row_label, seat_label)
);
create index seats_zone on seats (zone_id);

create table films (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  title_en text,
  description text not null default '',
  poster_url text,
  base_price_minor bigint not null check (base_price_minor >= 0),
  duration_minutes integer not null check (duration_minutes > 0),
  age_rating smallint not null check (age_rating in (0, 6, 12, 16, 18)),
  created_at timestamptz not null default now()
);

create table session_types (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid references venues(id) on delete cascade,
  code text not null,
  name text not null,
  coefficient numeric(10, 4) not null check (coefficient > 0),
  -- The longest film and the highest age rating this kind of session takes (null: no limit).
  max_duration_minutes integer check (max_duration_minutes is null or max_duration_minutes > 0),
  max_age_rating smallint check (max_age_rating is null or max_age_rating in (0, 6, 12, 16, 18)),
  unique (venue_id, code)
);

create table events (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references venues(id) on delete cascade,
  hall_id uuid not null references halls(id) on delete cascade,
  kind text not null check (kind in ('match', 'concert', 'film_session', 'excursion', 'other')),
  title text not null,
  title_en text,
  description text not null default '',
  film_id uuid references films(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  sales_open_at timestamptz,
  sales_close_at timestamptz,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at),
  check ((kind = 'film_session') = (film_id is not null)),
  -- Events in one hall never overlap, even under concurrent writes (seed 003).
  constraint events_no_overlap_in_hall exclude using gist (
    hall_id with =, tstzrange(starts_at, ends_at, '[)') with &&
  ) where (status = 'scheduled')
);
create index events_starts_at on events (starts_at);
create index events_venue_starts on events (venue_id, starts_at);
create index events_film on events (film_id);

create table event_session_types (
  event_id uuid not null references events(id) on delete cascade,
  session_type_id uuid not null references session_types(id),
  primary key (event_id, session_type_id)
);

-- Non-cinema events: the price of a ticket in each zone.
create table event_zone_prices (
  event_id uuid not null references events(id) on delete cascade,
  zone_id uuid not null references zones(id) on delete cascade,
  price_minor bigint not null check (price_minor >= 0),
  primary key (event_id, zone_id)
);

create table services (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references venues(id) on delete cascade,
  kind text not null check (kind in ('event_ticket', 'bundle', 'season_ticket', 'excursion', 'facility_pass', 'addon_good', 'addon_service', 'museum_visit')),
  name text not null,
  name_en text,
  description text not null default '',
  -- Simple services have a price and a quantity; editable ones have objects, categories and a price table (seed 002).
  is_editable boolean not null default false,
  base_cost_minor bigint not null default 0 check (base_cost_minor >= 0),
  is_disable_edit_visit_object boolean not null default false,
  is_visit_object_use_for_cost boolean not null default false,
  is_disable_edit_visitor boolean not null default false,
  is_category_visitor_use_for_cost boolean not null default false,
  is_visitor_count_use_for_cost boolean not null default false,
  is_use_one_category boolean not null default false,
  is_need_visit_date boolean not null default false,
  is_need_visit_time boolean not null default false,
  active_kind_id smallint not null default 1 check (active_kind_id in (1, 2, 3)),
  active_days integer check (active_days is null or active_days > 0),
  dt_begin timestamptz,
  dt_end timestamptz,
  sales_open_at timestamptz,
  sales_close_at timestamptz,
  -- Add-on goods: units on sale (null: not counted). Facility passes: visits or days they give.
  stock integer check (stock is null or stock >= 0),
  pass_visits integer check (pass_visits is null or pass_visits > 0),
  pass_days integer check (pass_days is null or pass_days > 0),
  -- Group excursions: how many people a group may have.
  group_min integer,
  group_max integer,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  check (active_kind_id <> 3 or (dt_begin is not null and dt_end is not null and dt_end > dt_begin)),
  check (active_kind_id = 3 or active_days is not null or not is_editable)
);
create index services_venue on services (venue_id);

-- Bundles and season tickets: the events they admit to (the same seat in each).
create table service_events (
  service_id uuid not null references services(id) on delete cascade,
  event_id uuid not null references events(id) on delete cascade,
  primary key (service_id, event_id)
);

create table visit_objects (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references venues(id) on delete cascade,
  name text not null,
  name_en text,
  description text not null default ''
);

create table service_visit_objects (
  service_id uuid not null references services(id) on delete cascade,
  visit_object_id uuid not null references visit_objects(id) on delete cascade,
  is_require boolean not null default false,
  primary key (service_id, visit_object_id)
);

create table visitor_categories (
  id uuid primary key default gen_random_uuid(),
  code text not null unique,
  name text not null,
  name_en text
);

create table service_visitor_categories (
  service_id uuid not null references services(id) on delete cascade,
  visitor_category_id uuid not null references visitor_categories(id),
  require_visitor_count integer check (require_visitor_count is null or require_visitor_count > 0),
  primary key (service_id, visitor_category_id)
);

-- The price table of seed 002: the most specific row (object, category) wins.
create table service_prices (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references services(id) on delete cascade,
  visit_object_id uuid references visit_objects(id) on delete cascade,
  visitor_category_id uuid references visitor_categories(id),
  price_minor bigint not null check (price_minor >= 0),
  unique nulls not distinct (service_id, visit_object_id, visitor_category_id)
);

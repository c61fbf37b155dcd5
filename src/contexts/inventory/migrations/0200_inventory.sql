-- What is on sale, one row per thing that can be sold once: a seat of an event,
-- a place in a general-admission zone of an event, a unit of an add-on good.
-- Each row is claimed on its own (conditional UPDATE or FOR UPDATE SKIP LOCKED),
-- so a rush on one sector never waits for another, and nothing is sold twice.
-- A hold whose held_until has passed counts as free for every reader and claimer,
-- before the expiry job gets to it.

create table event_seats (
  event_id uuid not null references events(id) on delete cascade,
  seat_id uuid not null references seats(id) on delete cascade,
  zone_id uuid not null references zones(id) on delete cascade,
  ordinal integer not null,
  status text not null default 'free' check (status in ('free', 'held', 'sold', 'blocked')),
  hold_id uuid,
  held_until timestamptz,
  ticket_id uuid,
  primary key (event_id, seat_id),
  check ((status = 'held') = (hold_id is not null and held_until is not null))
);
create unique index event_seats_ordinal on event_seats (event_id, ordinal);
create index event_seats_hold on event_seats (hold_id) where hold_id is not null;
create index event_seats_expiry on event_seats (held_until) where status = 'held';

create table event_places (
  event_id uuid not null references events(id) on delete cascade,
  zone_id uuid not null references zones(id) on delete cascade,
  place_no integer not null,
  status text not null default 'free' check (status in ('free', 'held', 'sold', 'blocked')),
  hold_id uuid,
  held_until timestamptz,
  ticket_id uuid,
  primary key (event_id, zone_id, place_no),
  check ((status = 'held') = (hold_id is not null and held_until is not null))
);
create index event_places_hold on event_places (hold_id) where hold_id is not null;
create index event_places_expiry on event_places (held_until) where status = 'held';

create table service_units (
  service_id uuid not null references services(id) on delete cascade,
  unit_no integer not null,
  status text not null default 'free' check (status in ('free', 'held', 'sold', 'blocked')),
  hold_id uuid,
  held_until timestamptz,
  ticket_id uuid,
  primary key (service_id, unit_no),
  check ((status = 'held') = (hold_id is not null and held_until is not null))
);
create index service_units_hold on service_units (hold_id) where hold_id is not null;
create index service_units_expiry on service_units (held_until) where status = 'held';

-- A bundle or season ticket owns the same seat (or place) in each of its events, so a
-- ticket is unique per event, not overall. Returns still find rows by ticket.
drop index event_seats_ticket;
create unique index event_seats_ticket on event_seats (event_id, ticket_id) where ticket_id is not null;
create index event_seats_by_ticket on event_seats (ticket_id) where ticket_id is not null;
drop index event_places_ticket;
create unique index event_places_ticket on event_places (event_id, ticket_id) where ticket_id is not null;
create index event_places_by_ticket on event_places (ticket_id) where ticket_id is not null;

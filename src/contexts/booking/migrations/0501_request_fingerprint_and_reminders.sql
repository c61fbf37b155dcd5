-- Why: a retry with the same idempotency key must be told apart from a different
-- request reusing the key (422), even after an operator has adjusted the first one's
-- lines; so the submitted body's fingerprint is kept as sent.
alter table requests add column idempotency_fingerprint text;

-- Why: the "your booking expires soon" message goes once per order; the expiry job
-- marks the order when it sends it, so several job processes never send it twice.
alter table orders add column reminded_at timestamptz;

-- The operator's queue filters by client and status together, newest first.
create index requests_client_status on requests (client_id, status, created_at desc);

-- Time-ordered keys (ADR 0009). Every generated uuid key becomes a version 7 UUID: 48 bits
-- of milliseconds, then random bits. Random (version 4) keys put each new row's index
-- entries on a random page of every index that holds the key or a reference to it, so an
-- on-sale rush touched, dirtied and wrote (a full page image after each checkpoint) a
-- different page per index per row. Time-ordered keys append at the right-hand edge.
-- Runs after every context's tables exist (the 0900 range: after all contexts).

-- gen_random_uuid() gives version 4 with 122 random bits; overlay the first 6 bytes with
-- the Unix time in milliseconds and turn the version nibble from 0100 into 0111.
create or replace function uuid_v7() returns uuid
language sql volatile parallel safe as $$
  select encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
        from 1 for 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

do $$
declare
  col record;
begin
  for col in
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.column_default = 'gen_random_uuid()'
  loop
    execute format('alter table %I alter column %I set default uuid_v7()', col.table_name, col.column_name);
  end loop;
end
$$;

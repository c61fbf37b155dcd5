-- Extensions every context may rely on. btree_gist lets an exclusion constraint
-- combine "same hall" (=) with "overlapping time" (&&); citext gives
-- case-insensitive client codes and emails.
create extension if not exists btree_gist;
create extension if not exists citext;

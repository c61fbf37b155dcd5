import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
let t=Date.now();
const db = new PGlite({ extensions: { btree_gist, citext } });
await db.waitReady; console.log('create', Date.now()-t); t=Date.now();
await db.exec(`create extension btree_gist; create extension citext; create table e(id int, hall int, during tstzrange, exclude using gist (hall with =, during with &&));`);
await db.exec(`insert into e values (1,1,tstzrange('2026-01-01 10:00','2026-01-01 12:00'))`);
try { await db.exec(`insert into e values (2,1,tstzrange('2026-01-01 11:00','2026-01-01 13:00'))`);} catch(e:any){ console.log('excl', e.code, e.message, e.constraint);}
const dump = await db.dumpDataDir('none'); console.log('dump', Date.now()-t, dump.size); t=Date.now();
const db2 = new PGlite({ loadDataDir: dump, extensions: { btree_gist, citext } }); await db2.waitReady;
console.log('load', Date.now()-t, (await db2.query('select count(*) from e')).rows);

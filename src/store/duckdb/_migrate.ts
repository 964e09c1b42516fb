/** Brings a database file to the newest schema: each missing migration in its own transaction. */
import { DyadError } from '../../core/errors.js';
import type { Db } from './_db.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, SCHEMA_VERSION_TABLE } from './_migrations.js';

async function currentVersion(db: Db): Promise<number> {
  const exists = await db.one(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'schema_version'`);
  if (Number(exists?.['n'] ?? 0) === 0) return 0;
  const r = await db.one('SELECT COALESCE(max(version), 0) AS v FROM schema_version');
  return Number(r?.['v'] ?? 0);
}

/** Run the migrations the file lacks; read-only opens only check the version. */
export async function migrate(db: Db, readOnly: boolean): Promise<void> {
  const version = await currentVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new DyadError('STORE', `the database has schema version ${version}, newer than this Dyad knows (${LATEST_SCHEMA_VERSION})`, {
      place: { file: db.path },
      hint: 'Upgrade Dyad, or use another --db.',
    });
  }
  if (version === LATEST_SCHEMA_VERSION) return;
  if (readOnly) {
    throw new DyadError('STORE', `the database has schema version ${version}; this Dyad needs ${LATEST_SCHEMA_VERSION}`, {
      place: { file: db.path },
      hint: 'Open it once for writing (e.g. dyad ingest) so the migrations can run.',
    });
  }
  await db.run(SCHEMA_VERSION_TABLE);
  for (const m of MIGRATIONS.filter((x) => x.version > version).sort((x, y) => x.version - y.version)) {
    await db.transaction(async () => {
      for (const sql of m.statements) await db.run(sql);
      await db.run('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, current_timestamp)', [m.version, m.name]);
    });
  }
}

import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import { ensureDatabaseExists } from '../database/ensure-database.js';
import { COMPLETED_JOB_RETENTION_SECONDS } from '../notifications/outbox-routes.js';
import { FilesystemStorage } from '../storage/filesystem-storage.js';
import { BackupError, DATABASE_FILE, FILES_DIRECTORY, readManifest, type BackupManifest } from './backup-manifest.js';
import { storedFileReferences, tableCounts, userRelationCount } from './database-contents.js';
import { checksumOfFile, sha256Of } from './file-checksum.js';
import { libpqEnvironment, runPostgresTool } from './postgres-tools.js';

export interface RestoreTarget {
  databaseUrl: string;
  storageDir: string;
}

export interface RestoreReport {
  manifest: BackupManifest;
  tables: number;
  rows: number;
  files: number;
  bytes: number;
  /** Outbox rows handed back to the relay, since Redis starts empty. */
  relayedAgain: number;
}

/** Problems named in an error message at most; the rest are counted. */
const NAMED_PROBLEMS = 10;

function problemsError(what: string, problems: string[]): BackupError {
  return new BackupError(`${what}: ${problems.slice(0, NAMED_PROBLEMS).join('; ')}${problems.length > NAMED_PROBLEMS ? `; and ${problems.length - NAMED_PROBLEMS} more` : ''}`);
}

/**
 * Checks a backup without restoring it: the manifest, the dump's checksum and every file's
 * checksum and size. Returns the manifest; anything wrong is a BackupError naming it.
 */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  const dir = resolve(backupDir);
  const manifest = await readManifest(dir);
  const dump = await checksumOfFile(join(dir, DATABASE_FILE)).catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(`${DATABASE_FILE} in ${dir} cannot be read (${error.code ?? error.message})`);
  });
  if (dump.sha256 !== manifest.database.sha256 || dump.bytes !== manifest.database.bytes)
    throw new BackupError(`${DATABASE_FILE} in ${dir} does not match the checksum in the manifest: the backup is damaged`);
  const files = new FilesystemStorage(join(dir, FILES_DIRECTORY));
  const problems: string[] = [];
  for (const entry of manifest.files.entries) {
    const data = await files.read(entry.key).catch((error: NodeJS.ErrnoException) => {
      problems.push(`${entry.key}: ${error.code === 'ENOENT' ? 'missing' : error.message}`);
      return null;
    });
    if (data && (data.length !== entry.bytes || sha256Of(data) !== entry.sha256)) problems.push(`${entry.key}: does not match its checksum`);
  }
  if (problems.length) throw problemsError(`${problems.length} file(s) of the backup in ${dir} are damaged`, problems);
  return manifest;
}

/**
 * Restores a backup into the database of DATABASE_URL (created when missing) and the storage of
 * STORAGE_DIR. Both must be empty: restoring over a system's data would mix two systems, so a
 * non-empty target is refused unless `force`, which first drops the database's `public` schema
 * (every table) and then writes the backup's files next to any that are there. Nothing is
 * touched before the whole backup has been checked; afterwards the rows per table and every
 * restored file are checked against the manifest. Redis is not part of it: the system rebuilds
 * its queues from PostgreSQL (start it with an empty Redis or a new REDIS_PREFIX).
 */
export async function restoreBackup(backupDir: string, target: RestoreTarget, { force = false }: { force?: boolean } = {}): Promise<RestoreReport> {
  const dir = resolve(backupDir);
  const manifest = await verifyBackup(dir);
  const known = migrations.map((migration) => new migration().name);
  if (manifest.database.lastMigration && !known.includes(manifest.database.lastMigration))
    throw new BackupError(
      `The backup was made by a newer version of the software (its database has migration ${manifest.database.lastMigration}, which this version does not know): restore it with that version or a newer one`,
    );
  const storage = new FilesystemStorage(target.storageDir);
  const database = libpqEnvironment(target.databaseUrl).PGDATABASE;

  await ensureDatabaseExists(target.databaseUrl, true);
  const client = new pg.Client({ connectionString: target.databaseUrl, application_name: 'erkenning-restore' });
  await client.connect();
  try {
    const relations = await userRelationCount(client);
    const storedFiles = await filesBelow(target.storageDir);
    if (!force && (relations > 0 || storedFiles > 0))
      throw new BackupError(
        [
          relations > 0 ? `the database "${database}" is not empty (${relations} tables, views or sequences)` : null,
          storedFiles > 0 ? `the storage directory ${resolve(target.storageDir)} is not empty (${storedFiles} files)` : null,
        ]
          .filter(Boolean)
          .join(' and ') +
          ': restoring would mix two systems. Restore into an empty database and storage directory, or add --force to replace the database and add the files (stop the API and the worker first)',
      );
    if (relations > 0) await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end().catch(() => undefined);
  }

  await runPostgresTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${database}`, join(dir, DATABASE_FILE)],
    target.databaseUrl,
  );
  const source = new FilesystemStorage(join(dir, FILES_DIRECTORY));
  for (const entry of manifest.files.entries) await storage.putAt(entry.key, await source.read(entry.key));

  const report = await checkRestored(manifest, target, storage);
  return { ...report, relayedAgain: await handBackToRelay(target.databaseUrl, manifest.createdAt) };
}

/**
 * A restored system starts with an empty Redis: no job that was waiting, running or kept as
 * completed is there. The worker's watchdog hands a dispatched row whose job is missing back to the
 * relay, but only rows dispatched within the week BullMQ keeps completed jobs, counted from now:
 * after restoring an older backup it would pass over the rows dispatched just before the backup.
 * So the restore hands back what the watchdog would have at the backup's own time. Every handler
 * is idempotent (a mail checks its notification, a notification its unique source key), so a row
 * whose job had already run does nothing again.
 */
async function handBackToRelay(databaseUrl: string, backupTime: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'erkenning-restore' });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `UPDATE outbox SET dispatched_at = NULL, last_error = 'restore: Redis is not in a backup, relayed again'
        WHERE dispatched_at > $1::timestamptz - make_interval(secs => $2)`,
      [backupTime, COMPLETED_JOB_RETENTION_SECONDS],
    );
    return rowCount ?? 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Compares what was restored with the manifest: rows per table, the files the database refers to, and their content. */
async function checkRestored(manifest: BackupManifest, target: RestoreTarget, storage: FilesystemStorage): Promise<Omit<RestoreReport, 'relayedAgain'>> {
  const client = new pg.Client({ connectionString: target.databaseUrl, application_name: 'erkenning-restore' });
  await client.connect();
  const problems: string[] = [];
  try {
    const counts = await tableCounts(client);
    for (const table of new Set([...Object.keys(manifest.database.tables), ...Object.keys(counts)]))
      if (counts[table] !== manifest.database.tables[table]) problems.push(`table ${table}: ${counts[table] ?? 'missing'} rows, the backup had ${manifest.database.tables[table] ?? 'no such table'}`);
    const expected = new Map(manifest.files.entries.map((entry) => [entry.key, entry]));
    for (const reference of await storedFileReferences(client)) {
      const entry = expected.get(reference.key);
      if (!entry || entry.sha256 !== reference.sha256) problems.push(`${reference.key} (${reference.table}): not in the backup's file list`);
      const data = await storage.read(reference.key).catch(() => null);
      if (!data || sha256Of(data) !== reference.sha256) problems.push(`${reference.key}: restored file does not match its checksum`);
    }
    if (problems.length) throw problemsError('The restored system differs from the backup', problems);
    return {
      manifest,
      tables: Object.keys(counts).length,
      rows: Object.values(counts).reduce((sum, n) => sum + n, 0),
      files: manifest.files.count,
      bytes: manifest.files.bytes,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Files below `dir` (0 when it does not exist). */
async function filesBelow(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries.filter((entry) => !entry.isDirectory()).length;
}

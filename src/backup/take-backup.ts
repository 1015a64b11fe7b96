import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { FilesystemStorage } from '../storage/filesystem-storage.js';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupError,
  DATABASE_FILE,
  FILES_DIRECTORY,
  MANIFEST_FILE,
  type BackedUpFile,
  type BackupManifest,
} from './backup-manifest.js';
import { lastMigration, storedFileReferences, tableCounts } from './database-contents.js';
import { checksumOfFile, sha256Of } from './file-checksum.js';
import { runPostgresTool } from './postgres-tools.js';

export interface BackupSource {
  databaseUrl: string;
  storageDir: string;
}

export interface TakenBackup {
  dir: string;
  manifest: BackupManifest;
}

/** Problems named in an error message at most; the rest are counted. */
const NAMED_PROBLEMS = 10;

/** `erkenning-20261207T221530Z`: sorts by time, safe in every file system. */
function backupName(at: Date): string {
  return `erkenning-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}`;
}

/**
 * Takes a backup of a running system into a new directory below `targetDir`:
 * - the database with pg_dump (custom format) from one snapshot, and from that same snapshot the
 *   rows per table and the stored files the database refers to, with their recorded checksums;
 * - those files, copied under their own keys and checked against the recorded checksums (a file
 *   stored after the snapshot is not referred to yet, so it is left out);
 * - `manifest.json` with the counts and the checksums of everything.
 * It is written as `<name>.partial` and renamed when complete, so an interrupted backup never
 * looks like one. Redis is not backed up: nothing in it is needed (see the README).
 */
export async function takeBackup(source: BackupSource, targetDir: string): Promise<TakenBackup> {
  const root = resolve(targetDir);
  await mkdir(root, { recursive: true, mode: 0o700 });
  const client = new pg.Client({ connectionString: source.databaseUrl, application_name: 'erkenning-backup' });
  await client.connect();
  let workDir: string | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const [snapshot] = (
      await client.query<{ id: string; at: Date; version: string }>(
        `SELECT pg_export_snapshot() AS id, now() AS at, current_setting('server_version') AS version`,
      )
    ).rows;
    const dir = join(root, backupName(snapshot.at));
    if (await stat(dir).then(() => true, () => false)) throw new BackupError(`${dir} exists already: one backup per second at most`);
    workDir = `${dir}.partial`;
    await mkdir(workDir, { mode: 0o700 });

    const dumpPath = join(workDir, DATABASE_FILE);
    await runPostgresTool('pg_dump', ['--format=custom', `--snapshot=${snapshot.id}`, `--file=${dumpPath}`], source.databaseUrl);
    await chmod(dumpPath, 0o600);
    const tables = await tableCounts(client);
    const files = await storedFileReferences(client);
    const migration = await lastMigration(client);
    await client.query('COMMIT');

    await copyFiles(files, new FilesystemStorage(source.storageDir), new FilesystemStorage(join(workDir, FILES_DIRECTORY)));
    const dump = await checksumOfFile(dumpPath);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: snapshot.at.toISOString(),
      database: { file: DATABASE_FILE, ...dump, serverVersion: snapshot.version, lastMigration: migration, tables },
      files: { directory: FILES_DIRECTORY, count: files.length, bytes: files.reduce((sum, file) => sum + file.bytes, 0), entries: files },
    };
    await writeFile(join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await rename(workDir, dir);
    return { dir, manifest };
  } catch (error) {
    if (workDir) await rm(workDir, { recursive: true, force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Copies each file and checks it against the checksum and size the database recorded; any mismatch fails the backup. */
async function copyFiles(files: BackedUpFile[], from: FilesystemStorage, to: FilesystemStorage): Promise<void> {
  const problems: string[] = [];
  for (const file of files) {
    let data: Buffer;
    try {
      data = await from.read(file.key);
    } catch (error) {
      problems.push(`${file.key} (${file.table}): ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing from storage' : (error as Error).message}`);
      continue;
    }
    if (data.length !== file.bytes || sha256Of(data) !== file.sha256) {
      problems.push(`${file.key} (${file.table}): its content does not match the checksum recorded in the database`);
      continue;
    }
    await to.putAt(file.key, data);
  }
  if (problems.length)
    throw new BackupError(
      `${problems.length} stored file(s) could not be backed up: ${problems.slice(0, NAMED_PROBLEMS).join('; ')}${problems.length > NAMED_PROBLEMS ? '; …' : ''}`,
    );
}

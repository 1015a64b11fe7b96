import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const BACKUP_FORMAT = 'erkenningstraject-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
/** pg_dump's custom format: compressed, restorable table by table with pg_restore. */
export const DATABASE_FILE = 'database.pgdump';
/** The stored files, under their storage keys (`ab/cd/<uuid>`), as below STORAGE_DIR. */
export const FILES_DIRECTORY = 'files';

/** One stored file the database refers to (a document version, a decision letter). */
export interface BackedUpFile {
  key: string;
  sha256: string;
  bytes: number;
  /** The table whose row refers to it. */
  table: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** When the database snapshot was taken (the backup's point in time). */
  createdAt: string;
  database: {
    file: string;
    sha256: string;
    bytes: number;
    serverVersion: string;
    /** The newest migration in the dump: the software that restores it must know this migration. */
    lastMigration: string | null;
    /** Rows per table at the snapshot, for the restore to compare with. */
    tables: Record<string, number>;
  };
  files: {
    directory: string;
    count: number;
    bytes: number;
    entries: BackedUpFile[];
  };
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Reads and checks the manifest of the backup in `dir`; anything unexpected is a BackupError naming it. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error) {
    throw new BackupError(`No backup in ${dir}: ${MANIFEST_FILE} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(text) as BackupManifest;
  } catch {
    throw new BackupError(`${MANIFEST_FILE} in ${dir} is not valid JSON`);
  }
  if (manifest?.format !== BACKUP_FORMAT) throw new BackupError(`${MANIFEST_FILE} in ${dir} is not a manifest of this system's backups (format ${JSON.stringify(manifest?.format)})`);
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION)
    throw new BackupError(`${MANIFEST_FILE} has format version ${manifest.formatVersion}; this version of the software restores version ${BACKUP_FORMAT_VERSION}`);
  if (manifest.database?.file !== DATABASE_FILE || manifest.files?.directory !== FILES_DIRECTORY || !Array.isArray(manifest.files.entries))
    throw new BackupError(`${MANIFEST_FILE} in ${dir} lacks its database or files section`);
  return manifest;
}

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilesystemStorage } from '../storage/filesystem-storage.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DATABASE_FILE, FILES_DIRECTORY, MANIFEST_FILE, type BackupManifest } from './backup-manifest.js';
import { sha256Of } from './file-checksum.js';
import { restoreBackup, verifyBackup } from './restore-backup.js';

describe('verifyBackup: a backup is checked in full before a restore touches anything', () => {
  let dir: string;
  let key: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'erk-verify-'));
    const dump = Buffer.from('PGDMP a dump');
    const file = Buffer.from('%PDF-1.4 handboek');
    key = (await new FilesystemStorage(join(dir, FILES_DIRECTORY)).put(file)).key;
    await writeFile(join(dir, DATABASE_FILE), dump);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: '2026-12-08T02:00:00.000Z',
      database: { file: DATABASE_FILE, sha256: sha256Of(dump), bytes: dump.length, serverVersion: '16.4', lastMigration: null, tables: { applications: 1 } },
      files: { directory: FILES_DIRECTORY, count: 1, bytes: file.length, entries: [{ key, sha256: sha256Of(file), bytes: file.length, table: 'document_versions' }] },
    };
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('accepts a complete backup', async () => {
    await expect(verifyBackup(dir)).resolves.toMatchObject({ createdAt: '2026-12-08T02:00:00.000Z' });
  });

  it('names a changed or missing file', async () => {
    await writeFile(join(dir, FILES_DIRECTORY, key), 'tampered');
    await expect(verifyBackup(dir)).rejects.toThrow(`1 file(s) of the backup in ${dir} are damaged: ${key}: does not match its checksum`);
    await rm(join(dir, FILES_DIRECTORY, key));
    await expect(verifyBackup(dir)).rejects.toThrow(`${key}: missing`);
  });

  it('is not restored by a version of the software that lacks its newest migration, before anything is touched', async () => {
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
    manifest.database.lastMigration = 'FromTheFuture1999999999999';
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify(manifest));
    // The target is never reached: no database answers at this address.
    await expect(restoreBackup(dir, { databaseUrl: 'postgres://nobody@127.0.0.1:1/none', storageDir: join(dir, 'target') })).rejects.toThrow(
      'The backup was made by a newer version of the software (its database has migration FromTheFuture1999999999999, which this version does not know)',
    );
  });

  it('refuses a changed dump, another format and a directory without a backup', async () => {
    await writeFile(join(dir, DATABASE_FILE), 'PGDMP another dump');
    await expect(verifyBackup(dir)).rejects.toThrow(`${DATABASE_FILE} in ${dir} does not match the checksum in the manifest: the backup is damaged`);
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, formatVersion: 99 }));
    await expect(verifyBackup(dir)).rejects.toThrow('manifest.json has format version 99; this version of the software restores version 1');
    await expect(verifyBackup(join(dir, 'nothing-here'))).rejects.toThrow(/^No backup in .*nothing-here: manifest.json cannot be read \(ENOENT\)$/);
  });
});

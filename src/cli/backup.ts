import { takeBackup } from '../backup/take-backup.js';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';

/**
 * `npm run backup -- <directory>`: a backup of DATABASE_URL and STORAGE_DIR in a new directory
 * below <directory>, whose name it prints last. Exit code 0 only for a complete backup.
 */
const USAGE = 'Usage: npm run backup -- <directory>   (backs up DATABASE_URL and STORAGE_DIR into a new directory below it)';

const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith('-')) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const config = loadConfigOrExit();
try {
  const { dir, manifest } = await takeBackup({ databaseUrl: config.DATABASE_URL, storageDir: config.STORAGE_DIR }, args[0]);
  const rows = Object.values(manifest.database.tables).reduce((sum, n) => sum + n, 0);
  process.stdout.write(
    `Backup of ${manifest.createdAt}: database ${manifest.database.bytes} bytes (${Object.keys(manifest.database.tables).length} tables, ${rows} rows), ` +
      `${manifest.files.count} stored files (${manifest.files.bytes} bytes)\n${dir}\n`,
  );
} catch (error) {
  process.stderr.write(`Backup failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

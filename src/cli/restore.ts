import { restoreBackup, verifyBackup } from '../backup/restore-backup.js';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';

/**
 * `npm run restore -- <backup directory> [--force]`: restores a backup into DATABASE_URL and
 * STORAGE_DIR, which must be empty unless --force. `--check` only verifies the backup's checksums.
 */
const USAGE = [
  'Usage: npm run restore -- <backup directory>           restore into DATABASE_URL and STORAGE_DIR (both empty)',
  '       npm run restore -- <backup directory> --force   replace what the database holds and add the files',
  '       npm run restore -- <backup directory> --check   only verify the backup (checksums of the dump and every file)',
].join('\n');

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('-'));
const paths = args.filter((arg) => !arg.startsWith('-'));
if (paths.length !== 1 || flags.some((flag) => flag !== '--force' && flag !== '--check') || (flags.includes('--force') && flags.includes('--check'))) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const config = loadConfigOrExit();
try {
  if (flags.includes('--check')) {
    const manifest = await verifyBackup(paths[0]);
    process.stdout.write(`Backup of ${manifest.createdAt} is complete: the database dump and ${manifest.files.count} stored files match their checksums\n`);
  } else {
    const report = await restoreBackup(paths[0], { databaseUrl: config.DATABASE_URL, storageDir: config.STORAGE_DIR }, { force: flags.includes('--force') });
    process.stdout.write(
      `Restored the backup of ${report.manifest.createdAt}: ${report.tables} tables with ${report.rows} rows and ${report.files} stored files (${report.bytes} bytes), ` +
        `each checked against the manifest; ${report.relayedAgain} outbox rows handed back to the relay.\n` +
        'Start the system with an empty Redis (or a new REDIS_PREFIX): the worker rebuilds its queues from the database.\n',
    );
  }
} catch (error) {
  process.stderr.write(`Restore failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

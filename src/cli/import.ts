import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module.js';
import type { AuthUser } from '../auth/auth-user.js';
import { JsonLogger } from '../common/logging/json-logger.js';
import { loadConfigOrExit } from '../config/load-config-or-exit.js';
import { IMPORT_KINDS, ImportService, type ImportKind, type ImportReport } from '../import/import.service.js';
import { User } from '../users/user.entity.js';

const USAGE = `npm run import -- <listings|cases> <file.csv> --committee <committee id> --admin <admin e-mail> [--dry-run]
  Without --dry-run the file is imported whole, or not at all when any row has a problem.`;

/**
 * `npm run import`: the same import as the admin screen and POST /admin/import/:kind, from the
 * command line; the history names the admin given. Exit code 0 when the file is (or would be)
 * imported, 1 when it has problems, 2 on wrong arguments.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { committee: { type: 'string' }, admin: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
const [kind, path] = positionals;
if (!IMPORT_KINDS.includes(kind as ImportKind) || !path || !values.committee || !values.admin) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const config = loadConfigOrExit();
config.DEMO_SEED = false;
const app = await NestFactory.createApplicationContext(AppModule.register(config), { logger: new JsonLogger(config.LOG_LEVEL, 'import') });
try {
  const admin = await app.get(DataSource).getRepository(User).findOneBy({ email: values.admin.trim().toLowerCase() });
  if (!admin || !admin.roles.includes('admin') || admin.disabledAt) {
    process.stderr.write(`No active admin account has the e-mail address ${values.admin}\n`);
    process.exitCode = 2;
  } else {
    const user: AuthUser = { id: admin.id, email: admin.email, name: admin.name, organisation: admin.organisation, roles: admin.roles, language: admin.language, sessionId: 'cli' };
    const file = readFileSync(path);
    const imports = app.get(ImportService);
    const report = values['dry-run'] ? await imports.dryRun(kind as ImportKind, values.committee, file) : await imports.run(user, kind as ImportKind, values.committee, file);
    process.stdout.write(describe(report));
    process.exitCode = report.valid ? 0 : 1;
  }
} catch (error) {
  const body = (error as { getResponse?: () => { report?: ImportReport; message?: string } }).getResponse?.();
  if (body?.report) process.stdout.write(describe(body.report));
  else process.stderr.write(`${body?.message ?? (error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await app.close();
}

function describe(report: ImportReport): string {
  const lines = [
    `${report.dryRun ? 'Proefimport / dry run' : 'Import'} ${report.kind} → ${report.committee.name}`,
    `rows ${report.counts.rows}: create ${report.counts.create}, update ${report.counts.update}, unchanged ${report.counts.unchanged}, invalid ${report.counts.invalid}`,
    ...report.problems.map((p) => `row ${p.row}${p.column ? ` ${p.column}` : ''} [${p.rule}]: ${p.message.nl} / ${p.message.en}`),
  ];
  if (!report.valid) lines.push(report.dryRun ? 'Niets geïmporteerd (proefimport). / Nothing imported (dry run).' : 'Niets geïmporteerd. / Nothing imported.');
  return `${lines.join('\n')}\n`;
}

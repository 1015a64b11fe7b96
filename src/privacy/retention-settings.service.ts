import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { DEFAULT_RETENTION_TERMS, RETENTION_DAYS_MAX, RETENTION_DAYS_MIN, RETENTION_KINDS, RETENTION_RULES, type RetentionTerms } from './retention-kinds.js';

/** The stored terms, each kind without a row at its default. */
export async function readRetentionTerms(manager: DataSource | EntityManager): Promise<RetentionTerms> {
  const rows: { kind: string; days: number }[] = await manager.query(`SELECT kind, days FROM retention_settings`);
  const terms = { ...DEFAULT_RETENTION_TERMS };
  for (const row of rows) if ((RETENTION_KINDS as readonly string[]).includes(row.kind)) terms[row.kind as keyof RetentionTerms] = row.days;
  return terms;
}

/** The admin's retention terms per kind of record: read with their defaults, and saved all at once. */
@Injectable()
export class RetentionSettings {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async view() {
    const rows: { kind: string; updatedAt: Date; updatedByName: string | null }[] = await this.dataSource.query(
      `SELECT s.kind, s.updated_at AS "updatedAt", u.name AS "updatedByName" FROM retention_settings s LEFT JOIN users u ON u.id = s.updated_by`,
    );
    const terms = await readRetentionTerms(this.dataSource);
    return {
      min: RETENTION_DAYS_MIN,
      max: RETENTION_DAYS_MAX,
      kinds: RETENTION_KINDS.map((kind) => {
        const row = rows.find((candidate) => candidate.kind === kind);
        return {
          kind,
          days: terms[kind],
          defaultDays: RETENTION_RULES[kind].defaultDays,
          action: RETENTION_RULES[kind].action,
          updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
          updatedBy: row?.updatedByName ?? null,
        };
      }),
    };
  }

  /** Stores every kind's term; a row is written only where the value changed or none was stored. */
  async save(user: AuthUser, terms: RetentionTerms) {
    await this.dataSource.transaction(async (manager) => {
      const stored = await readRetentionTerms(manager);
      const present: { kind: string }[] = await manager.query(`SELECT kind FROM retention_settings FOR UPDATE`);
      for (const kind of RETENTION_KINDS) {
        if (stored[kind] === terms[kind] && present.some((row) => row.kind === kind)) continue;
        await manager.query(
          `INSERT INTO retention_settings (kind, days, updated_by, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT ON CONSTRAINT retention_settings_pkey DO UPDATE SET days = EXCLUDED.days, updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [kind, terms[kind], user.id],
        );
      }
    });
    return this.view();
  }
}

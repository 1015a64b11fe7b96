import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Expiring } from '../rendered-page-cache.js';
import { DEFAULT_CONTACT_EMAIL, DEFAULT_STATEMENTS } from './default-statements.js';
import { SiteStatement, STATEMENT_KINDS, type StatementKind } from './site-statement.entity.js';
import type { PutStatementDto } from './statement.dto.js';

export interface StatementView {
  kind: StatementKind;
  bodyNl: string;
  bodyEn: string;
  contactEmail: string;
  /** Null while the text is the one the system came with. */
  updatedAt: string | null;
}

/** The accessibility and privacy statements: read by the public pages, written by the admin. */
@Injectable()
export class StatementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(kind: StatementKind): Promise<StatementView> {
    const row = await this.dataSource.getRepository(SiteStatement).findOneBy({ kind });
    // A row is missing only on a database emptied by hand (or by a test): the first text stands in.
    if (!row) return { kind, bodyNl: DEFAULT_STATEMENTS[kind].nl, bodyEn: DEFAULT_STATEMENTS[kind].en, contactEmail: DEFAULT_CONTACT_EMAIL, updatedAt: null };
    return { kind, bodyNl: row.bodyNl, bodyEn: row.bodyEn, contactEmail: row.contactEmail, updatedAt: row.updatedAt.toISOString() };
  }

  list(): Promise<StatementView[]> {
    return Promise.all(STATEMENT_KINDS.map((kind) => this.get(kind)));
  }

  /**
   * The contact address every page's footer shows: the one of the accessibility statement. Read
   * once a minute at most, and at once after this process saved a statement.
   */
  private readonly footerContact = new Expiring<string>(60_000, async () => {
    const [row]: { contactEmail: string }[] = await this.dataSource.query(`SELECT contact_email AS "contactEmail" FROM site_statements WHERE kind = 'accessibility'`);
    return row?.contactEmail ?? DEFAULT_CONTACT_EMAIL;
  });

  contactEmail(): Promise<string> {
    return this.footerContact.get();
  }

  async put(kind: StatementKind, dto: PutStatementDto, userId: string): Promise<StatementView> {
    await this.dataSource.query(
      `INSERT INTO site_statements (kind, body_nl, body_en, contact_email, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, now(), $5)
       ON CONFLICT (kind) DO UPDATE SET body_nl = EXCLUDED.body_nl, body_en = EXCLUDED.body_en,
             contact_email = EXCLUDED.contact_email, updated_at = now(), updated_by = EXCLUDED.updated_by`,
      [kind, dto.bodyNl, dto.bodyEn, dto.contactEmail, userId],
    );
    this.footerContact.forget();
    return this.get(kind);
  }
}

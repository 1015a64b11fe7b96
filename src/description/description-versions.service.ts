import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { validationFailed } from '../common/http/validation.js';
import { jsonb } from '../database/jsonb.js';
import { countWords } from '../common/validation/text.js';
import { DESCRIPTION_SECTIONS } from './description-sections.js';
import { liveFacts } from './description-facts.js';
import { completeFacts } from './listing-facts.js';
import { descriptionVersionNotFound } from './description.errors.js';
import { liveSections, textsOf } from './description-texts.js';
import { DescriptionVersion, type DescriptionVersionKind, type FrozenSections } from './description-version.entity.js';
import type { CompareQuery } from './dto/compare.dto.js';
import { diffText } from './text-diff.js';

export interface VersionSummary {
  number: number;
  kind: DescriptionVersionKind;
  feedbackRound: number | null;
  applicationVersion: number;
  createdAt: Date;
  createdById: string;
  createdBy: string;
}

export interface FreezeCommand {
  applicationId: string;
  kind: DescriptionVersionKind;
  sections: FrozenSections;
  createdBy: string;
  /** The application version the freezing transition produces. */
  applicationVersion: number;
  feedbackRound?: number | null;
}

type VersionRef = number | 'live';

/** Frozen, numbered versions of the werkblad, and comparisons between them and the live text. */
@Injectable()
export class DescriptionVersions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * Freezes the given texts as the next number. Called from a track step's `before` hook, which
   * holds the application row lock, so numbers cannot race; the unique index is the backstop.
   */
  async freeze(manager: EntityManager, command: FreezeCommand): Promise<number> {
    const [{ next }]: { next: number }[] = await manager.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM description_versions WHERE application_id = $1`,
      [command.applicationId],
    );
    await manager.getRepository(DescriptionVersion).insert({
      applicationId: command.applicationId,
      number: next,
      kind: command.kind,
      feedbackRound: command.feedbackRound ?? null,
      sections: jsonb(command.sections),
      // Frozen with the texts: what the committee judged is what the listing shows.
      facts: jsonb((await liveFacts(manager, command.applicationId)).facts),
      applicationVersion: command.applicationVersion,
      createdBy: command.createdBy,
    });
    return next;
  }

  async latest(manager: EntityManager, applicationId: string): Promise<DescriptionVersion | null> {
    return manager.getRepository(DescriptionVersion).findOne({ where: { applicationId }, order: { number: 'DESC' } });
  }

  async summaries(manager: EntityManager, applicationId: string): Promise<VersionSummary[]> {
    return manager.query(
      `SELECT v.number, v.kind, v.feedback_round AS "feedbackRound", v.application_version AS "applicationVersion",
              v.created_at AS "createdAt", v.created_by AS "createdById", u.name AS "createdBy"
         FROM description_versions v JOIN users u ON u.id = v.created_by
        WHERE v.application_id = $1 ORDER BY v.number`,
      [applicationId],
    );
  }

  async list(user: AuthUser, applicationId: string): Promise<VersionSummary[]> {
    await this.access.load(user, applicationId);
    return this.summaries(this.dataSource.manager, applicationId);
  }

  async get(user: AuthUser, applicationId: string, number: number) {
    await this.access.load(user, applicationId);
    const summary = (await this.summaries(this.dataSource.manager, applicationId)).find((v) => v.number === number);
    if (!summary) throw descriptionVersionNotFound(number);
    const texts = await this.textsAt(this.dataSource.manager, applicationId, number);
    const frozen = await this.dataSource.manager.getRepository(DescriptionVersion).findOneBy({ applicationId, number });
    return {
      ...summary,
      /** Null for a version frozen before the werkblad had structured facts. */
      facts: frozen?.facts ? completeFacts(frozen.facts) : null,
      sections: DESCRIPTION_SECTIONS.map(({ key, titleNl, titleEn }) => ({
        key,
        title: titleNl,
        titleEn,
        content: texts[key] ?? '',
        wordCount: countWords(texts[key] ?? ''),
      })),
    };
  }

  /** Per section: the two texts and a word-level diff from `from` to `to` (a number or `live`). */
  async compare(user: AuthUser, applicationId: string, query: CompareQuery) {
    await this.access.load(user, applicationId);
    const manager = this.dataSource.manager;
    let from: VersionRef;
    if (query.from === undefined) {
      const latest = await this.latest(manager, applicationId);
      if (!latest)
        throw validationFailed([{ field: 'from', reason: 'er is nog geen bevroren versie; geef from op / there is no frozen version yet; give from' }]);
      from = latest.number;
    } else from = parseRef(query.from);
    const to = query.to === undefined ? 'live' : parseRef(query.to);
    const [a, b] = [await this.textsAt(manager, applicationId, from), await this.textsAt(manager, applicationId, to)];
    return {
      from,
      to,
      sections: DESCRIPTION_SECTIONS.map(({ key, titleNl, titleEn }) => {
        const before = a[key] ?? '';
        const after = b[key] ?? '';
        return { key, title: titleNl, titleEn, changed: before !== after, from: before, to: after, changes: diffText(before, after) };
      }),
    };
  }

  async textsAt(manager: EntityManager, applicationId: string, ref: VersionRef): Promise<FrozenSections> {
    if (ref === 'live') return textsOf(await liveSections(manager, applicationId));
    const version = await manager.getRepository(DescriptionVersion).findOneBy({ applicationId, number: ref });
    if (!version) throw descriptionVersionNotFound(ref);
    return version.sections;
  }
}

function parseRef(value: string): VersionRef {
  return value === 'live' ? 'live' : Number(value);
}

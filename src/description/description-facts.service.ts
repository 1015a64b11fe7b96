import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import { validationFailed } from '../common/http/validation.js';
import { jsonb } from '../database/jsonb.js';
import { notYourTurn } from '../track/track.errors.js';
import { DescriptionFacts } from './description-facts.entity.js';
import { factsChanged } from './description.errors.js';
import { assertWerkbladWritable } from './description.service.js';
import type { SaveListingFactsDto } from './dto/save-listing-facts.dto.js';
import { liveFacts, type CurrentFacts } from './description-facts.js';
import { completeFacts, factRuleBreaks, sameFacts } from './listing-facts.js';

/** Saving the structured facts of the werkblad: the owner, while the werkblad is open for writing. */
@Injectable()
export class DescriptionFactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  /** Like a section save: the client sends the version it last saw; a save over newer facts is a 409 with the current facts. */
  async save(user: AuthUser, applicationId: string, dto: SaveListingFactsDto): Promise<CurrentFacts> {
    return this.dataSource.transaction(async (manager) => {
      // The shared lock of a section save: never while a track step freezes a version.
      await manager.getRepository(Application).findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_read' } });
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      if (!kinds.includes('owner')) throw notYourTurn('EDIT_FACTS');
      assertWerkbladWritable(application);
      const { version, ...fields } = dto;
      const facts = completeFacts(fields);
      const breaks = factRuleBreaks(facts);
      if (breaks.length) throw validationFailed(breaks);

      const current = await liveFacts(manager, applicationId);
      if (current.version === version && sameFacts(current.facts, facts)) return current;
      const saved: unknown[] =
        version === 0
          ? await manager.query(
              `INSERT INTO description_facts (application_id, facts, version, updated_by, updated_at)
               VALUES ($1, $2, 1, $3, now()) ON CONFLICT (application_id) DO NOTHING RETURNING version`,
              [applicationId, JSON.stringify(facts), user.id],
            )
          : (
              await manager
                .createQueryBuilder()
                .update(DescriptionFacts)
                .set({ facts: jsonb(facts), version: () => 'version + 1', updatedBy: user.id, updatedAt: () => 'now()' })
                .where('application_id = :applicationId AND version = :version', { applicationId, version })
                .returning('version')
                .execute()
            ).raw;
      if (saved.length !== 1) throw factsChanged(version, await liveFacts(manager, applicationId));
      return liveFacts(manager, applicationId);
    });
  }
}

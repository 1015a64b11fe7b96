import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { Application } from '../applications/application.entity.js';
import { validationFailed } from '../common/http/validation.js';
import { countWords } from '../common/validation/text.js';
import { notYourTurn } from '../track/track.errors.js';
import { trackContextOf } from '../track/track.snapshot.js';
import { TrackService } from '../track/track.service.js';
import { DESCRIPTION_SECTION_KEYS, sectionDefinition } from './description-sections.js';
import { DescriptionSection } from './description-section.entity.js';
import { descriptionNotEditable, sectionChanged, type CurrentSection } from './description.errors.js';
import { hasAnyText, liveSection, liveSections, sameTexts, textsOf } from './description-texts.js';
import { DescriptionVersions } from './description-versions.service.js';
import { liveFacts } from './description-facts.js';
import { completeFacts, hasAnyFact, sameFacts } from './listing-facts.js';
import type { SaveSectionDto } from './dto/save-section.dto.js';

/** Werkblad states in which the owner writes; once the coach marks it ready, the text is closed. */
const WRITABLE_WERKBLAD_STATES = ['drafting', 'feedbackRequested'];

export function werkbladState(application: Application): string | null {
  return application.state === 'description' ? (application.stateDetail?.werkblad ?? null) : null;
}

export function assertWerkbladWritable(application: Application): void {
  const werkblad = werkbladState(application);
  if (werkblad === null || !WRITABLE_WERKBLAD_STATES.includes(werkblad)) throw descriptionNotEditable(application.state, werkblad);
}

/** The werkblad as a whole, and saving its sections one at a time. */
@Injectable()
export class DescriptionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly track: TrackService,
    private readonly versions: DescriptionVersions,
  ) {}

  async view(user: AuthUser, applicationId: string, manager: EntityManager = this.dataSource.manager) {
    const { application, kinds } = await this.access.load(user, applicationId, manager);
    const sections = await liveSections(manager, applicationId);
    const versions = await this.versions.summaries(manager, applicationId);
    const latest = await this.versions.latest(manager, applicationId);
    const texts = textsOf(sections);
    const facts = await liveFacts(manager, applicationId);
    const werkblad = werkbladState(application);
    const context = trackContextOf(application);
    return {
      applicationId: application.id,
      reference: application.reference,
      name: application.name,
      state: application.state,
      werkblad,
      documents: application.state === 'description' ? (application.stateDetail?.documents ?? null) : null,
      feedbackRound: context.feedbackRound,
      /** The application version, to send with the track steps below. */
      version: application.version,
      canEdit: kinds.includes('owner') && werkblad !== null && WRITABLE_WERKBLAD_STATES.includes(werkblad),
      changedSinceLastVersion: latest
        ? !sameTexts(texts, latest.sections) || !sameFacts(facts.facts, completeFacts(latest.facts))
        : hasAnyText(texts) || hasAnyFact(facts.facts),
      /** The structured facts the listing shows (listing-facts.ts), with their own version for saving. */
      facts,
      sections: sections.map((section) => {
        const definition = sectionDefinition(section.key)!;
        return {
          ...section,
          title: definition.titleNl,
          titleEn: definition.titleEn,
          help: definition.help,
          maxWords: definition.maxWords,
        };
      }),
      versions,
      allowedActions: this.track.allowedActions(application, kinds),
    };
  }

  /**
   * Saves one section with optimistic concurrency per section: the client sends the version it
   * last saw, and a save over someone else's newer text is refused with that text in the answer.
   * Not a track transition: the application version and the history stay untouched.
   */
  async saveSection(user: AuthUser, applicationId: string, key: string, dto: SaveSectionDto): Promise<CurrentSection> {
    return this.dataSource.transaction(async (manager) => {
      // A shared lock: saves of different sections run side by side, but never while a track step
      // (which locks the row for update) freezes a version or closes the werkblad.
      await manager.getRepository(Application).findOne({ where: { id: applicationId }, lock: { mode: 'pessimistic_read' } });
      const { application, kinds } = await this.access.load(user, applicationId, manager);
      if (!kinds.includes('owner')) throw notYourTurn('EDIT_SECTION');
      const definition = sectionDefinition(key);
      if (!definition)
        throw validationFailed([
          { field: 'key', reason: `onbekende sectie "${key.slice(0, 60)}"; bekend zijn ${DESCRIPTION_SECTION_KEYS.join(', ')} / unknown section` },
        ]);
      assertWerkbladWritable(application);
      const words = countWords(dto.content);
      if (words > definition.maxWords)
        throw validationFailed([
          {
            field: 'content',
            reason: `${definition.titleNl} heeft ${words} woorden, hoogstens ${definition.maxWords} toegestaan / ${definition.titleEn} has ${words} words, at most ${definition.maxWords} allowed`,
          },
        ]);

      const current = await liveSection(manager, applicationId, key);
      if (current.version === dto.version && current.content === dto.content) return current;

      const saved =
        dto.version === 0
          ? await manager.query(
              `INSERT INTO description_sections (application_id, section_key, content, version, updated_by, updated_at)
               VALUES ($1, $2, $3, 1, $4, now())
               ON CONFLICT (application_id, section_key) DO NOTHING RETURNING version`,
              [applicationId, key, dto.content, user.id],
            )
          : // Under READ COMMITTED a concurrent save of the same version waits for this row and then
            // finds the version moved on, so exactly one of them succeeds.
            (
              await manager
                .createQueryBuilder()
                .update(DescriptionSection)
                .set({ content: dto.content, version: () => 'version + 1', updatedBy: user.id, updatedAt: () => 'now()' })
                .where('application_id = :applicationId AND section_key = :key AND version = :version', {
                  applicationId,
                  key,
                  version: dto.version,
                })
                .returning('version')
                .execute()
            ).raw;
      if ((saved as unknown[]).length !== 1) throw sectionChanged(dto.version, await liveSection(manager, applicationId, key));
      return liveSection(manager, applicationId, key);
    });
  }
}

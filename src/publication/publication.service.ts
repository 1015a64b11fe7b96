import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { transition } from 'xstate';
import type { AuthUser } from '../auth/auth-user.js';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { Application } from '../applications/application.entity.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { CommitteeSettingsService } from '../committee-settings/committee-settings.service.js';
import { appendAudit } from '../track/audit-log.js';
import { eventNotAllowed, notYourTurn } from '../track/track.errors.js';
import { mayActorSend } from '../track/track.permissions.js';
import { restore, stateKey } from '../track/track.snapshot.js';
import { systemActor, userActor } from '../track/track-actor.js';
import type { TrackEvent } from '../track/track.events.js';
import { trackMachine, type TrackContext, type TrackSnapshot } from '../track/track.machine.js';
import { TrackService } from '../track/track.service.js';
import { Listing } from './listing.entity.js';
import { ListingSource, type ListingContent } from './listing-source.js';
import { listingCommitteeOfApplication } from './listing-committee.js';
import { publicListingDetail, staffListingView } from './listing.view.js';
import type { StartReassessmentDto } from './dto/reassessment.dto.js';
import { listingNotFound, listingSuperseded, notListingOwner, reassessmentAlreadyOpen } from './publication.errors.js';
import { firstFreeSlug, slugify } from './slug.js';
import { REFRESH_WORDS_SQL } from './listing-suggestion.sql.js';

/** States in which an application no longer leads anywhere: a new re-assessment may start. */
import { CLOSED_STATES } from '../track/track.snapshot.js';

export { CLOSED_STATES };

/**
 * Publication in the public databank and the validity of a recognition. Every change goes
 * through TrackService.send, with the listing written in its `before` hook, so the track state
 * and the listing never disagree.
 */
@Injectable()
export class PublicationService {
  private readonly logger = new Logger(PublicationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly track: TrackService,
    private readonly applications: ApplicationsService,
    private readonly source: ListingSource,
    private readonly access: ApplicationAccess,
    private readonly committeeSettings: CommitteeSettingsService,
  ) {}

  /**
   * The public listing exactly as PUBLISH would write it now, without publishing: the same
   * fields, the slug it would get, and today as the publication date. Only for who may publish.
   */
  async previewPublication(user: AuthUser, applicationId: string) {
    const manager = this.dataSource.manager;
    const { application, kinds } = await this.access.load(user, applicationId, manager);
    if (!mayActorSend(kinds, 'PUBLISH')) throw notYourTurn('PUBLISH');
    const snapshot = restore(application.snapshot, application.machineVersion);
    if (!snapshot.can({ type: 'PUBLISH' })) throw eventNotAllowed('PUBLISH', stateKey(snapshot));
    const fields = await this.listingFields(manager, application, nextContext(snapshot, { type: 'PUBLISH' }));
    const existing = application.listingId ? await manager.getRepository(Listing).findOneBy({ id: application.listingId }) : null;
    const slug = existing?.slug ?? (await this.candidateSlug(manager, slugify(fields.title)));
    const now = new Date();
    const listing = manager.getRepository(Listing).create({ ...fields, slug, publishedAt: existing?.publishedAt ?? now, updatedAt: now });
    return publicListingDetail(listing, await listingCommitteeOfApplication(manager, application.id, listing.level));
  }

  /**
   * The secretary publishes a recognised application. A re-assessment (an application with a
   * `listingId`) takes over its listing, so the slug and URL stay; otherwise a listing is created.
   */
  async publish(user: AuthUser, applicationId: string, version: number) {
    const audit: Record<string, unknown> = {};
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'PUBLISH' },
      expectedVersion: version,
      // Filled in by `before`; TrackService reads it after the hook has run.
      auditPayload: audit,
      before: async (manager, application, snapshot) => {
        const context = nextContext(snapshot, { type: 'PUBLISH' });
        const listing = await this.writeListing(manager, application, context);
        Object.assign(audit, { listingId: listing.id, slug: listing.slug, recognisedUntil: context.recognisedUntil });
      },
    });
    await this.refreshSearchWords();
    return this.staffResult(user, applicationId);
  }

  /** The secretary refreshes the listing's text from the application (e.g. a corrected description). */
  async updateListing(user: AuthUser, applicationId: string, version: number) {
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'UPDATE_LISTING' },
      expectedVersion: version,
      before: async (manager, application) => {
        const listing = await this.currentListing(manager, application);
        await manager.getRepository(Listing).update({ id: listing.id }, { ...(await this.source.read(manager, application)), updatedAt: new Date() });
      },
    });
    await this.refreshSearchWords();
    return this.staffResult(user, applicationId);
  }

  /**
   * The recognition has run out (called by the reminders module once `recognisedUntil` has
   * passed; `at` must be on or after it): the track moves to `expired` and the listing leaves
   * the databank, in one transaction. A listing that a re-assessment has taken over stays.
   */
  async expire(applicationId: string, at: Date = new Date()): Promise<Application> {
    const expired = await this.track.send({
      applicationId,
      actor: systemActor('validity'),
      event: { type: 'EXPIRE', at: at.toISOString() },
      before: async (manager) => {
        await manager
          .getRepository(Listing)
          .createQueryBuilder()
          .update()
          .set({ withdrawnAt: () => 'now()', withdrawnReason: 'expired' })
          .where('application_id = :applicationId AND withdrawn_at IS NULL', { applicationId })
          .execute();
      },
    });
    await this.refreshSearchWords();
    return expired;
  }

  /**
   * The words behind the databank's spelling suggestions, after the listed texts changed. After
   * the commit, since a concurrent refresh cannot run inside a transaction; a failure only makes
   * suggestions lag until the next refresh, so it does not undo the step.
   */
  private async refreshSearchWords(): Promise<void> {
    await this.dataSource.query(REFRESH_WORDS_SQL).catch((error: Error) => this.logger.warn(`listing_words not refreshed: ${error.message}`));
  }

  /** The owner has been invited to apply for re-assessment; the listing stays as it is. */
  async markReassessmentDue(applicationId: string): Promise<Application> {
    return this.track.send({ applicationId, actor: systemActor('validity'), event: { type: 'REASSESSMENT_DUE' } });
  }

  /**
   * An owner of the listed intervention starts a re-assessment: a new application linked to the
   * listing, prefilled from the current intake fields and the last description.
   */
  async startReassessment(user: AuthUser, slug: string, dto: StartReassessmentDto) {
    const applicationId = await this.dataSource.transaction(async (manager) => {
      // NO KEY UPDATE: serialises two requests for the same listing, while still letting the new
      // application's foreign key to the listing (a KEY SHARE lock) through.
      const [locked]: { id: string }[] = await manager.query(`SELECT id FROM listings WHERE slug = $1 FOR NO KEY UPDATE`, [slug]);
      if (!locked) throw listingNotFound();
      const listing = await manager.getRepository(Listing).findOneByOrFail({ id: locked.id });
      const current = await manager.getRepository(Application).findOneByOrFail({ id: listing.applicationId });
      const isOwner =
        user.roles.includes('owner') &&
        (await manager.getRepository(ApplicationOwner).existsBy({ applicationId: current.id, userId: user.id }));
      if (!isOwner) throw listing.withdrawnAt ? listingNotFound() : notListingOwner();

      const open: { id: string }[] = await manager.query(
        `SELECT id FROM applications
          WHERE listing_id = $1 AND id <> $2 AND NOT (state = ANY($3) OR state LIKE 'published.%')
          LIMIT 1`,
        [listing.id, current.id, CLOSED_STATES],
      );
      if (open.length) throw reassessmentAlreadyOpen(open[0].id);

      const targetLevel = dto.targetLevel ?? listing.level;
      // The same committee, under its settings of today (a re-assessment is a new application).
      const procedure = await this.committeeSettings.forNewApplication(manager, current.committeeId, targetLevel, { reassessment: true });
      const created = await this.track.start(user.id, {
        listingId: listing.id,
        targetLevel,
        name: current.name,
        organisation: current.organisation,
        contactName: current.contactName,
        contactEmail: current.contactEmail,
        contactPhone: current.contactPhone,
        summary: current.summary,
        goal: current.goal,
        targetGroup: current.targetGroup,
        approach: current.approach,
        themes: current.themes,
        yearsInPractice: current.yearsInPractice,
        organisationsCount: current.organisationsCount,
        hasHandbook: current.hasHandbook,
        handbookInDutch: current.handbookInDutch,
        hasProcessEvaluation: current.hasProcessEvaluation,
      }, { procedure, manager });
      // The co-owners of the listed intervention own its re-assessment too.
      await manager.query(
        `INSERT INTO application_owners (application_id, user_id, added_by)
         SELECT $1, user_id, $2 FROM application_owners WHERE application_id = $3
         ON CONFLICT DO NOTHING`,
        [created.id, user.id, current.id],
      );
      const sections = await this.source.copyDescription(manager, current.id, created.id, user.id);
      await appendAudit(manager, {
        applicationId: created.id,
        applicationVersion: created.version,
        actorId: user.id,
        actorKind: 'owner',
        eventType: 'REASSESSMENT_STARTED',
        fromState: created.state,
        toState: created.state,
        payload: { listingSlug: listing.slug, previousApplicationId: current.id, descriptionSectionsCopied: sections },
      });
      return created.id;
    });
    return this.applications.view(user, applicationId);
  }

  /** Creates the listing, or brings the linked one up to date; returns it. */
  private async writeListing(manager: EntityManager, application: Application, context: TrackContext): Promise<Listing> {
    const repository = manager.getRepository(Listing);
    const fields = await this.listingFields(manager, application, context);
    if (application.listingId) {
      await repository.update({ id: application.listingId }, fields);
      return repository.findOneByOrFail({ id: application.listingId });
    }
    const slug = await this.freeSlug(manager, slugify(fields.title));
    const { identifiers } = await repository.insert({ ...fields, slug, firstApplicationId: application.id, publishedAt: new Date() });
    const id = identifiers[0].id as string;
    await manager.getRepository(Application).update({ id: application.id }, { listingId: id });
    return repository.findOneByOrFail({ id });
  }

  /** What the listing of a publication holds: the application's public text, the decision's level and dates (the import writes its listings with it too). */
  async listingFields(manager: EntityManager, application: Application, context: TrackContext) {
    const decision = context.decision;
    if (!decision?.level || !context.recognisedUntil) throw new Error(`PUBLISH of ${application.id} without a recognising decision`);
    const content: ListingContent = await this.source.read(manager, application);
    return {
      ...content,
      applicationId: application.id,
      level: decision.level,
      decisionDate: dutchDate(decision.decidedAt),
      recognisedUntil: new Date(context.recognisedUntil),
      updatedAt: new Date(),
      withdrawnAt: null,
      withdrawnReason: null,
    };
  }

  /** `base`, or `base-2`, `base-3`, …; an advisory lock on the base keeps two publications apart. */
  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('listing-slug:' || $1))`, [base]);
    return this.candidateSlug(manager, base);
  }

  /** The first slug not taken now (a preview's guess; freeSlug decides under the lock). */
  private async candidateSlug(manager: EntityManager, base: string): Promise<string> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM listings WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
      [base],
    );
    return firstFreeSlug(base, rows.map((row) => row.slug));
  }

  /** The listing this application carries now, or 409 when a re-assessment has taken it over. */
  private async currentListing(manager: EntityManager, application: Application): Promise<Listing> {
    const listing = await manager.getRepository(Listing).findOneBy({ applicationId: application.id });
    if (!listing) throw listingSuperseded();
    return listing;
  }

  private async staffResult(user: AuthUser, applicationId: string) {
    const application = await this.applications.view(user, applicationId);
    const listing = await this.dataSource.getRepository(Listing).findOneBy({ applicationId });
    return { application, listing: listing ? staffListingView(listing) : null };
  }
}

/** The context the machine will have after `event`: the machine is pure, so this is its own answer. */
function nextContext(snapshot: TrackSnapshot, event: TrackEvent): TrackContext {
  const [next] = transition(trackMachine, snapshot, event);
  return next.context;
}

const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day of an instant in the Netherlands, as YYYY-MM-DD (the decision date people know). */
export function dutchDate(instant: string): string {
  return DUTCH_DAY.format(new Date(instant));
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed } from '../common/http/validation.js';
import { CommitteeSettingsService } from '../committee-settings/committee-settings.service.js';
import { DOCUMENT_EDITABLE_STATES } from '../documents/document-kind.js';
import { ThemesService } from '../themes/themes.service.js';
import { appendAudit } from '../track/audit-log.js';
import { StuckThresholdSettings } from '../track/stuck-threshold-settings.service.js';
import { eventNotAllowed, notYourTurn, staleVersion } from '../track/track.errors.js';
import type { TrackEvent } from '../track/track.events.js';
import type { ActorKind } from '../track/track.permissions.js';
import { readinessOf } from '../track/readiness.js';
import { userActor } from '../track/track-actor.js';
import { TrackService } from '../track/track.service.js';
import { User } from '../users/user.entity.js';
import { admissionCriteria, failedCriteria } from './admission-criteria.js';
import { ApplicationAccess } from './application-access.service.js';
import { Application } from './application.entity.js';
import { withoutEarlyDecision } from './early-decision.js';
import { applicationSummaryView, applicationView, SUMMARY_COLUMNS, type PersonRef } from './application.view.js';
import type { CreateApplicationDto } from './dto/create-application.dto.js';
import type { AdmitActionDto, ListApplicationsQuery } from './dto/track-action.dto.js';
import type { UpdateApplicationDto } from './dto/update-application.dto.js';
import { missingIntakeFields } from './intake-completeness.js';
import { OwnerInvitations } from './owner-invitations.service.js';
import { readsAsStaff } from './staff-reader.js';

/** States in which the owner may still change the intake form. */
const EDITABLE_INTAKE_STATES = ['draft', 'informationRequested'];

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
    private readonly track: TrackService,
    private readonly themes: ThemesService,
    private readonly invitations: OwnerInvitations,
    private readonly stuckThresholds: StuckThresholdSettings,
    private readonly committeeSettings: CommitteeSettingsService,
  ) {}

  async create(user: AuthUser, dto: CreateApplicationDto) {
    await this.themes.assertActive(dto.themes);
    const { committeeId, ...fields } = dto;
    const application = await this.dataSource.transaction(async (manager) => {
      const procedure = await this.committeeSettings.forNewApplication(manager, committeeId, dto.targetLevel);
      const start = { ...fields, organisation: dto.organisation ?? user.organisation, contactName: dto.contactName ?? user.name, contactEmail: dto.contactEmail ?? user.email };
      return this.track.start(user.id, start, { procedure, manager });
    });
    return this.view(user, application.id);
  }

  async list(user: AuthUser, query: ListApplicationsQuery) {
    if (user.roles.includes('owner')) await this.invitations.claimFor(user);
    // Only the columns the summary shows: a whole row carries the statechart snapshot and the intake texts.
    const builder = this.access.restrictToVisible(
      this.dataSource.getRepository(Application).createQueryBuilder('application').select(SUMMARY_COLUMNS.map((column) => `application.${column}`)),
      user,
    );
    if (query.state) builder.andWhere('application.state = :state', { state: query.state });
    const rows = await builder.orderBy('application.updated_at', 'DESC').limit(500).getMany();
    const now = new Date();
    const thresholds = await this.stuckThresholds.current();
    const views = rows.map((row) => applicationSummaryView(row, now, thresholds));
    return query.phase ? views.filter((view) => view.phase === query.phase) : views;
  }

  /** The application as this user may see it, with the actions they may take now. */
  async view(user: AuthUser, id: string, manager?: EntityManager) {
    const { application, kinds } = await this.access.load(user, id, manager);
    return this.viewOf(application, kinds, manager);
  }

  /** The view of an application already read, with the viewer's capacities in it. */
  private async viewOf(application: Application, kinds: ActorKind[], manager?: EntityManager) {
    const isStaff = readsAsStaff(kinds);
    const isOwner = kinds.includes('owner');
    const documentsOpen = DOCUMENT_EDITABLE_STATES.includes(application.state);
    return applicationView(application, await this.stuckThresholds.current(), {
      kinds,
      allowedActions: await withoutEarlyDecision(manager ?? this.dataSource.manager, application, this.track.allowedActions(application, kinds)),
      documentsOpen,
      canUploadDocuments: isOwner && documentsOpen,
      coach: await this.person(application.coachId, manager),
      missingFields: isOwner && EDITABLE_INTAKE_STATES.includes(application.state) ? missingIntakeFields(application) : undefined,
      admissionCriteria: isStaff ? admissionCriteria(application) : undefined,
      readiness: isStaff || isOwner ? readinessOf(application) : undefined,
      openQuestion: application.state === 'informationRequested' ? await this.openQuestion(application.id, manager) : undefined,
    });
  }

  async updateIntake(user: AuthUser, id: string, dto: UpdateApplicationDto) {
    const { version, ...changes } = dto;
    await this.themes.assertActive(changes.themes);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Application);
      const { application, kinds } = await this.access.load(user, id, manager, { lock: true });
      if (!kinds.includes('owner')) throw notYourTurn('UPDATE_INTAKE');
      if (application.version !== version) throw staleVersion(version, application.version);
      if (!EDITABLE_INTAKE_STATES.includes(application.state)) throw eventNotAllowed('UPDATE_INTAKE', application.state);
      const fields = Object.keys(changes).filter((key) => (changes as Record<string, unknown>)[key] !== undefined);
      if (fields.includes('targetLevel') && changes.targetLevel !== application.targetLevel)
        throw validationFailed([{ field: 'targetLevel', reason: 'het beoogde niveau ligt vast zodra de aanmelding bestaat; start een nieuwe aanmelding / the target level is fixed once the application exists' }]);
      await repository.update({ id }, { ...changes, version: application.version + 1 });
      await appendAudit(manager, {
        applicationId: id,
        applicationVersion: application.version + 1,
        actorId: user.id,
        actorKind: 'owner',
        eventType: 'INTAKE_UPDATED',
        fromState: application.state,
        toState: application.state,
        payload: { fields },
      });
      return this.view(user, id, manager);
    });
  }

  /** Submitting (or resubmitting after a question) needs a complete intake form. */
  async submit(user: AuthUser, id: string, version: number, event: TrackEvent = { type: 'SUBMIT' }) {
    // These steps change neither who owns the application nor who coaches it: the viewer's capacities stand.
    const { application, kinds } = await this.track.sendAndTell({
      applicationId: id,
      actor: userActor(user),
      event,
      expectedVersion: version,
      before: async (manager, application) => {
        const missing = missingIntakeFields(application);
        if (missing.length) throw validationFailed(missing);
        if (event.type === 'SUBMIT') await manager.getRepository(Application).update({ id }, { submittedAt: new Date() });
      },
    });
    return this.viewOf(application, kinds);
  }

  /**
   * Admission assigns the coach. Admitting although a criterion is not met (or unknown)
   * needs a recorded reason; the criteria as they stood are kept in the history.
   */
  async admit(user: AuthUser, id: string, dto: AdmitActionDto) {
    await this.track.send({
      applicationId: id,
      actor: userActor(user),
      event: { type: 'ADMIT' },
      expectedVersion: dto.version,
      internalNote: dto.internalNote,
      before: async (manager, application) => {
        const coach = await manager.getRepository(User).findOneBy({ id: dto.coachId });
        if (!coach || !coach.roles.includes('coach') || coach.disabledAt)
          throw validationFailed([{ field: 'coachId', reason: 'geen actieve begeleider / not an active coach' }]);
        const failed = failedCriteria(application);
        if (failed.length && !dto.reason)
          throw validationFailed([
            {
              field: 'reason',
              reason: `niet aan alle toelatingscriteria voldaan (${failed.map((c) => c.code).join(', ')}); leg de reden vast / not all admission criteria are met; record the reason`,
            },
          ]);
        await manager.getRepository(Application).update({ id }, { coachId: coach.id });
      },
      auditPayload: { coachId: dto.coachId, reason: dto.reason ?? null },
    });
    return this.view(user, id);
  }

  async send(user: AuthUser, id: string, version: number, event: TrackEvent, internalNote?: string) {
    const { application, kinds } = await this.track.sendAndTell({ applicationId: id, actor: userActor(user), event, expectedVersion: version, internalNote });
    return this.viewOf(application, kinds);
  }

  private async person(id: string | null, manager?: EntityManager): Promise<PersonRef | null> {
    if (!id) return null;
    const user = await (manager ?? this.dataSource.manager).getRepository(User).findOneBy({ id });
    return user ? { id: user.id, name: user.name, email: user.email } : null;
  }

  private async openQuestion(applicationId: string, manager?: EntityManager): Promise<string | null> {
    const rows: { question: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT payload->>'question' AS question FROM audit_events
        WHERE application_id = $1 AND event_type = 'REQUEST_INFORMATION' ORDER BY id DESC LIMIT 1`,
      [applicationId],
    );
    return rows[0]?.question ?? null;
  }
}

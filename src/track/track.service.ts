import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { initialTransition, transition } from 'xstate';
import type { DataSource, EntityManager } from 'typeorm';
import { ApplicationAccess } from '../applications/application-access.service.js';
import { ApplicationOwner } from '../applications/application-owner.entity.js';
import { Application } from '../applications/application.entity.js';
import { appendAudit } from './audit-log.js';
import type { AuditVisibility } from './audit-event.entity.js';
import { readinessOf } from './readiness.js';
import { applicationNotFound, eventNotAllowed, notYourTurn, staleVersion, stepNotReady } from './track.errors.js';
import type { TrackEvent } from './track.events.js';
import { enqueueTransitionEffects } from './track-effects.js';
import type { TrackActor } from './track-actor.js';
import { DEFAULT_TRACK_PROCEDURE, TRACK_MACHINE_VERSION, trackMachine, type TrackProcedure, type TrackSnapshot } from './track.machine.js';
import { actorKindsFor, eventTypesFor, type ActorKind } from './track.permissions.js';
import { nextEvents, persist, restore, stateDetail, stateKey } from './track.snapshot.js';
import { jsonb } from '../database/jsonb.js';

export interface SendCommand {
  applicationId: string;
  actor: TrackActor;
  event: TrackEvent;
  /** The `version` the client last saw; a different current version is a 409. */
  expectedVersion?: number;
  /** What the history records; defaults to the event's own payload. */
  auditPayload?: Record<string, unknown>;
  internalNote?: string | null;
  /** Who may read the history line; 'staff' keeps it from the owner (e.g. a decision whose letter is not sent). */
  auditVisibility?: AuditVisibility;
  /** Domain checks and writes that must succeed with the transition (runs after the checks, before the update). */
  before?: (manager: EntityManager, application: Application, snapshot: TrackSnapshot) => Promise<void>;
}

/** The committee and settings version a case starts under (CommitteeSettingsService.forNewApplication). */
export interface StartingProcedure {
  committeeId: string | null;
  committeeName: string | null;
  settingsVersion: number | null;
  procedure: TrackProcedure;
}

/** A case without a committee (none exists yet) follows the national procedure. */
const NATIONAL_PROCEDURE: StartingProcedure = { committeeId: null, committeeName: null, settingsVersion: null, procedure: DEFAULT_TRACK_PROCEDURE };

export interface NewApplicationFields
  extends Omit<Partial<Application>, 'id' | 'state' | 'snapshot' | 'version' | 'machineVersion' | 'coachId' | 'createdBy' | 'committeeId' | 'settingsVersion'> {
  targetLevel: Application['targetLevel'];
  name: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
}

/**
 * The one write path of the recognition track. Every state change of an application goes
 * through `send`: lock the row, check the version, check who may send the event, check that
 * the state accepts it, compute the next snapshot with the pure machine, and write the
 * snapshot, the audit line and the outbox message in one transaction.
 */
@Injectable()
export class TrackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ApplicationAccess,
  ) {}

  /**
   * Creates a draft owned by its creator, with the machine's initial snapshot. The procedure
   * (committee and settings version, resolved by the caller in the same transaction) goes into
   * the snapshot's context and stays there for the life of the case.
   */
  async start(
    ownerId: string,
    fields: NewApplicationFields,
    options: { procedure?: StartingProcedure; manager?: EntityManager } = {},
  ): Promise<Application> {
    if (!options.manager) return this.dataSource.transaction((manager) => this.start(ownerId, fields, { ...options, manager }));
    const { manager } = options;
    const procedure = options.procedure ?? NATIONAL_PROCEDURE;
    const [snapshot] = initialTransition(trackMachine, { targetLevel: fields.targetLevel, procedure: procedure.procedure });
    {
      const repository = manager.getRepository(Application);
      const { identifiers } = await repository.insert({
        summary: '',
        goal: '',
        targetGroup: '',
        approach: '',
        themes: [],
        ...fields,
        committeeId: procedure.committeeId,
        settingsVersion: procedure.settingsVersion,
        createdBy: ownerId,
        state: stateKey(snapshot),
        stateDetail: stateDetail(snapshot),
        snapshot: jsonb(persist(snapshot)),
        machineVersion: TRACK_MACHINE_VERSION,
        version: 1,
        stateChangedAt: new Date(),
      });
      const id = identifiers[0].id as string;
      await manager.getRepository(ApplicationOwner).insert({ applicationId: id, userId: ownerId, addedBy: ownerId });
      await appendAudit(manager, {
        applicationId: id,
        applicationVersion: 1,
        actorId: ownerId,
        actorKind: 'owner',
        eventType: 'CREATED',
        toState: stateKey(snapshot),
        // The history says which procedure the case follows.
        payload: { committeeId: procedure.committeeId, committeeName: procedure.committeeName, settingsVersion: procedure.settingsVersion },
      });
      return repository.findOneByOrFail({ id });
    }
  }

  async send(command: SendCommand): Promise<Application> {
    return (await this.sendAndTell(command)).application;
  }

  /**
   * The same, and the capacities the actor acted in when the row was locked, so that a caller can
   * answer with the application as the actor sees it without reading it again.
   */
  async sendAndTell(command: SendCommand): Promise<{ application: Application; kinds: ActorKind[] }> {
    return this.dataSource.transaction((manager) => this.sendWithinAndTell(manager, command));
  }

  /** The same as send, inside a transaction the caller already holds. */
  async sendWithin(manager: EntityManager, command: SendCommand): Promise<Application> {
    return (await this.sendWithinAndTell(manager, command)).application;
  }

  private async sendWithinAndTell(manager: EntityManager, command: SendCommand): Promise<{ application: Application; kinds: ActorKind[] }> {
    const { event, actor } = command;
    const repository = manager.getRepository(Application);
    const { application, kinds } = await this.lockWithKinds(manager, actor, command.applicationId);
    if (!application) throw applicationNotFound();
    if (actor.type === 'user' && !this.access.canRead(actor.user, application, kinds)) throw applicationNotFound();
    if (command.expectedVersion !== undefined && command.expectedVersion !== application.version)
      throw staleVersion(command.expectedVersion, application.version);
    const actingAs = actorKindsFor(event).find((kind) => kinds.includes(kind));
    if (!actingAs) throw notYourTurn(event.type);

    const snapshot = restore(application.snapshot, application.machineVersion);
    const fromState = stateKey(snapshot);
    if (!snapshot.can(event)) {
      const readiness = readinessOf(application);
      if (readiness?.nextStep === event.type && readiness.missing.length) throw stepNotReady(event.type, fromState, readiness.missing);
      throw eventNotAllowed(event.type, fromState);
    }

    await command.before?.(manager, application, snapshot);
    const [next] = transition(trackMachine, snapshot, event);
    const toState = stateKey(next);
    const newVersion = application.version + 1;
    const changes = {
      snapshot: persist(next),
      state: toState,
      stateDetail: stateDetail(next),
      machineVersion: TRACK_MACHINE_VERSION,
      version: newVersion,
      ...(toState !== fromState ? { stateChangedAt: new Date() } : {}),
    };
    const update = await repository
      .createQueryBuilder()
      .update(Application)
      .set({ ...changes, snapshot: jsonb(changes.snapshot) })
      .where('id = :id AND version = :version', { id: application.id, version: application.version })
      // The column's default moves it; the row handed back must show the stored value.
      .returning('updated_at')
      .execute();
    if (update.affected !== 1) throw staleVersion(application.version, application.version + 1);
    const updatedAt = (update.raw as { updated_at: Date }[])[0].updated_at;

    const { type: _type, ...eventPayload } = event as TrackEvent & Record<string, unknown>;
    const details = command.auditPayload ?? eventPayload;
    const actorId = actor.type === 'user' ? actor.user.id : null;
    const auditEventId = await appendAudit(manager, {
      applicationId: application.id,
      applicationVersion: newVersion,
      actorId,
      actorKind: actingAs,
      eventType: event.type,
      fromState,
      toState,
      payload: details,
      internalNote: command.internalNote,
      visibility: command.auditVisibility,
    });
    await enqueueTransitionEffects(manager, {
      applicationId: application.id,
      event: event.type,
      fromState,
      toState,
      actorId,
      auditEventId,
      applicationVersion: newVersion,
      details,
    });
    // Re-read only when the `before` hook may have written other columns of the row.
    const updated = command.before ? await repository.findOneByOrFail({ id: application.id }) : Object.assign(application, changes, { updatedAt });
    return { application: updated, kinds };
  }

  /** The events this user may send now: what the state accepts, narrowed by who they are. */
  allowedActions(application: Application, kinds: ActorKind[], now = new Date()): string[] {
    const mine = eventTypesFor(kinds.filter((kind) => kind !== 'system'));
    if (mine.length === 0) return [];
    const snapshot = restore(application.snapshot, application.machineVersion);
    return nextEvents(snapshot, now.toISOString(), mine);
  }

  /** Locks the application's row and reads in the same statement how the actor is involved. */
  private async lockWithKinds(manager: EntityManager, actor: TrackActor, id: string): Promise<{ application: Application | null; kinds: ActorKind[] }> {
    if (actor.type === 'system') {
      const application = await manager.getRepository(Application).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      return { application, kinds: ['system'] };
    }
    const found = await this.access.involvement(actor.user, id, manager, { lock: true });
    return { application: found?.application ?? null, kinds: found?.kinds ?? [] };
  }
}

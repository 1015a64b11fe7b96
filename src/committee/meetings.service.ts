import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity.js';
import type { AuthUser } from '../auth/auth-user.js';
import { Decision } from '../decisions/decision.entity.js';
import { VERDICT_LABELS } from '../decisions/decision.view.js';
import { validationFailed } from '../common/http/validation.js';
import { levelLabel } from '../track/track.levels.js';
import { parseInstant } from '../track/track.machine.js';
import { userActor } from '../track/track-actor.js';
import { TrackService } from '../track/track.service.js';
import { AgendaItem } from './agenda-item.entity.js';
import { CommitteeMeeting } from './committee-meeting.entity.js';
import { Committee } from './committee.entity.js';
import {
  agendaMismatch,
  committeeInactive,
  committeeNotFound,
  meetingInThePast,
  meetingNotFound,
  minutesBeforeMeeting,
  notOnAgenda,
  reviewsIncomplete,
} from './committee.errors.js';
import { CommitteesService, seesAllCommittees } from './committees.service.js';
import { meetingHasStarted } from './meeting-started.js';
import type { CreateMeetingDto, ListMeetingsQuery, PlaceOnAgendaDto, UpdateMeetingDto } from './dto/meeting.dto.js';
import { PanelJudgmentsRepository } from './panel-judgments.repository.js';

const MEETING_ZONE = 'Europe/Amsterdam';

// One formatter for the process: making one costs far more than formatting with it, and the meeting
// list formats two dates per meeting.
const CALENDAR_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: MEETING_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of an instant in the Netherlands. */
export function dutchCalendarDate(instant: Date): string {
  return CALENDAR_DATE.format(instant);
}

/** A meeting is past once its day in the Netherlands is over; until then cases can still go on its agenda. */
export function meetingIsPast(startsAt: Date, now: Date): boolean {
  return dutchCalendarDate(startsAt) < dutchCalendarDate(now);
}

function instantOf(value: string, field: string): Date {
  const ms = parseInstant(value);
  if (ms === null) throw validationFailed([{ field, reason: 'een ISO-tijdstip met tijdzone / an ISO instant with a time zone' }]);
  return new Date(ms);
}

/**
 * Meetings and their agendas. The secretary plans them; the chair and members of the committee
 * see them. Placing a case on an agenda and taking it off are track steps (PLACE_ON_AGENDA,
 * REMOVE_FROM_AGENDA), written through the one write path together with the agenda item.
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly committees: CommitteesService,
    private readonly track: TrackService,
    private readonly panel: PanelJudgmentsRepository,
  ) {}

  async create(user: AuthUser, committeeId: string, dto: CreateMeetingDto) {
    const committee = await this.dataSource.getRepository(Committee).findOneBy({ id: committeeId });
    if (!committee) throw committeeNotFound();
    if (!committee.active) throw committeeInactive();
    const startsAt = instantOf(dto.startsAt, 'startsAt');
    if (meetingIsPast(startsAt, new Date())) throw meetingInThePast();
    const { identifiers } = await this.dataSource
      .getRepository(CommitteeMeeting)
      .insert({ committeeId, startsAt, location: dto.location ?? '', createdBy: user.id });
    return this.get(user, identifiers[0].id as string);
  }

  async update(user: AuthUser, id: string, dto: UpdateMeetingDto, now = new Date()) {
    const repository = this.dataSource.getRepository(CommitteeMeeting);
    if (!(await repository.existsBy({ id }))) throw meetingNotFound();
    const changes: Partial<CommitteeMeeting> = {};
    if (dto.startsAt !== undefined) {
      changes.startsAt = instantOf(dto.startsAt, 'startsAt');
      // A start in the past would let the chair decide at once on a meeting that never took place.
      if (changes.startsAt.getTime() < now.getTime())
        throw validationFailed([{ field: 'startsAt', reason: 'niet in het verleden / not in the past' }]);
    }
    if (dto.location !== undefined) changes.location = dto.location;
    if (Object.keys(changes).length) await repository.update({ id }, changes);
    return this.get(user, id);
  }

  /** The meetings in order of their start, each saying whether it is past (see meetingIsPast). */
  async list(user: AuthUser, query: ListMeetingsQuery, now = new Date()) {
    const builder = this.dataSource
      .getRepository(CommitteeMeeting)
      .createQueryBuilder('meeting')
      .innerJoin(Committee, 'committee', 'committee.id = meeting.committee_id')
      .select(['meeting.id AS id', 'meeting.starts_at AS "startsAt"', 'meeting.location AS location'])
      .addSelect(['committee.id AS "committeeId"', 'committee.name AS "committeeName"'])
      .addSelect('(SELECT count(*) FROM agenda_items a WHERE a.meeting_id = meeting.id)::int', 'agendaSize')
      .orderBy('meeting.starts_at', 'ASC');
    if (!seesAllCommittees(user))
      builder.where(
        '(committee.chair_id = :userId OR EXISTS (SELECT 1 FROM committee_members m WHERE m.committee_id = committee.id AND m.user_id = :userId))',
        { userId: user.id },
      );
    if (query.committeeId) builder.andWhere('committee.id = :committeeId', { committeeId: query.committeeId });
    if (query.from) builder.andWhere('meeting.starts_at >= :from', { from: instantOf(query.from, 'from') });
    const rows = await builder.getRawMany<{ id: string; startsAt: Date; location: string; committeeId: string; committeeName: string; agendaSize: number }>();
    return rows.map((row) => ({ ...row, past: meetingIsPast(new Date(row.startsAt), now) }));
  }

  /** The meeting with its agenda, for the secretary and the committee's chair and members; others 404. */
  async get(user: AuthUser, id: string, manager?: EntityManager) {
    const db = manager ?? this.dataSource.manager;
    const meeting = await db.getRepository(CommitteeMeeting).findOneBy({ id });
    if (!meeting) throw meetingNotFound();
    const seat = seesAllCommittees(user) ? null : await this.committees.seat(user.id, meeting.committeeId, db);
    if (!seesAllCommittees(user) && seat === null) throw meetingNotFound();
    const committee = await db.getRepository(Committee).findOneByOrFail({ id: meeting.committeeId });
    const items = await db.getRepository(AgendaItem).find({ where: { meetingId: id }, order: { position: 'ASC', createdAt: 'ASC' } });
    const applications = items.length
      ? await db.getRepository(Application).findBy({ id: In(items.map((item) => item.applicationId)) })
      : [];
    // The decisions this meeting took (not a later one on objection), per case and round.
    const decisions = items.length ? await db.getRepository(Decision).findBy({ meetingId: id, kind: 'decision' }) : [];
    return {
      id: meeting.id,
      startsAt: meeting.startsAt,
      location: meeting.location,
      committee: { id: committee.id, name: committee.name, databank: committee.databank },
      seat,
      // Minutes are written from the meeting's start on (saveMinutes).
      minutesOpen: meetingHasStarted(meeting, new Date()),
      agenda: items.map((item) => {
        const application = applications.find((a) => a.id === item.applicationId)!;
        const decision = decisions.find((d) => d.applicationId === item.applicationId && d.round === item.round);
        return {
          position: item.position,
          round: item.round,
          addedAt: item.createdAt,
          decision: decision
            ? {
                verdict: decision.verdict,
                verdictLabel: VERDICT_LABELS[decision.verdict],
                level: decision.level,
                levelLabel: decision.level ? levelLabel(decision.level) : null,
                decidedAt: decision.decidedAt,
              }
            : null,
          minutes: item.minutes,
          application: {
            id: application.id,
            reference: application.reference,
            name: application.name,
            organisation: application.organisation,
            targetLevel: application.targetLevel,
            targetLevelLabel: levelLabel(application.targetLevel),
            state: application.state,
            version: application.version,
          },
        };
      }),
    };
  }

  /** PLACE_ON_AGENDA: only cases awaiting the committee whose reviews of this round are all in. */
  async placeOnAgenda(user: AuthUser, meetingId: string, dto: PlaceOnAgendaDto) {
    await this.track.send({
      applicationId: dto.applicationId,
      actor: userActor(user),
      event: { type: 'PLACE_ON_AGENDA', meetingId },
      expectedVersion: dto.version,
      before: async (manager, application, snapshot) => {
        // Locks the meeting, so concurrent placements get consecutive positions.
        const meeting = await manager.getRepository(CommitteeMeeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
        if (!meeting) throw meetingNotFound();
        const committee = await manager.getRepository(Committee).findOneByOrFail({ id: meeting.committeeId });
        if (!committee.active) throw committeeInactive();
        if (meetingIsPast(meeting.startsAt, new Date())) throw meetingInThePast();

        const round = snapshot.context.reviewRound;
        const seats = await this.panel.seats(application.id, round, manager);
        const submitted = seats.filter((seat) => seat.review !== null).length;
        if (seats.length === 0 || submitted < seats.length) throw reviewsIncomplete(submitted, seats.length);

        const items = manager.getRepository(AgendaItem);
        const size = await items.countBy({ meetingId });
        const position = Math.min(dto.position ?? size + 1, size + 1);
        if (position <= size)
          await items
            .createQueryBuilder()
            .update()
            .set({ position: () => 'position + 1' })
            .where('meeting_id = :meetingId AND position >= :position', { meetingId, position })
            .execute();
        await items.insert({ meetingId, applicationId: application.id, round, position, addedBy: user.id });
      },
      auditPayload: { meetingId },
    });
    return this.get(user, meetingId);
  }

  async removeFromAgenda(user: AuthUser, meetingId: string, applicationId: string, version: number) {
    await this.track.send({
      applicationId,
      actor: userActor(user),
      event: { type: 'REMOVE_FROM_AGENDA' },
      expectedVersion: version,
      before: async (manager, application, snapshot) => {
        if (snapshot.context.meetingId !== meetingId) throw notOnAgenda();
        await manager.getRepository(CommitteeMeeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
        await manager.getRepository(AgendaItem).delete({ meetingId, applicationId: application.id, round: snapshot.context.reviewRound });
        await this.renumber(manager, meetingId);
      },
      auditPayload: { meetingId },
    });
    return this.get(user, meetingId);
  }

  /** Sets the order of the agenda; the list must name exactly the cases on it. */
  async reorder(user: AuthUser, meetingId: string, applicationIds: string[]) {
    await this.dataSource.transaction(async (manager) => {
      const meeting = await manager.getRepository(CommitteeMeeting).findOne({ where: { id: meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw meetingNotFound();
      const items = await manager.getRepository(AgendaItem).findBy({ meetingId });
      const current = items.map((item) => item.applicationId).sort();
      if (current.length !== applicationIds.length || [...applicationIds].sort().some((id, i) => id !== current[i])) throw agendaMismatch();
      for (const [index, applicationId] of applicationIds.entries())
        await manager.getRepository(AgendaItem).update({ meetingId, applicationId }, { position: index + 1 });
    });
    return this.get(user, meetingId);
  }

  /**
   * The internal minutes of an agenda item, by the secretary or the chair of the meeting's committee,
   * from the meeting's start on (409 MINUTES_BEFORE_MEETING before it). Empty text clears them.
   */
  async saveMinutes(user: AuthUser, meetingId: string, applicationId: string, minutes: string, now = new Date()) {
    const meeting = await this.dataSource.getRepository(CommitteeMeeting).findOneBy({ id: meetingId });
    if (!meeting) throw meetingNotFound();
    if (!user.roles.includes('secretary') && (await this.committees.seat(user.id, meeting.committeeId)) !== 'chair') throw meetingNotFound();
    const items = this.dataSource.getRepository(AgendaItem);
    const item = await items.findOne({ where: { meetingId, applicationId }, order: { round: 'DESC' } });
    if (!item) throw notOnAgenda();
    if (!meetingHasStarted(meeting, now)) throw minutesBeforeMeeting(meeting.startsAt);
    await items.update({ id: item.id }, { minutes: minutes || null, minutesBy: user.id, minutesAt: now });
    return this.get(user, meetingId);
  }

  private async renumber(manager: EntityManager, meetingId: string): Promise<void> {
    await manager.query(
      `UPDATE agenda_items a SET position = n.position
         FROM (SELECT id, row_number() OVER (ORDER BY position, created_at) AS position FROM agenda_items WHERE meeting_id = $1) n
        WHERE a.id = n.id`,
      [meetingId],
    );
  }
}

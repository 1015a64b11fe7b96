import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { validationFailed, type FieldError } from '../common/http/validation.js';
import type { Application } from '../applications/application.entity.js';
import type { KindCounts } from '../panels/panel-composition.js';
import { describeReason, exclusionReasons, type ApplicationPanelFacts } from '../panels/panel-eligibility.js';
import { reviewerNotFound } from '../panels/panel.errors.js';
import { ThemesService } from '../themes/themes.service.js';
import { User } from '../users/user.entity.js';
import type { PutReviewerProfileDto, ReviewerAvailabilityDto } from './dto/reviewer-profile.dto.js';
import { ReviewerProfile } from './reviewer-profile.entity.js';
import { isUnavailableOn, scoreReviewer, type UnavailablePeriod } from './reviewer-scoring.js';
import { EMPTY_STATS, reviewerStats, type ReviewerStats } from './reviewer-stats.js';
import { roleRequired } from '../auth/auth.errors.js';

const DEFAULT_MAX_CONCURRENT_REVIEWS = 3;
const STAFF_ROLES = ['admin', 'secretary'] as const;

/** A reviewer account with its profile (absent until someone saves one). */
export interface ReviewerRecord {
  user: User;
  profile: ReviewerProfile | null;
}

/** Today's calendar date in Amsterdam, YYYY-MM-DD. */
export function todayInAmsterdam(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A YYYY-MM-DD that exists (2025-02-30 does not). */
function isCalendarDate(value: string): boolean {
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

const isStaff = (user: AuthUser) => STAFF_ROLES.some((role) => user.roles.includes(role));

/**
 * The reviewer pool: profiles (science or practice, themes, organisation, availability), each
 * reviewer's load and history, and the ranked suggestions for a panel.
 */
@Injectable()
export class ReviewersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly themes: ThemesService,
  ) {}

  /** Every reviewer account, with load and history (secretary, admin). */
  async list() {
    const records = await this.records(this.dataSource.manager);
    const stats = await reviewerStats(this.dataSource.manager, records.map((record) => record.user.id));
    return records.map((record) => this.view(record, stats.get(record.user.id) ?? EMPTY_STATS));
  }

  /** Staff read any reviewer's profile; a reviewer reads their own. */
  async profile(viewer: AuthUser, userId: string) {
    this.assertSelfOrStaff(viewer, userId);
    const record = await this.record(this.dataSource.manager, userId);
    const stats = await reviewerStats(this.dataSource.manager, [userId]);
    return this.view(record, stats.get(userId) ?? EMPTY_STATS);
  }

  async putProfile(viewer: AuthUser, userId: string, dto: PutReviewerProfileDto) {
    if (!isStaff(viewer)) throw this.forbidden();
    await this.themes.assertActive(dto.themes);
    this.assertPeriods(dto.unavailablePeriods);
    await this.record(this.dataSource.manager, userId);
    const existing = await this.dataSource.getRepository(ReviewerProfile).findOneBy({ userId });
    await this.dataSource.getRepository(ReviewerProfile).upsert(
      {
        userId,
        kind: dto.kind,
        themes: [...new Set(dto.themes)],
        organisation: dto.organisation === undefined ? (existing?.organisation ?? null) : dto.organisation || null,
        expertise: dto.expertise ?? existing?.expertise ?? '',
        maxConcurrentReviews: dto.maxConcurrentReviews ?? existing?.maxConcurrentReviews ?? DEFAULT_MAX_CONCURRENT_REVIEWS,
        acceptingInvitations: dto.acceptingInvitations ?? existing?.acceptingInvitations ?? true,
        unavailablePeriods: this.periods(dto.unavailablePeriods) ?? existing?.unavailablePeriods ?? [],
      },
      ['userId'],
    );
    return this.profile(viewer, userId);
  }

  /** A reviewer keeps their own availability; staff may too. */
  async putAvailability(viewer: AuthUser, userId: string, dto: ReviewerAvailabilityDto) {
    this.assertSelfOrStaff(viewer, userId);
    this.assertPeriods(dto.unavailablePeriods);
    await this.record(this.dataSource.manager, userId);
    const repository = this.dataSource.getRepository(ReviewerProfile);
    const existing = await repository.findOneBy({ userId });
    const changes = {
      ...(dto.unavailablePeriods !== undefined ? { unavailablePeriods: this.periods(dto.unavailablePeriods)! } : {}),
      ...(dto.acceptingInvitations !== undefined ? { acceptingInvitations: dto.acceptingInvitations } : {}),
    };
    if (existing) {
      if (Object.keys(changes).length) await repository.update({ userId }, changes);
    } else {
      // Kind and themes stay unset until the secretariat fills them in.
      await repository.insert({
        userId,
        kind: null,
        themes: [],
        organisation: null,
        expertise: '',
        maxConcurrentReviews: DEFAULT_MAX_CONCURRENT_REVIEWS,
        acceptingInvitations: true,
        unavailablePeriods: [],
        ...changes,
      });
    }
    return this.profile(viewer, userId);
  }

  /** An active reviewer account with its profile, or 404. */
  async record(manager: EntityManager, userId: string): Promise<ReviewerRecord> {
    const user = await manager.getRepository(User).findOneBy({ id: userId });
    if (!user || !user.roles.includes('reviewer')) throw reviewerNotFound();
    const profile = await manager.getRepository(ReviewerProfile).findOneBy({ userId });
    return { user, profile };
  }

  /** The organisations a reviewer is tied to: the account's and, when set, the profile's. */
  organisationsOf(record: ReviewerRecord): string[] {
    return [record.user.organisation, record.profile?.organisation].filter((value): value is string => !!value);
  }

  /**
   * Ranked suggestions for a panel. Every active reviewer is either suggested with a score or
   * listed under `excluded` with the reasons (conflict of interest, own organisation, ...).
   */
  async suggest(manager: EntityManager, application: Application, facts: ApplicationPanelFacts, open: KindCounts) {
    const records = (await this.records(manager)).filter((record) => !record.user.disabledAt);
    const stats = await reviewerStats(manager, records.map((record) => record.user.id));
    const today = todayInAmsterdam();
    const suggestions = [];
    const excluded = [];
    for (const record of records) {
      const { user, profile } = record;
      const reasons = exclusionReasons(
        {
          reviewerId: user.id,
          kind: profile?.kind ?? null,
          organisations: this.organisationsOf(record),
          acceptingInvitations: profile?.acceptingInvitations ?? true,
        },
        facts,
      );
      if (reasons.length > 0) {
        excluded.push({
          reviewerId: user.id,
          name: user.name,
          kind: profile?.kind ?? null,
          reasons: reasons.map((code) => ({ code, message: describeReason(code) })),
        });
        continue;
      }
      const reviewerStats = stats.get(user.id) ?? EMPTY_STATS;
      const periods = profile!.unavailablePeriods ?? [];
      const themes = profile!.themes ?? [];
      suggestions.push({
        reviewerId: user.id,
        name: user.name,
        organisation: profile!.organisation ?? user.organisation,
        kind: profile!.kind!,
        kindNeeded: open[profile!.kind!] > 0,
        themes,
        matchedThemes: application.themes.filter((theme) => themes.includes(theme)),
        unavailableToday: isUnavailableOn(periods, today),
        score: scoreReviewer({
          reviewerThemes: themes,
          applicationThemes: application.themes,
          unavailablePeriods: periods,
          today,
          currentLoad: reviewerStats.load.current,
          maxConcurrent: profile!.maxConcurrentReviews,
        }),
        load: { ...reviewerStats.load, max: profile!.maxConcurrentReviews },
        history: reviewerStats.history,
      });
    }
    suggestions.sort((a, b) => b.score.total - a.score.total || a.name.localeCompare(b.name, 'nl'));
    return {
      applicationId: application.id,
      targetLevel: application.targetLevel,
      themes: application.themes,
      requirement: facts.requirement,
      openSlots: open,
      suggestions,
      excluded,
    };
  }

  private async records(manager: EntityManager): Promise<ReviewerRecord[]> {
    const users = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(`'reviewer' = ANY(u.roles)`)
      .orderBy('u.name', 'ASC')
      .getMany();
    const profiles = await manager.getRepository(ReviewerProfile).find();
    const byUser = new Map(profiles.map((profile) => [profile.userId, profile]));
    return users.map((user) => ({ user, profile: byUser.get(user.id) ?? null }));
  }

  private view({ user, profile }: ReviewerRecord, stats: ReviewerStats) {
    const periods = profile?.unavailablePeriods ?? [];
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      accountOrganisation: user.organisation,
      disabled: user.disabledAt !== null,
      hasProfile: profile !== null,
      kind: profile?.kind ?? null,
      themes: profile?.themes ?? [],
      organisation: profile?.organisation ?? null,
      expertise: profile?.expertise ?? '',
      maxConcurrentReviews: profile?.maxConcurrentReviews ?? DEFAULT_MAX_CONCURRENT_REVIEWS,
      acceptingInvitations: profile?.acceptingInvitations ?? true,
      unavailablePeriods: periods,
      unavailableToday: isUnavailableOn(periods, todayInAmsterdam()),
      load: { ...stats.load, max: profile?.maxConcurrentReviews ?? DEFAULT_MAX_CONCURRENT_REVIEWS },
      history: stats.history,
    };
  }

  private periods(periods: ReviewerAvailabilityDto['unavailablePeriods']): UnavailablePeriod[] | undefined {
    return periods
      ?.map(({ from, until, note }) => ({ from, until, note: note || null }))
      .sort((a, b) => a.from.localeCompare(b.from));
  }

  private assertPeriods(periods: ReviewerAvailabilityDto['unavailablePeriods']): void {
    const errors: FieldError[] = [];
    periods?.forEach((period, index) => {
      if (!isCalendarDate(period.from) || !isCalendarDate(period.until))
        errors.push({ field: `unavailablePeriods.${index}`, reason: 'geen bestaande datum / not an existing date' });
      else if (period.until < period.from)
        errors.push({ field: `unavailablePeriods.${index}.until`, reason: 'until ligt vóór from / until is before from' });
    });
    if (errors.length) throw validationFailed(errors);
  }

  private assertSelfOrStaff(viewer: AuthUser, userId: string): void {
    if (isStaff(viewer)) return;
    if (viewer.id !== userId) throw reviewerNotFound();
  }

  /** Only the secretariat edits reviewer profiles. */
  private forbidden() {
    return roleRequired();
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { ADVISORY_LOCKS, withAdvisoryLock } from '../database/advisory-locks.js';
import { Committee } from '../committee/committee.entity.js';
import { CommitteesService } from '../committee/committees.service.js';
import { CommitteeSettingsService } from '../committee-settings/committee-settings.service.js';
import { NATIONAL_PROCEDURE_SETTINGS } from '../committee-settings/procedure-settings.js';
import { ReviewerProfile } from '../reviewers/reviewer-profile.entity.js';
import { ReviewersService } from '../reviewers/reviewers.service.js';
import { User } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';
import { DemoCasesSeeder } from './demo-cases.js';
import { TwoFactorService } from '../auth/two-factor/two-factor.service.js';
import { requiresTwoFactor } from '../auth/two-factor/two-factor-policy.js';
import { DEMO_COMMITTEE, DEMO_SECOND_COMMITTEE, DEMO_PASSWORD, DEMO_REVIEWER_PROFILES, DEMO_TOTP_SECRET, DEMO_USERS } from './demo-users.js';

/**
 * The demo accounts, reviewer profiles and committee, and the demo owner's cases along the track;
 * creates what is missing, so running it again changes nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly usersService: UsersService,
    private readonly reviewers: ReviewersService,
    private readonly committees: CommitteesService,
    private readonly committeeSettings: CommitteeSettingsService,
    private readonly cases: DemoCasesSeeder,
    private readonly twoFactor: TwoFactorService,
  ) {}

  /** Under an advisory lock: several APIs starting on one empty database seed it once. */
  seed(): Promise<number> {
    return withAdvisoryLock(this.dataSource, ADVISORY_LOCKS.demoSeed, () => this.seedMissing());
  }

  async seedIfEmpty(): Promise<void> {
    await withAdvisoryLock(this.dataSource, ADVISORY_LOCKS.demoSeed, async () => {
      if ((await this.dataSource.getRepository(User).count()) === 0) await this.seedMissing();
    });
  }

  private async seedMissing(): Promise<number> {
    const users = this.dataSource.getRepository(User);
    let created = 0;
    for (const demo of DEMO_USERS) {
      if (await users.existsBy({ email: demo.email })) continue;
      const user = await this.usersService.create({ ...demo, password: DEMO_PASSWORD });
      if (requiresTwoFactor(user.roles)) await this.twoFactor.enrolDemoAccount(user.id, DEMO_TOTP_SECRET);
      created++;
    }
    const byEmail = new Map((await users.findBy({ email: In(DEMO_USERS.map((u) => u.email)) })).map((u) => [u.email, u]));
    await this.seedReviewerProfiles(byEmail);
    await this.seedCommittee(byEmail);
    await this.cases.seed(byEmail);
    await this.seedSecondCommittee(byEmail);
    this.logger.log(`Demo data: ${created} account(s) created, ${DEMO_USERS.length - created} already present`);
    return created;
  }

  private async seedReviewerProfiles(byEmail: Map<string, User>) {
    const admin = this.seedingAdmin(byEmail);
    for (const [email, profile] of Object.entries(DEMO_REVIEWER_PROFILES)) {
      const reviewer = byEmail.get(email);
      if (!reviewer || (await this.dataSource.getRepository(ReviewerProfile).existsBy({ userId: reviewer.id }))) continue;
      await this.reviewers.putProfile(admin, reviewer.id, { ...profile, expertise: 'Demo-beoordelaar' });
    }
  }

  private async seedCommittee(byEmail: Map<string, User>) {
    if (await this.dataSource.getRepository(Committee).existsBy({ name: DEMO_COMMITTEE.name })) return;
    await this.committees.create({
      name: DEMO_COMMITTEE.name,
      databank: DEMO_COMMITTEE.databank,
      chairId: byEmail.get(DEMO_COMMITTEE.chairEmail)!.id,
      memberIds: DEMO_COMMITTEE.memberEmails.map((email) => byEmail.get(email)!.id),
    });
  }

  /** The second committee, with its own settings saved as version 2 by the demo admin, so the history shows a change. */
  private async seedSecondCommittee(byEmail: Map<string, User>) {
    const second = DEMO_SECOND_COMMITTEE;
    if (await this.dataSource.getRepository(Committee).existsBy({ name: second.name })) return;
    const { id } = await this.committees.create({
      name: second.name,
      databank: second.databank,
      chairId: byEmail.get(second.chairEmail)!.id,
      memberIds: second.memberEmails.map((email) => byEmail.get(email)!.id),
    });
    const settings = {
      ...NATIONAL_PROCEDURE_SETTINGS,
      levels: NATIONAL_PROCEDURE_SETTINGS.levels.map((offered) =>
        offered.level === 'goed_beschreven' ? { ...offered, validityYears: second.goedBeschrevenValidityYears } : offered,
      ),
      objectionWindowDays: second.objectionWindowDays,
      publishNegativeVerdicts: second.publishNegativeVerdicts,
      reassessmentNoticeMonths: second.reassessmentNoticeMonths,
    };
    await this.committeeSettings.save(this.seedingAdmin(byEmail), id, 1, settings);
  }

  /** The demo admin, acting in the services' own authorization checks. */
  private seedingAdmin(byEmail: Map<string, User>): AuthUser {
    const admin = byEmail.get('beheerder@demo.nl')!;
    return { ...admin, sessionId: 'seed' };
  }
}

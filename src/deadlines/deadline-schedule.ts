import type { WorkingDayCalendar } from '../calendar/working-days.js';
import type { AppConfig } from '../config/app-config.js';
import { NATIONAL_PROCEDURE_SETTINGS } from '../committee-settings/procedure-settings.js';
import { addMonths } from '../track/track.machine.js';
import { DEADLINE_KIND_SPECS, type DeadlineKind, type ReminderStage } from './deadline-kinds.js';

/** What a case's committee settings version decides about its reminders (see src/committee-settings). */
export interface CaseReminderSettings {
  reassessmentNoticeMonths: number;
}

/** The settings the schedule reads (a subset of AppConfig, so tests can pass plain values). */
export type ScheduleSettings = Pick<
  AppConfig,
  | 'REVIEWER_RESPONSE_WORKING_DAYS'
  | 'REVIEW_WORKING_DAYS'
  | 'COACH_FEEDBACK_WORKING_DAYS'
  | 'OWNER_REVISION_WORKING_DAYS'
  | 'AGENDA_WORKING_DAYS_BEFORE_MEETING'
  | 'REMINDER_WORKING_DAYS_BEFORE'
  | 'REMINDER_WORKING_DAYS_AFTER'
  | 'ESCALATION_WORKING_DAYS_AFTER'
  | 'CONDITIONS_REMINDER_WORKING_DAYS'
>;

const NATIONAL_REMINDER_SETTINGS: CaseReminderSettings = { reassessmentNoticeMonths: NATIONAL_PROCEDURE_SETTINGS.reassessmentNoticeMonths };

export interface PlannedReminder {
  stage: ReminderStage;
  at: Date;
}

/**
 * Due dates and reminder times, in working days of the Dutch calendar (weekends and public
 * holidays skipped). A deadline counted in working days ends at 17:00 Amsterdam time.
 */
export class DeadlineSchedule {
  constructor(
    readonly calendar: WorkingDayCalendar,
    private readonly settings: ScheduleSettings,
  ) {}

  /** `days` working days after `from`, at the end of that working day. */
  workingDaysAfter(from: Date, days: number): Date {
    return this.calendar.endOfWorkingDay(this.calendar.addWorkingDays(from, days));
  }

  invitationResponseDue(invitedAt: Date): Date {
    return this.workingDaysAfter(invitedAt, this.settings.REVIEWER_RESPONSE_WORKING_DAYS);
  }

  reviewDue(roundStartedAt: Date): Date {
    return this.workingDaysAfter(roundStartedAt, this.settings.REVIEW_WORKING_DAYS);
  }

  coachFeedbackDue(requestedAt: Date): Date {
    return this.workingDaysAfter(requestedAt, this.settings.COACH_FEEDBACK_WORKING_DAYS);
  }

  ownerRevisionDue(decidedAt: Date): Date {
    return this.workingDaysAfter(decidedAt, this.settings.OWNER_REVISION_WORKING_DAYS);
  }

  /** The agenda goes out the given number of working days before the meeting, by the end of that day. */
  agendaDue(meetingStartsAt: Date): Date {
    return this.calendar.endOfWorkingDay(this.calendar.addWorkingDays(meetingStartsAt, -this.settings.AGENDA_WORKING_DAYS_BEFORE_MEETING));
  }

  /**
   * When each reminder of a deadline fires. Reminders before the due time are left out once the
   * due time has passed (a late-opened deadline gets no "coming up" message); those after it are
   * kept even when already past, so they fire at once, in order.
   */
  reminders(kind: DeadlineKind, dueAt: Date, now: Date = new Date(), procedure: CaseReminderSettings = NATIONAL_REMINDER_SETTINGS): PlannedReminder[] {
    const planned: PlannedReminder[] = [];
    for (const stage of DEADLINE_KIND_SPECS[kind].stages) {
      const at = this.stageTime(stage, dueAt, procedure);
      const ahead = at.getTime() < dueAt.getTime();
      if (ahead && dueAt.getTime() <= now.getTime()) continue;
      // A notice due before now but for a deadline still ahead fires at once.
      planned.push({ stage, at: ahead && at.getTime() < now.getTime() ? now : at });
    }
    return planned.sort((a, b) => a.at.getTime() - b.at.getTime());
  }

  /** The earliest moment a stage may act: a reminder fired before it does nothing. */
  stageTime(stage: ReminderStage, dueAt: Date, procedure: CaseReminderSettings = NATIONAL_REMINDER_SETTINGS): Date {
    const s = this.settings;
    switch (stage) {
      case 'before':
        return this.calendar.addWorkingDays(dueAt, -s.REMINDER_WORKING_DAYS_BEFORE);
      case 'missed':
        return this.calendar.addWorkingDays(dueAt, s.REMINDER_WORKING_DAYS_AFTER);
      case 'escalation':
        return this.calendar.addWorkingDays(dueAt, s.ESCALATION_WORKING_DAYS_AFTER);
      case 'conditions-due':
        return this.calendar.addWorkingDays(dueAt, -s.CONDITIONS_REMINDER_WORKING_DAYS);
      case 'reassessment-due':
        return new Date(addMonths(dueAt.toISOString(), -procedure.reassessmentNoticeMonths));
      case 'expire-invitation':
      case 'lapse-conditions':
      case 'expire-recognition':
        return dueAt;
    }
  }
}

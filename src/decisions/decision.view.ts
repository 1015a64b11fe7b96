import type { Verdict } from '../track/track.events.js';
import { levelLabel } from '../track/track.levels.js';
import { OBJECTION_WINDOW_DAYS } from '../track/track.machine.js';
import type { Decision } from './decision.entity.js';
import { feasibilityView } from '../review/feasibility.js';

/** Verdicts as the letter and the screens say them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, { nl: string; en: string }>> = {
  recognised: { nl: 'erkend', en: 'recognised' },
  conditionally_recognised: { nl: 'erkend onder voorbehoud', en: 'conditionally recognised' },
  deferred: { nl: 'aangehouden', en: 'deferred' },
  not_recognised: { nl: 'niet erkend', en: 'not recognised' },
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last moment an objection can be lodged against a decision whose letter went out at `sentAt`, within the case's window. */
export function objectionDeadline(sentAt: Date, windowDays: number = OBJECTION_WINDOW_DAYS): Date {
  return new Date(sentAt.getTime() + windowDays * DAY_MS);
}

const DUTCH_WEEKS = ['', 'één week', 'twee weken', 'drie weken', 'vier weken', 'vijf weken', 'zes weken', 'zeven weken', 'acht weken', 'negen weken', 'tien weken', 'elf weken', 'twaalf weken'];
const ENGLISH_NUMBERS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The objection window in words: whole weeks as such ("zes weken" / "six-week"), else days. */
export function objectionWindowWords(days: number): { nl: string; en: string } {
  const weeks = days / 7;
  return Number.isInteger(weeks) && DUTCH_WEEKS[weeks]
    ? { nl: DUTCH_WEEKS[weeks], en: `${ENGLISH_NUMBERS[weeks]}-week` }
    : { nl: `${days} dagen`, en: `${days}-day` };
}

/** A decision for the people involved; the panel's view and the departure flag are for staff only. */
export function decisionView(decision: Decision, { staff, objectionWindowDays }: { staff: boolean; /** The case's procedure. */ objectionWindowDays: number }) {
  return {
    id: decision.id,
    applicationId: decision.applicationId,
    round: decision.round,
    kind: decision.kind,
    verdict: decision.verdict,
    verdictLabel: VERDICT_LABELS[decision.verdict],
    level: decision.level,
    levelLabel: decision.level ? levelLabel(decision.level) : null,
    motivation: decision.motivation,
    conditions: decision.conditions,
    conditionsDeadline: decision.conditionsDeadline,
    conditionsMetAt: decision.conditionsMetAt,
    lapsedAt: decision.lapsedAt,
    questions: decision.questions,
    /** Uitvoerbaarheid, when the case's settings ask for it; null otherwise. */
    feasibility: feasibilityView(decision.feasibility, decision.feasibilityExplanation),
    revisionAnswers: decision.revisionAnswers,
    revisionSubmittedAt: decision.revisionSubmittedAt,
    committeeId: decision.committeeId,
    meetingId: decision.meetingId,
    decidedAt: decision.decidedAt,
    /** Null while the letter is a draft (only chair and secretary see such a decision). */
    letterSentAt: decision.letterSentAt,
    objectionDeadline: decision.letterSentAt ? objectionDeadline(decision.letterSentAt, objectionWindowDays) : null,
    supersededBy: decision.supersededBy,
    coveringMessage: decision.coveringMessage,
    ...(staff ? { departsFromPanel: decision.departsFromPanel, panel: decision.panel } : {}),
  };
}

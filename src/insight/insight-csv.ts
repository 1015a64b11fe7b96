import { csvCell } from '../open-data/listings-csv.js';
import type { AssigneeRole } from '../deadlines/deadline-kinds.js';
import { LEAD_TIME_PHASES, type LeadTimeMeasure, type ThroughputMeasure } from './insight-measures.js';
import type { BacklogView, CoachesView, CommitteeMeetingsView, ReviewersView, DeadlinesView, LeadTimeRow, LeadTimesView, PunctualityKind, ThroughputView } from './insight.views.js';

/** The exports' Dutch names for what the API calls by a code. */
const MEASURE_NL: Record<LeadTimeMeasure, string> = {
  intake: 'Intake',
  beschrijven: 'Beschrijven',
  beoordelen: 'Beoordelen',
  commissie: 'Commissie',
  besluit: 'Besluit',
  submissionToDecision: 'Van aanmelding tot besluit',
};

const THROUGHPUT_NL: Record<ThroughputMeasure, string> = {
  submitted: 'Aanmeldingen',
  admitted: 'Toegelaten',
  notAdmitted: 'Niet toegelaten',
  withdrawn: 'Ingetrokken',
  recognised: 'Erkend',
  conditionallyRecognised: 'Erkend onder voorbehoud',
  deferred: 'Aangehouden',
  notRecognised: 'Niet erkend',
  published: 'Gepubliceerd',
  expired: 'Verlopen',
};

const KIND_NL: Record<PunctualityKind, string> = {
  invitation_response: 'Antwoord op uitnodiging',
  review: 'Beoordeling',
  coach_feedback: 'Feedback begeleider',
  owner_revision: 'Aanvulling eigenaar',
  committee_agenda: 'Agenda commissie',
};

const ASSIGNEE_NL: Record<AssigneeRole, string> = {
  owners: 'Eigenaren',
  coach: 'Begeleider',
  secretaries: 'Secretariaat',
  reviewer: 'Beoordelaar',
};

/** RFC 4180 as the open-data export: comma-separated, CRLF, a header row, UTF-8 with a BOM for Excel; decimals with a point. */
function csv(header: string[], rows: (string | number | null)[][]): string {
  const lines = [header, ...rows].map((cells) => cells.map((cell) => csvCell(cell === null ? '' : String(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function leadTimeCells(row: LeadTimeRow): (string | number | null)[] {
  return [MEASURE_NL[row.measure], row.quarter ?? 'Hele periode', row.count, row.median, row.p75, row.p90];
}

export function leadTimesCsv(view: LeadTimesView): string {
  return csv(
    ['Doorlooptijd', 'Kwartaal', 'Aantal', 'Mediaan (werkdagen)', 'P75 (werkdagen)', 'P90 (werkdagen)'],
    [...view.overall, ...view.byQuarter].map(leadTimeCells),
  );
}

export function throughputCsv(view: ThroughputView): string {
  const measures = Object.keys(THROUGHPUT_NL) as ThroughputMeasure[];
  return csv(
    ['Kwartaal', ...measures.map((measure) => THROUGHPUT_NL[measure])],
    [...view.quarters, view.total].map((row) => [row.quarter === 'total' ? 'Totaal' : row.quarter, ...measures.map((measure) => row[measure])]),
  );
}

export function punctualityCsv(view: DeadlinesView): string {
  return csv(
    ['Soort termijn', 'Beoordeeld', 'Op tijd', 'Te laat', 'Gemist', 'Op tijd (%)'],
    view.kinds.map((row) => [KIND_NL[row.kind], row.judged, row.onTime, row.late, row.missed, row.onTimePercentage]),
  );
}

export function missedDeadlinesCsv(view: DeadlinesView): string {
  return csv(
    ['Kenmerk', 'Interventie', 'Soort termijn', 'Uiterste datum', 'Werkdagen over tijd', 'Aan zet'],
    view.missedNow.map((row) => [row.reference, row.name, KIND_NL[row.kind], row.dueAt, row.workingDaysOverdue, ASSIGNEE_NL[row.assigneeRole]]),
  );
}

/** The month-end figures first (as before the in and out columns were added), then per phase in and out. */
export function backlogCsv(view: BacklogView): string {
  return csv(
    ['Maand', ...LEAD_TIME_PHASES.map((phase) => MEASURE_NL[phase]), 'Totaal', ...LEAD_TIME_PHASES.flatMap((phase) => [`${MEASURE_NL[phase]} in`, `${MEASURE_NL[phase]} uit`])],
    view.months.map((row) => [
      row.month,
      ...LEAD_TIME_PHASES.map((phase) => row[phase]),
      row.total,
      ...LEAD_TIME_PHASES.flatMap((phase) => [row.entered[phase], row.left[phase]]),
    ]),
  );
}

export function reviewersCsv(view: ReviewersView): string {
  return csv(
    ['Beoordelaar', 'Uitgenodigd', 'Aanvaard', 'Afgewezen', 'Verlopen', 'Openstaand', 'Mediaan antwoordtijd (werkdagen)', 'Beoordelingen op tijd', 'Te laat', 'Gemist', 'Nu te schrijven'],
    [...view.reviewers.map((row) => ({ ...row, label: row.name })), { ...view.total, label: 'Totaal' }].map((row) => [
      row.label, row.invited, row.accepted, row.declined, row.expired, row.pending, row.medianResponseDays, row.reviewsOnTime, row.reviewsLate, row.reviewsMissed, row.openReviews,
    ]),
  );
}

export function coachesCsv(view: CoachesView): string {
  return csv(
    ['Begeleider', 'Zaken nu', 'Feedback gegeven', 'Feedback op tijd', 'Mediaan doorlooptijd feedback (werkdagen)'],
    [...view.coaches.map((row) => ({ ...row, label: row.name })), { ...view.total, label: 'Totaal' }].map((row) => [
      row.label, row.caseload, row.feedbackGiven, row.feedbackOnTime, row.medianTurnaroundDays,
    ]),
  );
}

export function committeeMeetingsCsv(view: CommitteeMeetingsView): string {
  return csv(
    ['Vergadering', 'Commissie', 'Zaken op de agenda', 'Besluiten'],
    view.meetings.map((row) => [row.startsAt, row.committeeName, row.cases, row.decisions]),
  );
}

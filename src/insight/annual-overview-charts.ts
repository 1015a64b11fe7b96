import type { PdfChart } from '../documents/pdf-chart.js';
import { dutchNumber } from '../documents/pdf-chart.js';
import type { PdfTable } from '../documents/pdf-table.js';
import { LEAD_TIME_PHASES, type LeadTimePhase } from './insight-measures.js';
import type { BacklogView, LeadTimesView, ThroughputView } from './insight.views.js';

/**
 * The jaaroverzicht's charts and tables, picked from the API's views as they are (the web's
 * InsightCharts.tsx picks the same rows): nothing is computed here but labels.
 */

export const PHASE_NL: Record<LeadTimePhase, string> = {
  intake: 'Intake',
  beschrijven: 'Beschrijven',
  beoordelen: 'Beoordelen',
  commissie: 'Commissie',
  besluit: 'Besluit',
};

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_SHORT_NL = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** `2025-Q3` as "K3 2025". */
export function quarterLabel(quarter: string): string {
  return `K${quarter.slice(6)} ${quarter.slice(0, 4)}`;
}

/** `2025-03` as "mrt" (or "maart" when `long`). */
export function monthLabel(month: string, long = false): string {
  return (long ? MONTHS_NL : MONTHS_SHORT_NL)[Number(month.slice(5, 7)) - 1];
}

/** Applications in, admitted, recognised and published per quarter (the web's four bars). */
export const THROUGHPUT_CHARTED = [
  ['submitted', 'Aanmeldingen'],
  ['admitted', 'Toegelaten'],
  ['recognised', 'Erkend'],
  ['published', 'Gepubliceerd'],
] as const;

export function throughputChart(view: ThroughputView): PdfChart {
  return {
    kind: 'bar',
    title: 'Instroom en uitkomsten per kwartaal',
    valueAxis: 'Aantal aanvragen',
    categoryAxis: 'Kwartaal',
    categories: view.quarters.map((row) => quarterLabel(row.quarter)),
    series: THROUGHPUT_CHARTED.map(([measure, name]) => ({ name, values: view.quarters.map((row) => row[measure]) })),
    noData: 'Geen cijfers in deze periode, dus geen grafiek.',
  };
}

const LEAD_TIME_STATISTICS = [
  ['median', 'Mediaan'],
  ['p75', '75e percentiel'],
  ['p90', '90e percentiel'],
] as const;

/** Submission to decision per quarter: median, p75, p90; a quarter without decisions has no point. */
export function leadTimeChart(view: LeadTimesView): PdfChart {
  const rows = view.byQuarter.filter((row) => row.measure === 'submissionToDecision');
  return {
    kind: 'line',
    title: 'Doorlooptijd van aanmelding tot besluit per kwartaal',
    valueAxis: 'Werkdagen',
    categoryAxis: 'Kwartaal (naar de datum van het besluit)',
    categories: rows.map((row) => quarterLabel(row.quarter!)),
    series: LEAD_TIME_STATISTICS.map(([statistic, name]) => ({ name, values: rows.map((row) => row[statistic]) })),
    noData: 'Geen besluiten in deze periode, dus geen grafiek.',
  };
}

/** The chart's figures as a table, for a reader who wants the numbers. */
export function leadTimeTable(view: LeadTimesView): PdfTable {
  const figure = (value: number | null) => (value === null ? '–' : dutchNumber(value));
  return {
    columns: [
      { header: 'Kwartaal', weight: 2 },
      { header: 'Besluiten', weight: 1, numeric: true },
      { header: 'Mediaan', weight: 1, numeric: true },
      { header: '75e percentiel', weight: 1.3, numeric: true },
      { header: '90e percentiel', weight: 1.3, numeric: true },
    ],
    rows: view.byQuarter
      .filter((row) => row.measure === 'submissionToDecision')
      .map((row) => [quarterLabel(row.quarter!), String(row.count), figure(row.median), figure(row.p75), figure(row.p90)]),
  };
}

/** The cases in each phase at the end of each month, a line per phase. */
export function backlogChart(view: BacklogView): PdfChart {
  return {
    kind: 'line',
    title: 'Werkvoorraad per fase aan het eind van elke maand',
    valueAxis: 'Aantal aanvragen',
    categoryAxis: 'Maand',
    categories: view.months.map((row) => monthLabel(row.month)),
    series: LEAD_TIME_PHASES.map((phase) => ({ name: PHASE_NL[phase], values: view.months.map((row) => row[phase]) })),
    noData: 'Geen aanvragen in een fase van intake tot besluit in deze periode.',
  };
}

/** Per month and phase: entered, left, and at the end of the month; and the total at the end. */
export function backlogTable(view: BacklogView): PdfTable {
  return {
    groups: [{ header: '', span: 1 }, ...LEAD_TIME_PHASES.map((phase) => ({ header: PHASE_NL[phase], span: 3 })), { header: '', span: 1 }],
    columns: [
      { header: 'Maand', weight: 2.2 },
      ...LEAD_TIME_PHASES.flatMap(() => [
        { header: 'in', weight: 1, numeric: true },
        { header: 'uit', weight: 1, numeric: true },
        { header: 'eind', weight: 1.1, numeric: true },
      ]),
      { header: 'Totaal', weight: 1.4, numeric: true },
    ],
    rows: view.months.map((row) => [
      monthLabel(row.month, true),
      ...LEAD_TIME_PHASES.flatMap((phase) => [String(row.entered[phase]), String(row.left[phase]), String(row[phase])]),
      String(row.total),
    ]),
  };
}

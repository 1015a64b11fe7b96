import { a4Pdf } from '../documents/a4-pdf.js';
import { chartHeight, drawChart, type PdfChart } from '../documents/pdf-chart.js';
import { drawTable, tableHeight, type PdfTable } from '../documents/pdf-table.js';
import { backlogChart, backlogTable, leadTimeChart, leadTimeTable, throughputChart } from './annual-overview-charts.js';
import { formatDutchDateTime } from '../decisions/dutch-date.js';
import { LEVEL_LABELS } from '../track/track.levels.js';
import { LEAD_TIME_PHASES, type LeadTimeMeasure, type ThroughputMeasure } from './insight-measures.js';
import type { BacklogView, CoachesView, CommitteeMeetingsView, DeadlinesView, LeadTimesView, PunctualityKind, ReviewersView, ThroughputView } from './insight.views.js';

export interface AnnualOverviewModel {
  year: number;
  committeeName: string | null;
  leadTimes: LeadTimesView;
  throughput: ThroughputView;
  backlog: BacklogView;
  deadlines: DeadlinesView;
  reviewers: ReviewersView;
  coaches: CoachesView;
  meetings: CommitteeMeetingsView;
  printedAt: Date;
}

const MEASURES: Record<LeadTimeMeasure, string> = {
  intake: 'Intake',
  beschrijven: 'Beschrijven',
  beoordelen: 'Beoordelen',
  commissie: 'Commissie',
  besluit: 'Besluit',
  submissionToDecision: 'Van aanmelding tot besluit',
};

const THROUGHPUT: Record<ThroughputMeasure, string> = {
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

const KINDS: Record<PunctualityKind, string> = {
  invitation_response: 'Antwoord op uitnodiging',
  review: 'Beoordeling',
  coach_feedback: 'Feedback begeleider',
  owner_revision: 'Aanvulling eigenaar',
  committee_agenda: 'Agenda commissie',
};

/** A Dutch number: a decimal comma, a dash for nothing measured. */
function figure(value: number | null): string {
  return value === null ? '–' : String(value).replace('.', ',');
}

/**
 * The year's main figures as an A4 PDF (Dutch), with pdfkit as the decision letter: the same
 * definitions as the dashboard, each section a few lines of "name: value" a reader can quote.
 */
export function renderAnnualOverview(model: AnnualOverviewModel): Promise<Buffer> {
  const title = `Jaaroverzicht ${model.year}`;
  const { doc, bytes, width } = a4Pdf({ Title: title, Author: 'Erkenningstraject sociale interventies', Subject: `Cijfers over ${model.year}`, CreationDate: model.printedAt });
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text, { width });
  const line = (name: string, value: string) => {
    doc.font('Helvetica').fontSize(10).text(`${name}: `, { width, continued: true });
    doc.font('Helvetica-Bold').text(value, { width });
  };
  const note = (text: string) => doc.moveDown(0.2).font('Helvetica').fontSize(9).fillColor('#333333').text(text, { width }).fillColor('#000000');
  const left = doc.page.margins.left;
  // A chart or table is not split over two pages: it starts on a new one when it does not fit.
  const room = (height: number) => {
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  };
  const chart = (figure: PdfChart) => {
    doc.moveDown(0.8);
    room(chartHeight(figure));
    drawChart(doc, figure, left, doc.y, width);
  };
  const table = (caption: string, figures: PdfTable) => {
    doc.moveDown(0.6);
    room(tableHeight(figures) + 14);
    doc.font('Helvetica-Bold').fontSize(9).text(caption, left, doc.y, { width });
    drawTable(doc, figures, left, doc.y + 3, width);
  };

  doc.font('Helvetica').fontSize(10).text('Erkenningstraject sociale interventies', { width });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(18).text(title, { width });
  const scope = [model.committeeName, model.leadTimes.filter.targetLevel ? `beoogd niveau ${LEVEL_LABELS[model.leadTimes.filter.targetLevel]}` : null].filter(Boolean);
  doc.font('Helvetica').fontSize(10).text(`1 januari tot en met 31 december ${model.year}${scope.length ? `; ${scope.join(', ')}` : '; alle commissies en niveaus'}.`, { width });
  if (model.leadTimes.refreshedAt) note(`Doorlooptijden, instroom en werkvoorraad bijgewerkt om ${formatDutchDateTime(new Date(model.leadTimes.refreshedAt))}.`);

  heading('Instroom en uitstroom');
  for (const [measure, label] of Object.entries(THROUGHPUT) as [ThroughputMeasure, string][]) line(label, String(model.throughput.total[measure]));
  chart(throughputChart(model.throughput));

  heading('Doorlooptijden in werkdagen (mediaan, 75e en 90e percentiel)');
  for (const row of model.leadTimes.overall)
    line(MEASURES[row.measure], row.count ? `${figure(row.median)} · ${figure(row.p75)} · ${figure(row.p90)} (${row.count})` : '–');
  note('Werkdagen zonder weekenden en Nederlandse feestdagen. Een verblijf in een fase telt in het jaar waarin de fase eindigde.');
  chart(leadTimeChart(model.leadTimes));
  table('Doorlooptijd van aanmelding tot besluit per kwartaal, in werkdagen', leadTimeTable(model.leadTimes));

  const yearEnd = model.backlog.months.at(-1);
  if (yearEnd) {
    heading('Werkvoorraad aan het eind van het jaar');
    for (const phase of LEAD_TIME_PHASES) line(MEASURES[phase], String(yearEnd[phase]));
    line('Totaal', String(yearEnd.total));
    chart(backlogChart(model.backlog));
    table('Werkvoorraad per maand: per fase ingekomen, vertrokken en aan het eind van de maand', backlogTable(model.backlog));
    note('Aan het eind van een maand staat in elke fase het aantal van de maand ervoor, plus wat erin kwam, min wat eruit ging. De lopende maand telt tot nu.');
  }

  heading('Termijnen op tijd gehaald');
  for (const row of model.deadlines.kinds)
    line(KINDS[row.kind], row.judged ? `${figure(row.onTimePercentage)}% van ${row.judged}` : '–');

  heading('Beoordelaars');
  const reviewers = model.reviewers.total;
  line('Uitnodigingen', `${reviewers.invited} (aanvaard ${reviewers.accepted}, afgewezen ${reviewers.declined}, verlopen ${reviewers.expired})`);
  line('Mediaan antwoordtijd', `${figure(reviewers.medianResponseDays)} werkdagen`);
  line('Beoordelingen', `${reviewers.reviewsOnTime} op tijd, ${reviewers.reviewsLate} te laat, ${reviewers.reviewsMissed} gemist`);

  heading('Begeleiders');
  line('Feedback gegeven', `${model.coaches.total.feedbackGiven}, waarvan ${model.coaches.total.feedbackOnTime} op tijd`);
  line('Mediaan doorlooptijd feedback', `${figure(model.coaches.total.medianTurnaroundDays)} werkdagen`);

  heading('Commissie');
  const meetings = model.meetings.total;
  line('Vergaderingen', String(meetings.meetings));
  line('Zaken per vergadering', figure(meetings.casesPerMeeting));
  line('Besluiten per vergadering', figure(meetings.decisionsPerMeeting));

  doc.moveDown(1.2);
  note(`Afgedrukt op ${formatDutchDateTime(model.printedAt)}.`);
  doc.end();
  return bytes;
}

import type { Feasibility } from '../review/feasibility.js';
import { a4Pdf } from '../documents/a4-pdf.js';
import type { ObjectionOutcome, Verdict } from '../track/track.events.js';
import { LEVEL_LABELS, type LevelCode } from '../track/track.levels.js';
import { objectionDeadline, objectionWindowWords, VERDICT_LABELS } from './decision.view.js';
import { formatDutchDate } from './dutch-date.js';

/**
 * Everything a decision letter (besluitbrief) says. Built by the service from the decision, the
 * application and the panel; reviewers appear only by their letter ("Beoordelaar A"), never by name.
 */
export interface DecisionLetterModel {
  reference: string;
  interventionName: string;
  organisation: string;
  contactName: string;
  committeeName: string;
  databank: string;
  chairName: string;
  /** The date of the letter: when the secretary sends it, or the decision on the objection. */
  letterDate: Date;
  /**
   * A draft for chair and secretary before sending: marked as such, with the date and the
   * deadlines it would carry if it went out on `letterDate`.
   */
  draft: boolean;
  /** When the decision the letter states was taken (for an upheld objection, the original decision). */
  decidedAt: Date;
  /** The case's objection window (its committee's procedure). */
  objectionWindowDays: number;
  verdict: Verdict;
  level: LevelCode | null;
  /** The committee's own name of the level in the case's settings version; the national name when left out. */
  levelLabel?: string | null;
  /** The committee publishes a final niet-erkend verdict with its motivation (the case's settings version). */
  negativeVerdictPublished?: boolean;
  motivation: string | null;
  conditions: string | null;
  conditionsDeadline: Date | null;
  questions: string | null;
  /** The committee's feasibility verdict, when the case's settings ask for one. */
  feasibility: Feasibility | null;
  /** The reviewers' feedback for the owner, by letter. */
  feedback: { letter: string; text: string }[];
  /** Set for the decision on an objection (beslissing op bezwaar). */
  objection: { lodgedAt: Date; originalDecidedAt: Date; outcome: ObjectionOutcome; motivation: string } | null;
}

const COMMITTEE = 'Erkenningscommissie Interventies';

function opening(model: DecisionLetterModel): string {
  const name = `"${model.interventionName}"`;
  const date = formatDutchDate(model.decidedAt);
  const level = levelWords(model);
  switch (model.verdict) {
    case 'recognised':
      return `De ${COMMITTEE} heeft op ${date} besloten de interventie ${name} te erkennen op het niveau ${level}.`;
    case 'conditionally_recognised':
      return (
        `De ${COMMITTEE} heeft op ${date} besloten de interventie ${name} te erkennen onder voorbehoud, op het niveau ${level}. ` +
        'De erkenning gaat in zodra aan de voorwaarden hieronder is voldaan.'
      );
    case 'deferred':
      return (
        `De ${COMMITTEE} heeft op ${date} besloten haar oordeel over de interventie ${name} aan te houden. ` +
        'De commissie heeft aanvullende vragen. Na uw antwoorden en de herziene beschrijving beoordeelt hetzelfde panel de interventie opnieuw.'
      );
    case 'not_recognised':
      return `De ${COMMITTEE} heeft op ${date} besloten de interventie ${name} niet te erkennen.`;
  }
}

function levelWords(model: DecisionLetterModel): string {
  if (!model.level) return '';
  return model.levelLabel ?? LEVEL_LABELS[model.level];
}

function objectionOpening(model: DecisionLetterModel): string {
  const objection = model.objection!;
  const outcome =
    objection.outcome === 'upheld'
      ? 'Zij handhaaft haar besluit.'
      : 'Zij herziet haar besluit; het besluit hieronder vervangt het eerdere besluit.';
  return (
    `Op ${formatDutchDate(objection.lodgedAt)} heeft u bezwaar gemaakt tegen het besluit van ${formatDutchDate(objection.originalDecidedAt)}. ` +
    `De commissie heeft uw bezwaar heroverwogen. ${outcome}`
  );
}

/** Renders the letter as a PDF (A4, Helvetica). `compress: false` keeps the text greppable in tests. */
export function renderDecisionLetter(model: DecisionLetterModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { doc, bytes, width } = a4Pdf(
    {
      Title: `${model.objection ? 'Beslissing op bezwaar' : 'Besluit'} ${model.reference}`,
      Author: COMMITTEE,
      Subject: `Erkenning ${model.interventionName}`,
      CreationDate: model.letterDate,
      ModDate: model.letterDate,
    },
    options,
  );

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(text, { width });
  const paragraph = (text: string) => doc.font('Helvetica').fontSize(10.5).text(text, { width, align: 'left', lineGap: 2 });

  if (model.draft) {
    doc.font('Helvetica-Bold').fontSize(12).fillColor('#b00020').text('CONCEPT – nog niet verzonden', { width });
    doc.font('Helvetica').fontSize(9).text('Datum en termijnen gelden als de brief vandaag wordt verzonden.', { width });
    doc.fillColor('black').moveDown(0.8);
  }

  // Letterhead.
  doc.font('Helvetica-Bold').fontSize(15).text(COMMITTEE, { width });
  doc.font('Helvetica').fontSize(10).text(`Deelcommissie ${model.committeeName}`, { width });
  doc.text(model.databank, { width });
  const lineY = doc.y + 6;
  doc.moveTo(doc.page.margins.left, lineY).lineTo(doc.page.margins.left + width, lineY).lineWidth(0.5).stroke();
  doc.y = lineY + 18;

  // Addressee and particulars.
  paragraph(model.contactName);
  paragraph(model.organisation);
  doc.moveDown(1);
  paragraph(`Datum: ${formatDutchDate(model.letterDate)}`);
  paragraph(`Kenmerk: ${model.reference}`);
  paragraph(
    `Betreft: ${model.objection ? 'beslissing op bezwaar' : 'besluit'} over de erkenning van "${model.interventionName}"`,
  );
  doc.moveDown(1);

  paragraph(`Geachte ${model.contactName},`);
  doc.moveDown(0.5);
  if (model.objection) {
    paragraph(objectionOpening(model));
    doc.moveDown(0.5);
  }
  paragraph(opening(model));

  heading('Besluit');
  paragraph(
    model.level
      ? `${capitalise(VERDICT_LABELS[model.verdict].nl)}, niveau ${levelWords(model)}`
      : capitalise(VERDICT_LABELS[model.verdict].nl),
  );

  if (model.objection) {
    heading('Motivering van de beslissing op bezwaar');
    paragraph(model.objection.motivation);
  }
  heading('Motivering');
  paragraph(model.motivation ?? 'Het besluit volgt het oordeel van het beoordelingspanel.');
  if (model.verdict === 'not_recognised' && model.negativeVerdictPublished)
    paragraph(
      `Deze commissie maakt oordelen 'niet erkend' openbaar: als het besluit vaststaat (na de bezwaartermijn, of na de beslissing op bezwaar) ` +
        `toont ${model.databank} de naam van de interventie en uw organisatie, dit oordeel, de motivering hierboven en de datum van het besluit. ` +
        'De beoordelingen en de namen van de beoordelaars blijven vertrouwelijk.',
    );

  if (model.verdict === 'conditionally_recognised') {
    heading('Voorwaarden');
    paragraph(model.conditions ?? '');
    if (model.conditionsDeadline)
      paragraph(
        `U heeft tot en met ${formatDutchDate(model.conditionsDeadline)} om aan deze voorwaarden te voldoen. ` +
          'Is dan niet aan de voorwaarden voldaan, dan vervalt de erkenning.',
      );
  }
  if (model.feasibility) {
    heading('Uitvoerbaarheid');
    paragraph(`${capitalise(model.feasibility.verdictLabel.nl)}.`);
    paragraph(model.feasibility.explanation);
  }
  if (model.verdict === 'deferred') {
    heading('Vragen van de commissie');
    paragraph(model.questions ?? '');
  }

  if (model.feedback.length) {
    heading('Feedback van de beoordelaars');
    for (const item of model.feedback) {
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10.5).text(`Beoordelaar ${item.letter}`, { width });
      paragraph(item.text);
    }
  }

  heading('Bezwaar');
  if (model.objection) {
    paragraph('Dit is de beslissing van de commissie op uw bezwaar. Tegen deze beslissing kunt u niet opnieuw bezwaar maken bij de commissie.');
  } else {
    paragraph(
      // The window runs from the letter, which the owner receives when the secretary sends it.
      `Bent u het niet eens met dit besluit? Dan kunt u binnen ${objectionWindowWords(model.objectionWindowDays).nl} na de datum van deze brief bezwaar maken, ` +
        `dus uiterlijk op ${formatDutchDate(objectionDeadline(model.letterDate, model.objectionWindowDays))}. Dat doet u bij uw aanmelding in het ` +
        'erkenningsportaal; vermeld daarbij waarom u het niet eens bent met het besluit. De commissie heroverweegt dan haar besluit.',
    );
  }

  doc.moveDown(1.2);
  paragraph('Met vriendelijke groet,');
  doc.moveDown(1.5);
  paragraph(model.chairName);
  paragraph(`Voorzitter, ${COMMITTEE}`);
  paragraph(`Deelcommissie ${model.committeeName}`);

  doc.end();
  return bytes;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

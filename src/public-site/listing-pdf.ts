import { factLines } from './pages/listing-facts-block.js';
import { listingFactsTexts } from './texts/listing-facts-texts.js';
import { a4Pdf } from '../documents/a4-pdf.js';
import { formatDutchDate } from '../decisions/dutch-date.js';
import { LEVEL_LABELS, type LevelCode } from '../track/track.levels.js';
import type { PublicListing } from './pages/listing-page.js';

export interface ListingPdfModel {
  listing: PublicListing;
  themeNames: string;
  reassessmentInProgress: boolean;
  /** The canonical URL of the listing, printed so a reader of the paper finds the current page. */
  url: string;
  printedAt: Date;
}

/**
 * The summary of a listing as a one-to-two-page A4 PDF (Dutch), with pdfkit like the decision
 * letter (src/decisions/decision-letter.ts): the same page size, margins, fonts and Dutch dates.
 */
export function renderListingPdf(model: ListingPdfModel): Promise<Buffer> {
  const { listing } = model;
  const { doc, bytes, width } = a4Pdf({ Title: listing.title, Author: 'Databank Effectieve sociale interventies', Subject: `Samenvatting ${listing.title}`, CreationDate: model.printedAt });
  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(text, { width });
  const paragraph = (text: string) => doc.font('Helvetica').fontSize(10.5).text(text, { width, lineGap: 2 });
  const fact = (name: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(10.5).text(`${name}: `, { width, continued: true });
    doc.font('Helvetica').text(value, { width });
  };

  doc.font('Helvetica').fontSize(10).text(listing.databankName ?? 'Databank Effectieve sociale interventies', { width });
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(17).text(listing.title, { width });
  // The level as text in a bordered box, readable in black and white.
  // The committee's own words for the level (the listing's settings version), as on the page.
  const level = `Erkend als ${listing.levelLabel || LEVEL_LABELS[listing.level as LevelCode] || listing.level}`;
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11);
  const boxY = doc.y;
  const boxWidth = doc.widthOfString(level) + 16;
  doc.rect(doc.page.margins.left, boxY, boxWidth, 20).lineWidth(1).stroke();
  doc.text(level, doc.page.margins.left + 8, boxY + 5, { width: boxWidth });
  doc.x = doc.page.margins.left;
  doc.y = boxY + 28;

  fact('Erkend op', formatDutchDate(new Date(listing.decisionDate)));
  fact('Erkend tot', formatDutchDate(new Date(listing.recognisedUntil)));
  if (model.reassessmentInProgress) fact('Status', 'herbeoordeling loopt; tot het nieuwe besluit blijft deze erkenning gelden');
  if (model.themeNames) fact('Thema’s', model.themeNames);
  if (listing.organisations.length) fact('Uitgevoerd door', listing.organisations.join(', '));
  if (listing.targetGroup) fact('Doelgroep', listing.targetGroup);
  if (listing.facts) {
    const t = listingFactsTexts('nl');
    const lines = factLines(t, 'nl-NL', listing.facts);
    for (const [label, value] of [[t.ageGroup, lines.ageGroup], [t.settings, lines.settings], [t.duration, lines.duration], [t.cost, lines.cost],
      [t.costIncludes, lines.costIncludes], [t.staff, lines.staff], [t.training, lines.training]] as const)
      if (value) fact(label, value);
  }

  heading('Samenvatting');
  paragraph(listing.summary);
  if (listing.goal.trim()) {
    heading('Doel');
    paragraph(listing.goal);
  }
  heading('Contact met de eigenaar');
  paragraph(`${listing.contact.name}, ${listing.contact.organisation}, ${listing.contact.email}`);

  doc.moveDown(1.2).font('Helvetica').fontSize(9).fillColor('#333333');
  doc.text(`De volledige beschrijving: ${model.url}`, { width });
  doc.text(`Afgedrukt op ${formatDutchDate(model.printedAt)}.`, { width });
  doc.end();
  return bytes;
}

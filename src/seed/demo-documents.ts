import { a4Pdf } from '../documents/a4-pdf.js';
import { buildDocx } from '../documents/content/document-builders.js';

export interface DemoDocumentSection {
  heading: string;
  text: string;
}

/** A short but real A4 PDF (Helvetica) with a title and headed paragraphs, as an owner's handbook would look. */
export function demoPdf(title: string, subtitle: string, sections: DemoDocumentSection[]): Promise<Buffer> {
  const { doc, bytes, width } = a4Pdf({ Title: title, Author: subtitle });
  doc.font('Helvetica-Bold').fontSize(18).text(title, { width });
  doc.font('Helvetica').fontSize(11).text(subtitle, { width });
  for (const section of sections) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(section.heading, { width });
    doc.font('Helvetica').fontSize(10.5).text(section.text, { width, lineGap: 2 });
  }
  doc.end();
  return bytes;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (text: string, bold = false) =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

/** A minimal Word document (opens in Word and LibreOffice) with a title and headed paragraphs. */
export function demoDocx(title: string, subtitle: string, sections: DemoDocumentSection[]): Buffer {
  const body = [paragraph(title, true), paragraph(subtitle), ...sections.flatMap((section) => [paragraph(section.heading, true), paragraph(section.text)])];
  return buildDocx([], body.join(''));
}

import PDFDocument from 'pdfkit';

/**
 * A new A4 PDF with the house margins (the decision letter, a listing's summary, the demo
 * handbooks), the width between its margins, and its bytes once `doc.end()` has been called.
 */
export function a4Pdf(info: PDFKit.DocumentInfo, options: { compress?: boolean } = {}) {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 72, right: 72 }, compress: options.compress ?? true, info });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  return { doc, bytes, width };
}

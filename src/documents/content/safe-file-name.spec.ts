import { contentDisposition, safeDownloadName } from './safe-file-name.js';

describe('safeDownloadName', () => {
  it.each([
    ['Handboek.pdf', 'pdf', 'Handboek.pdf'],
    ['Procesevaluatie 2024.DOCX', 'docx', 'Procesevaluatie 2024.docx'],
    ['Évaluation café über.odt', 'odt', 'Evaluation cafe uber.odt'],
    ['Straße Ørsted.pdf', 'pdf', 'Strasse Orsted.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\jan\\Documents\\handboek.pdf', 'pdf', 'handboek.pdf'],
    ['evil.exe', 'pdf', 'evil.exe.pdf'],
    ['handboek.docx', 'pdf', 'handboek.pdf'],
    ['say "hi"\'s.pdf', 'pdf', 'say his.pdf'],
    ['Jan\u2019s handboek.pdf', 'pdf', 'Jans handboek.pdf'],
    ['line\r\nbreak\t\x00.pdf', 'pdf', 'linebreak.pdf'],
    ['a;b,c<d>e|f?g*h.pdf', 'pdf', 'a_b_c_d_e_f_g_h.pdf'],
    ['報告書.pdf', 'pdf', 'document.pdf'],
    ['', 'pdf', 'document.pdf'],
    ['..', 'pdf', 'document.pdf'],
    ['.hidden', 'odt', 'hidden.odt'],
    ['naam', '.PDF', 'naam.pdf'],
  ])('%j (%s) -> %j', (original, ext, expected) => {
    expect(safeDownloadName(original, ext)).toBe(expected);
  });

  it('caps the length at 120 characters and keeps the extension', () => {
    const name = safeDownloadName('x'.repeat(500) + '.pdf', 'pdf');
    expect(name).toHaveLength(120);
    expect(name.endsWith('xxx.pdf')).toBe(true);
  });

  it('only ever produces the allowed ASCII characters', () => {
    const nasty = 'ab\u202Efdp.exe\u0000"\\/:é€😀\uD800 ok';
    expect(safeDownloadName(nasty, 'pdf')).toMatch(/^[A-Za-z0-9 ._-]{1,120}$/);
  });

  it('refuses an invalid extension', () => {
    expect(() => safeDownloadName('a', 'p/df')).toThrow();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the RFC 5987-encoded original', () => {
    expect(contentDisposition('Évaluation (v2).pdf', 'pdf')).toBe(
      `attachment; filename="Evaluation _v2.pdf"; filename*=UTF-8''%C3%89valuation%20%28v2%29.pdf`,
    );
  });

  it('removes path parts and forces the detected extension in both names', () => {
    expect(contentDisposition('/tmp/../x/evil.html', 'pdf')).toBe(
      `attachment; filename="evil.html.pdf"; filename*=UTF-8''evil.html.pdf`,
    );
  });

  it('strips control and bidi-override characters from the Unicode name', () => {
    // "\u202E" would display "handboekfdp.exe" as "handboekexe.pdf"
    const header = contentDisposition('handboek\u202Efdp.exe\r\n.pdf', 'pdf');
    expect(header).toBe(`attachment; filename="handboek_fdp.exe.pdf"; filename*=UTF-8''handboekfdp.exe.pdf`);
  });

  it('is a single header-safe line for any input', () => {
    const header = contentDisposition('a"b\';c\r\nd\u0000e\uD800f😀.docx', 'docx');
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    expect(header).toContain(`filename*=UTF-8''a%22b%27%3Bcde%EF%BF%BDf%F0%9F%98%80.docx`);
  });
});

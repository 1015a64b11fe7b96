import { ACCEPTED_DOCUMENT_TYPES, detectDocumentType } from './detect-document-type.js';
import { buildDocx, buildOdt, buildPdf, buildZip } from './document-builders.js';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Deterministic PRNG so fuzz failures are reproducible. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed >>> 16;
  };
}

describe('detectDocumentType', () => {
  it('lists the accepted types for messages', () => {
    expect(ACCEPTED_DOCUMENT_TYPES).toBe('PDF, DOCX, ODT');
  });

  describe('accepts genuine documents', () => {
    it('PDF', () => {
      expect(detectDocumentType(buildPdf())).toEqual({ kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' });
    });

    it('DOCX', () => {
      expect(detectDocumentType(buildDocx())).toEqual({ kind: 'docx', mimeType: DOCX_MIME, extension: 'docx' });
    });

    it('DOCX with an archive comment', () => {
      const docx = buildDocx();
      const comment = Buffer.from('made by a test');
      docx.writeUInt16LE(comment.length, docx.length - 2);
      expect(detectDocumentType(Buffer.concat([docx, comment]))?.kind).toBe('docx');
    });

    it('ODT', () => {
      expect(detectDocumentType(buildOdt())).toEqual({
        kind: 'odt',
        mimeType: 'application/vnd.oasis.opendocument.text',
        extension: 'odt',
      });
    });

    it('returns a fresh object each time (callers may mutate it)', () => {
      const a = detectDocumentType(buildPdf())!;
      a.extension = 'exe';
      expect(detectDocumentType(buildPdf())!.extension).toBe('pdf');
    });
  });

  describe('refuses everything else', () => {
    const cases: Record<string, Buffer> = {
      'empty buffer': Buffer.alloc(0),
      'plain text': Buffer.from('Dit is gewoon tekst, geen document.\n'),
      'text mentioning %PDF- later on': Buffer.from('hello %PDF-1.4'),
      '"%PDF" without the dash': Buffer.from('%PDF1.4'),
      'ELF executable named .pdf': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]),
      'MZ (Windows) executable': Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(58)]),
      'shell script': Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'PNG image': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      'JPEG image': Buffer.from('ffd8ffe000104a464946000101', 'hex'),
      'HTML page': Buffer.from('<!DOCTYPE html><script>alert(1)</script>'),
      'ZIP magic only': Buffer.from('PK\x03\x04', 'latin1'),
      'empty ZIP archive': Buffer.from('504b0506' + '00'.repeat(18), 'hex'),
      'xlsx-like ZIP': buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: '_rels/.rels', data: '<Relationships/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
      ]),
      'ZIP of random files': buildZip([
        { name: 'readme.txt', data: 'hi' },
        { name: 'bin/tool.exe', data: Buffer.from('MZ') },
      ]),
      'ZIP with word/document.xml but no [Content_Types].xml': buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]),
      'macro-enabled Word document (.docm)': buildDocx([{ name: 'word/vbaProject.bin', data: Buffer.alloc(16) }]),
      'ODS spreadsheet': buildOdt({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet' }),
      'ODT template (.ott)': buildOdt({ mimetype: 'application/vnd.oasis.opendocument.text-template' }),
      'ODT with a compressed mimetype entry': buildOdt({ mimetypeMethod: 'deflate' }),
      'ODT whose mimetype is not the first entry': buildOdt({ mimetypeFirst: false }),
      'ODT mimetype alone (no content.xml)': buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]),
      'self-extracting exe (ZIP appended to MZ)': Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), buildDocx()]),
      'ZIP with duplicate entry names': buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<a/>' },
        { name: 'word/document.xml', data: '<b/>' },
      ]),
    };

    it.each(Object.entries(cases))('%s', (_name, buffer) => {
      expect(detectDocumentType(buffer)).toBeNull();
    });

    it('non-Buffer input', () => {
      expect(detectDocumentType(undefined as unknown as Buffer)).toBeNull();
      expect(detectDocumentType('%PDF-1.4' as unknown as Buffer)).toBeNull();
    });
  });

  describe('malformed ZIPs (never throws)', () => {
    const eocdOf = (zip: Buffer) => zip.length - 22;

    it('every truncation of a DOCX and an ODT', () => {
      for (const doc of [buildDocx(), buildOdt()]) {
        for (let length = 0; length < doc.length; length++) {
          expect(detectDocumentType(doc.subarray(0, length))).toBeNull();
        }
      }
    });

    it('bogus central directory offset', () => {
      for (const offset of [0, 29, 0x7fffffff, 0xffffffff]) {
        const docx = buildDocx();
        docx.writeUInt32LE(offset, eocdOf(docx) + 16);
        expect(detectDocumentType(docx)).toBeNull();
      }
    });

    it('central directory size running past the EOCD record', () => {
      const docx = buildDocx();
      docx.writeUInt32LE(docx.readUInt32LE(eocdOf(docx) + 12) + 1, eocdOf(docx) + 12);
      expect(detectDocumentType(docx)).toBeNull();
    });

    it('entry count disagreeing with the central directory', () => {
      for (const count of [1, 4, 0xffff]) {
        const docx = buildDocx();
        docx.writeUInt16LE(count, eocdOf(docx) + 8);
        docx.writeUInt16LE(count, eocdOf(docx) + 10);
        expect(detectDocumentType(docx)).toBeNull();
      }
    });

    it('entry name length pointing outside the central directory', () => {
      const docx = buildDocx();
      const cdOffset = docx.readUInt32LE(eocdOf(docx) + 16);
      docx.writeUInt16LE(0xffff, cdOffset + 28);
      expect(detectDocumentType(docx)).toBeNull();
    });

    it('ODT whose local header disagrees with the central directory', () => {
      const odt = buildOdt();
      odt.writeUInt16LE(0xfff0, 26); // local name length
      expect(detectDocumentType(odt)).toBeNull();
    });

    it('random mutations of genuine files and random bytes after ZIP magic', () => {
      const next = prng(42);
      const originals = [buildDocx(), buildOdt()];
      for (let round = 0; round < 2000; round++) {
        const doc = Buffer.from(originals[round % 2]);
        for (let flips = 1 + (next() % 8); flips > 0; flips--) doc[next() % doc.length] = next() & 0xff;
        expect(() => detectDocumentType(doc)).not.toThrow();
      }
      for (let round = 0; round < 500; round++) {
        const junk = Buffer.alloc(4 + (next() % 300));
        for (let i = 0; i < junk.length; i++) junk[i] = next() & 0xff;
        Buffer.from('PK\x03\x04', 'latin1').copy(junk);
        // an EOCD signature near the end makes the parser go further
        if (round % 2 === 0 && junk.length >= 26) junk.writeUInt32LE(0x06054b50, junk.length - 22);
        expect(detectDocumentType(junk)).toBeNull();
      }
    });
  });
});

/**
 * Content sniffing for uploaded documents (handbook, process evaluation, effect studies).
 * The type is decided by the bytes only, never by the file name or the client's Content-Type.
 * Anything we do not recognise with certainty is refused (null); garbage never throws.
 */

export type DocumentKind = 'pdf' | 'docx' | 'odt';

export interface DetectedDocumentType {
  kind: DocumentKind;
  mimeType: string;
  extension: string; // without the dot: 'pdf', 'docx', 'odt'
}

/** For user-facing messages ("Only PDF, DOCX, ODT are accepted"). */
export const ACCEPTED_DOCUMENT_TYPES = 'PDF, DOCX, ODT';

const TYPES: Record<DocumentKind, DetectedDocumentType> = {
  pdf: { kind: 'pdf', mimeType: 'application/pdf', extension: 'pdf' },
  docx: {
    kind: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  odt: { kind: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', extension: 'odt' },
};

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // "PK\x03\x04": a local file header at offset 0

export function detectDocumentType(buffer: Buffer): DetectedDocumentType | null {
  if (!Buffer.isBuffer(buffer)) return null;
  if (startsWith(buffer, PDF_MAGIC)) return { ...TYPES.pdf };
  if (!startsWith(buffer, ZIP_MAGIC)) return null;
  try {
    const entries = readZipEntries(buffer);
    if (!entries) return null;
    if (isOdt(buffer, entries)) return { ...TYPES.odt };
    if (isDocx(entries)) return { ...TYPES.docx };
    return null;
  } catch {
    return null; // belt and braces: every read below is bounds-checked
  }
}

function startsWith(buffer: Buffer, magic: Buffer): boolean {
  return buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);
}

// ---- ODF / OOXML rules ----

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** ODF: the first entry is "mimetype", stored (not compressed), holding exactly the ODT media type. */
function isOdt(buffer: Buffer, entries: ZipEntry[]): boolean {
  const first = entries[0];
  if (first.name !== 'mimetype' || first.method !== STORED || first.localHeaderOffset !== 0) return false;
  if (first.compressedSize !== ODT_MIMETYPE.length) return false;
  // The local header at offset 0 must agree with the central directory.
  const nameLength = buffer.readUInt16LE(26);
  const extraLength = buffer.readUInt16LE(28);
  const dataStart = LOCAL_HEADER_SIZE + nameLength + extraLength;
  const dataEnd = dataStart + first.compressedSize;
  if (dataEnd > buffer.length) return false;
  if (buffer.readUInt16LE(8) !== STORED) return false;
  if (buffer.toString('latin1', LOCAL_HEADER_SIZE, LOCAL_HEADER_SIZE + nameLength) !== 'mimetype') return false;
  if (buffer.toString('latin1', dataStart, dataEnd) !== ODT_MIMETYPE) return false;
  return entries.some((e) => e.name === 'content.xml');
}

/** OOXML word-processing document; macro-enabled documents (.docm renamed .docx) are refused. */
function isDocx(entries: ZipEntry[]): boolean {
  const names = new Set(entries.map((e) => e.name));
  return names.has('[Content_Types].xml') && names.has('word/document.xml') && !names.has('word/vbaProject.bin');
}

// ---- minimal ZIP central directory reader ----

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const STORED = 0;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIG = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const EOCD_SIG = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

/**
 * Reads the entry list from the central directory, or null when the archive is not a sane,
 * single-disk, non-ZIP64 ZIP whose central directory lies between the data and the EOCD record.
 */
function readZipEntries(buffer: Buffer): ZipEntry[] | null {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return null;
  const diskNumber = buffer.readUInt16LE(eocd + 4);
  const cdDisk = buffer.readUInt16LE(eocd + 6);
  const entriesOnDisk = buffer.readUInt16LE(eocd + 8);
  const entryCount = buffer.readUInt16LE(eocd + 10);
  const cdSize = buffer.readUInt32LE(eocd + 12);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  // ZIP64 markers (0xffff / 0xffffffff) fail these checks too: documents are never that large.
  if (diskNumber !== 0 || cdDisk !== 0 || entriesOnDisk !== entryCount) return null;
  if (entryCount === 0 || entryCount > MAX_ENTRIES) return null;
  const cdEnd = cdOffset + cdSize;
  if (cdOffset < LOCAL_HEADER_SIZE || cdEnd > eocd) return null;

  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + CENTRAL_HEADER_SIZE > cdEnd || buffer.readUInt32LE(p) !== CENTRAL_HEADER_SIG) return null;
    const method = buffer.readUInt16LE(p + 10);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localHeaderOffset = buffer.readUInt32LE(p + 42);
    const nameStart = p + CENTRAL_HEADER_SIZE;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (nameLength === 0 || next > cdEnd) return null;
    if (localHeaderOffset + LOCAL_HEADER_SIZE > cdOffset) return null;
    const name = buffer.toString('utf8', nameStart, nameStart + nameLength);
    if (seen.has(name)) return null; // duplicate names make the archive ambiguous
    seen.add(name);
    entries.push({ name, method, compressedSize, localHeaderOffset });
    p = next;
  }
  return p === cdEnd ? entries : null;
}

/** Offset of the End Of Central Directory record, scanning back over an optional comment; -1 if absent. */
function findEndOfCentralDirectory(buffer: Buffer): number {
  const last = buffer.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (buffer.readUInt32LE(i) !== EOCD_SIG) continue;
    const commentLength = buffer.readUInt16LE(i + 20);
    if (i + EOCD_SIZE + commentLength <= buffer.length) return i;
  }
  return -1;
}

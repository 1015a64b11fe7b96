/**
 * File names for downloads. The uploaded name is user input: it may carry paths, control and
 * bidi characters, quotes or a misleading extension. The extension is always the one detected
 * from the content (see detect-document-type.ts).
 */

const MAX_LENGTH = 120;
const FALLBACK_BASE = 'document';
/** Extensions dropped from the original name before the detected one is appended. */
const REPLACED_EXTENSIONS = new Set(['pdf', 'docx', 'odt', 'doc', 'rtf', 'txt']);
/** Letters that Unicode decomposition does not reduce to ASCII. */
const TRANSLITERATIONS: Record<string, string> = {
  ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L',
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ĳ: 'ij', Ĳ: 'IJ',
  '\u2018': '', '\u2019': '', '\u201c': '', '\u201d': '', // typographic quotes
};

/** ASCII-only name (letters, digits, space, `.`, `-`, `_`) ending in `.<extension>`, at most 120 chars. */
export function safeDownloadName(original: string, extension: string): string {
  const ext = normaliseExtension(extension);
  const ascii = baseName(original)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é -> e + combining accent -> e
    .replace(/[^\x00-\x7f]/gu, (c) => TRANSLITERATIONS[c] ?? '_')
    .replace(/[\x00-\x1f\x7f"']/g, '') // control characters and quotes
    .replace(/[^A-Za-z0-9 ._-]/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/ {2,}/g, ' ');
  return withExtension(ascii, ext);
}

/**
 * `Content-Disposition` value: an ASCII fallback in `filename` and the original (Unicode) name
 * in `filename*` (RFC 6266 / RFC 5987), both with path parts removed and the detected extension.
 */
export function contentDisposition(original: string, extension: string): string {
  const ext = normaliseExtension(extension);
  const unicode = baseName(original)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ''); // control, bidi overrides, zero-width, line separators
  const fallback = safeDownloadName(original, ext);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(withExtension(unicode, ext))}`;
}

/** Last path segment; lone UTF-16 surrogates (which encodeURIComponent rejects) become U+FFFD. */
function baseName(name: string): string {
  const last = String(name ?? '').split(/[\\/]/).pop() ?? '';
  return last.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function normaliseExtension(extension: string): string {
  const ext = extension.replace(/^\.+/, '').toLowerCase();
  if (!/^[a-z0-9]{1,10}$/.test(ext)) throw new Error(`Invalid file extension: ${extension}`);
  return ext;
}

/** Drops a document-like extension, trims dots/spaces/underscores, caps the length, appends `.ext`. */
function withExtension(name: string, ext: string): string {
  let base = name.trim();
  const dot = base.lastIndexOf('.');
  const current = dot >= 0 ? base.slice(dot + 1).toLowerCase() : '';
  if (current === ext || REPLACED_EXTENSIONS.has(current)) base = base.slice(0, dot);
  const maxBase = MAX_LENGTH - ext.length - 1;
  base = trimEdges(Array.from(trimEdges(base)).slice(0, maxBase).join('')); // code points, not UTF-16 units
  return `${base || FALLBACK_BASE}.${ext}`;
}

function trimEdges(s: string): string {
  return s.replace(/^[\s._-]+|[\s._-]+$/gu, '');
}

/** RFC 5987 `value-chars`: percent-encode everything except attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

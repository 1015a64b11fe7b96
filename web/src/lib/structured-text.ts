import { HEADING_MARKER, LIST_MARKER } from '../../../src/common/structured-text.js';

/** The format itself (markers and parser) is shared with the server's public pages. */
export { HEADING_MARKER, LIST_MARKER, parseStructuredText, type TextBlock } from '../../../src/common/structured-text.js';

/**
 * Turns the lines the selection touches into headings or list items, or back into plain lines
 * when they all already are; returns the new text and the selection over the same lines.
 */
export function toggleLineMarker(text: string, start: number, end: number, marker: string): { text: string; start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', Math.max(end - (end > start && text[end - 1] === '\n' ? 1 : 0), lineStart));
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const other = marker === HEADING_MARKER ? LIST_MARKER : HEADING_MARKER;
  const strip = (line: string) => (line.startsWith(marker) ? line.slice(marker.length) : line.startsWith(other) ? line.slice(other.length) : line);
  const allMarked = lines.every((line) => line.startsWith(marker) || !line.trim());
  const changed = lines.map((line) => (!line.trim() ? line : allMarked ? strip(line) : marker + strip(line))).join('\n');
  return { text: text.slice(0, lineStart) + changed + text.slice(lineEnd), start: lineStart, end: lineStart + changed.length };
}

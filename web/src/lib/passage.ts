import { HEADING_MARKER, LIST_MARKER } from './structured-text';

/** A passage of a section's text by character positions, line markers included (as the API counts). */
export interface Passage {
  start: number;
  end: number;
}

/** What the coach selected: the exact text and where it starts. */
export interface SelectedPassage {
  quote: string;
  offset: number;
}

/** The selection in a text field, or null when nothing is selected. */
export function selectedPassage(field: HTMLTextAreaElement): SelectedPassage | null {
  const { selectionStart: start, selectionEnd: end, value } = field;
  if (end <= start) return null;
  return { quote: value.slice(start, end), offset: start };
}

/** Private-use characters that StructuredText turns into the start and end of a <mark>. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

const LINE_MARKERS = [HEADING_MARKER, LIST_MARKER];

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** How far a line marker at the start of the line reaches, or 0 without one. */
function markerEnd(text: string, lineStart: number): number {
  const marker = LINE_MARKERS.find((candidate) => text.startsWith(candidate, lineStart));
  return marker ? lineStart + marker.length : lineStart;
}

/**
 * The text with the passage between MARK_START and MARK_END, placed so that the line markers
 * still start their lines: a passage that begins on a marker or a line break starts after it,
 * one that ends on them ends before. Unchanged when the text there is not the quote any more.
 */
export function markPassage(text: string, passage: Passage & { quote: string }): string {
  if (text.slice(passage.start, passage.end) !== passage.quote) return text;
  let { start, end } = passage;
  while (start < end && (text[start] === '\n' || text[start] === '\r')) start++;
  start = Math.max(start, markerEnd(text, lineStartOf(text, start)));
  const endLine = lineStartOf(text, end);
  if (end <= markerEnd(text, endLine)) end = endLine;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  if (end <= start) return text;
  return text.slice(0, start) + MARK_START + text.slice(start, end) + MARK_END + text.slice(end);
}

function occurrencesBefore(text: string, quote: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf(quote); at !== -1 && at < limit; at = text.indexOf(quote, at + 1)) count++;
  return count;
}

function nthOccurrence(text: string, quote: string, n: number): number {
  let at = text.indexOf(quote);
  for (let i = 0; i < n && at !== -1; i++) at = text.indexOf(quote, at + 1);
  return at;
}

/**
 * The mouse selection in the formatted read view (`container`) as a passage of the stored text:
 * the rendered text is the stored text without its line markers and line breaks, in the same
 * order, so the n-th occurrence of the selected words there is the n-th in the stored text.
 * Null when nothing in the container is selected, or the selection spans several lines or items
 * (the read-only text field below is the way to select those).
 */
export function readViewPassage(container: HTMLElement, storedText: string): SelectedPassage | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const quote = range.toString();
  if (!quote.trim()) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const n = occurrencesBefore(container.textContent ?? '', quote, before.toString().length);
  const offset = nthOccurrence(storedText, quote, n);
  return offset === -1 ? null : { quote, offset };
}

/**
 * The werkblad's small formatting subset, stored as plain text with line markers (never HTML):
 * a line starting with "## " is a heading, lines starting with "- " are the items of a list, and
 * the other lines are paragraphs (a blank line ends one). See docs/decisions/0015.
 */
export type TextBlock = { kind: 'heading'; text: string } | { kind: 'list'; items: string[] } | { kind: 'paragraph'; text: string };

export const HEADING_MARKER = '## ';
export const LIST_MARKER = '- ';

export function parseStructuredText(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', items: list });
    list = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith(HEADING_MARKER) && line.slice(HEADING_MARKER.length).trim()) {
      endParagraph();
      endList();
      blocks.push({ kind: 'heading', text: line.slice(HEADING_MARKER.length).trim() });
    } else if (line.startsWith(LIST_MARKER) && line.slice(LIST_MARKER.length).trim()) {
      endParagraph();
      (list ??= []).push(line.slice(LIST_MARKER.length).trim());
    } else if (!line.trim()) {
      endParagraph();
      endList();
    } else {
      endList();
      paragraph.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

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

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

import { createElement, type ReactNode } from 'react';
import { MARK_END, MARK_START, markPassage, type Passage } from '../lib/passage';
import { parseStructuredText } from '../lib/structured-text';

/** A passage to highlight, with the text it should be (a stale position marks nothing). */
export type Highlight = Passage & { quote: string };

/**
 * Werkblad text with its headings and lists (lib/structured-text.ts), rendered as React elements:
 * the text is never read as HTML. `headingLevel` is the level of its headings within the page;
 * `highlight` puts a passage in <mark>, across headings and items if it spans them.
 */
export function StructuredText({ text, headingLevel = 3, highlight }: { text: string; headingLevel?: 3 | 4 | 5 | 6; highlight?: Highlight | null }) {
  const source = highlight ? markPassage(text, highlight) : text;
  // The blocks are rendered in reading order, so whether a piece lies inside the passage carries over from one to the next.
  let inside = false;
  const marked = (piece: string): ReactNode => {
    if (!highlight) return piece;
    return piece.split(/([\uE000\uE001])/).map((part, index) => {
      if (part === MARK_START) inside = true;
      else if (part === MARK_END) inside = false;
      else if (part && inside) return <mark key={index} className="passage-mark">{part}</mark>;
      else if (part) return part;
      return null;
    });
  };
  return (
    <div className="structured-text">
      {parseStructuredText(source).map((block, index) =>
        block.kind === 'heading' ? (
          createElement(`h${headingLevel}`, { key: index, className: `utrecht-heading-${headingLevel}` }, marked(block.text))
        ) : block.kind === 'list' ? (
          <ul key={index} className="utrecht-unordered-list">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{marked(item)}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className="utrecht-paragraph preserve-lines">
            {marked(block.text)}
          </p>
        ),
      )}
    </div>
  );
}

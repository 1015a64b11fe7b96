import { createElement } from 'react';
import { parseStructuredText } from '../lib/structured-text';

/**
 * Werkblad text with its headings and lists (lib/structured-text.ts), rendered as React elements:
 * the text is never read as HTML. `headingLevel` is the level of its headings within the page.
 */
export function StructuredText({ text, headingLevel = 3 }: { text: string; headingLevel?: 3 | 4 | 5 | 6 }) {
  return (
    <div className="structured-text">
      {parseStructuredText(text).map((block, index) =>
        block.kind === 'heading' ? (
          createElement(`h${headingLevel}`, { key: index, className: `utrecht-heading-${headingLevel}` }, block.text)
        ) : block.kind === 'list' ? (
          <ul key={index} className="utrecht-unordered-list">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{item}</li>
            ))}
          </ul>
        ) : (
          <p key={index} className="utrecht-paragraph preserve-lines">
            {block.text}
          </p>
        ),
      )}
    </div>
  );
}

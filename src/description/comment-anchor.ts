/** The longest passage a comment can be anchored to, in characters. */
export const ANCHOR_QUOTE_MAX_LENGTH = 1000;

/** A comment's anchor as stored: the passage quoted when commenting and where it started then. */
export interface StoredAnchor {
  quote: string;
  offset: number;
  /** The section's revision (description_sections.version) the offset refers to. */
  sectionVersion: number;
}

/**
 * Where the anchor stands in the text as it is now: `offset` is where the quote starts now, or
 * null when the passage is gone (the comment is then shown as "passage changed", with its quote).
 */
export interface AnchorView extends StoredAnchor {
  currentOffset: number | null;
  detached: boolean;
}

/** Whether `quote` is exactly the text at `offset`: the check for a new anchor. */
export function quoteIsAt(text: string, quote: string, offset: number): boolean {
  return quote.length > 0 && offset >= 0 && text.startsWith(quote, offset);
}

/**
 * Re-finds a quoted passage after the text was edited: the occurrence nearest to where it was
 * (on a tie the earlier one), or null when the quote no longer occurs at all.
 */
export function refindQuote(text: string, quote: string, previousOffset: number): number | null {
  if (!quote) return null;
  let nearest: number | null = null;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    if (nearest === null || Math.abs(at - previousOffset) < Math.abs(nearest - previousOffset)) nearest = at;
    if (at > previousOffset) break;
  }
  return nearest;
}

export function anchorView(anchor: StoredAnchor, currentText: string): AnchorView {
  const currentOffset = refindQuote(currentText, anchor.quote, anchor.offset);
  return { ...anchor, currentOffset, detached: currentOffset === null };
}

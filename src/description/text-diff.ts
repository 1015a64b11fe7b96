/**
 * A word-level text diff for comparing werkblad versions, pure and bounded.
 *
 * The longest common subsequence over words needs a table of n × m cells, which is fine for a
 * paragraph and hopeless for two 10,000-word sections. So the work is bounded: a diff at one
 * level (words, then sentences, then paragraphs) is only computed when its table fits
 * `maxCells`; otherwise the next coarser level is tried, and each changed stretch it finds is
 * refined at the finer levels again. All tables together never exceed `totalCells`; past that
 * budget, a changed stretch is reported as one deletion and one insertion.
 *
 * Invariant of the result: the `equal` and `delete` texts in order spell `from`, and the `equal`
 * and `insert` texts in order spell `to`.
 */

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffChange {
  op: DiffOp;
  text: string;
}

export interface DiffOptions {
  /** Largest LCS table (cells) for one comparison. */
  maxCells?: number;
  /** Largest number of cells over all comparisons of one diff. */
  totalCells?: number;
}

export interface DiffResult {
  changes: DiffChange[];
  /** LCS cells computed; never more than `totalCells`. */
  cells: number;
}

export const DEFAULT_MAX_CELLS = 1_000_000;
export const DEFAULT_TOTAL_CELLS = 4_000_000;

type Tokenizer = (text: string) => string[];

/** Words (letters, digits), whitespace runs and single punctuation marks. */
export const tokenizeWords: Tokenizer = (text) => text.match(/\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];

/** Sentences with their trailing whitespace; a line break also ends one. */
export const tokenizeSentences: Tokenizer = (text) =>
  (text.match(/[^\n.!?]*(?:[.!?]+\s*|\n\s*|$)/g) ?? []).filter((token) => token.length > 0);

/** Paragraphs with the blank line(s) after them. */
export const tokenizeParagraphs: Tokenizer = (text) =>
  (text.match(/[\s\S]*?(?:\n[ \t]*\n\s*|$)/g) ?? []).filter((token) => token.length > 0);

/** Finest first. */
const LEVELS: readonly Tokenizer[] = [tokenizeWords, tokenizeSentences, tokenizeParagraphs];

interface Budget {
  maxCells: number;
  remaining: number;
  used: number;
}

export function diffText(from: string, to: string, options: DiffOptions = {}): DiffChange[] {
  return diffTextWithStats(from, to, options).changes;
}

export function diffTextWithStats(from: string, to: string, options: DiffOptions = {}): DiffResult {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  const totalCells = options.totalCells ?? DEFAULT_TOTAL_CELLS;
  const budget: Budget = { maxCells, remaining: totalCells, used: 0 };
  const raw = from === to ? [{ op: 'equal' as const, text: from }] : diffAtLevels(from, to, LEVELS.length - 1, budget);
  return { changes: tidy(raw), cells: budget.used };
}

/** Tries the finest level first and goes coarser only when the finer table does not fit. */
function diffAtLevels(from: string, to: string, coarsest: number, budget: Budget): DiffChange[] {
  for (let level = 0; level <= coarsest; level++) {
    const changes = lcsDiff(LEVELS[level](from), LEVELS[level](to), budget);
    if (changes === null) continue;
    return level === 0 ? changes : refine(changes, level - 1, budget);
  }
  return coarse(LEVELS[coarsest](from), LEVELS[coarsest](to));
}

/** Diffs each changed stretch of a coarse diff again, at the finer levels. */
function refine(changes: DiffChange[], coarsest: number, budget: Budget): DiffChange[] {
  const out: DiffChange[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted && inserted) out.push(...diffAtLevels(deleted, inserted, coarsest, budget));
    else if (deleted) out.push({ op: 'delete', text: deleted });
    else if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const change of changes) {
    if (change.op === 'delete') deleted += change.text;
    else if (change.op === 'insert') inserted += change.text;
    else {
      flush();
      out.push(change);
    }
  }
  flush();
  return out;
}

/** Common prefix and suffix, and the middle as one deletion and one insertion. */
function coarse(a: string[], b: string[]): DiffChange[] {
  const { prefix, suffix } = commonEnds(a, b);
  return [
    { op: 'equal', text: a.slice(0, prefix).join('') },
    { op: 'delete', text: a.slice(prefix, a.length - suffix).join('') },
    { op: 'insert', text: b.slice(prefix, b.length - suffix).join('') },
    { op: 'equal', text: a.slice(a.length - suffix).join('') },
  ];
}

function commonEnds(a: readonly string[], b: readonly string[]): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/**
 * LCS diff of two token lists, one change per token; null when the table for the part between the
 * common prefix and suffix is larger than one comparison or the remaining budget allows.
 */
function lcsDiff(a: string[], b: string[], budget: Budget): DiffChange[] | null {
  const { prefix, suffix } = commonEnds(a, b);
  const n = a.length - prefix - suffix;
  const m = b.length - prefix - suffix;
  const cells = (n + 1) * (m + 1);
  if (n > 0 && m > 0 && (cells > budget.maxCells || cells > budget.remaining)) return null;

  const out: DiffChange[] = [];
  for (let i = 0; i < prefix; i++) out.push({ op: 'equal', text: a[i] });
  if (n === 0 || m === 0) {
    for (let i = 0; i < n; i++) out.push({ op: 'delete', text: a[prefix + i] });
    for (let j = 0; j < m; j++) out.push({ op: 'insert', text: b[prefix + j] });
  } else {
    budget.remaining -= cells;
    budget.used += cells;
    // Tokens as small integers, so the inner loop compares numbers.
    const ids = new Map<string, number>();
    const idOf = (token: string) => {
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = ids.size));
      return id;
    };
    const x = Int32Array.from({ length: n }, (_, i) => idOf(a[prefix + i]));
    const y = Int32Array.from({ length: m }, (_, j) => idOf(b[prefix + j]));
    // lengths[i][j] = LCS length of x[i..] and y[j..], row-major with row width m + 1.
    const width = m + 1;
    const lengths = new Uint32Array(cells);
    for (let i = n - 1; i >= 0; i--) {
      const row = i * width;
      const below = row + width;
      for (let j = m - 1; j >= 0; j--) {
        lengths[row + j] =
          x[i] === y[j] ? lengths[below + j + 1] + 1 : Math.max(lengths[below + j], lengths[row + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (x[i] === y[j]) {
        out.push({ op: 'equal', text: a[prefix + i] });
        i++;
        j++;
      } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
        out.push({ op: 'delete', text: a[prefix + i] });
        i++;
      } else {
        out.push({ op: 'insert', text: b[prefix + j] });
        j++;
      }
    }
    for (; i < n; i++) out.push({ op: 'delete', text: a[prefix + i] });
    for (; j < m; j++) out.push({ op: 'insert', text: b[prefix + j] });
  }
  for (let i = a.length - suffix; i < a.length; i++) out.push({ op: 'equal', text: a[i] });
  return out;
}

/**
 * Makes the result readable: whitespace that happens to be equal between two changes becomes part
 * of the change, and each changed stretch is one deletion followed by one insertion.
 */
function tidy(changes: DiffChange[]): DiffChange[] {
  const merged = mergeAdjacent(changes.filter((change) => change.text.length > 0));
  const absorbed: DiffChange[] = [];
  merged.forEach((change, index) => {
    const between = index > 0 && index < merged.length - 1;
    if (change.op === 'equal' && between && /^\s+$/u.test(change.text)) {
      absorbed.push({ op: 'delete', text: change.text }, { op: 'insert', text: change.text });
    } else absorbed.push(change);
  });

  const out: DiffChange[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const change of absorbed) {
    if (change.op === 'delete') deleted += change.text;
    else if (change.op === 'insert') inserted += change.text;
    else {
      flush();
      out.push(change);
    }
  }
  flush();
  return mergeAdjacent(out);
}

function mergeAdjacent(changes: DiffChange[]): DiffChange[] {
  const out: DiffChange[] = [];
  for (const change of changes) {
    const last = out[out.length - 1];
    if (last && last.op === change.op) last.text += change.text;
    else out.push({ ...change });
  }
  return out;
}

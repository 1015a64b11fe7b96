import { LEVEL_CODES, isLevelCode, type LevelCode } from '../track/track.levels.js';
import { problem, type ImportProblem, type ImportRule, type ImportRuleParams } from './import-problem.js';

/** The official level codes of the Erkenningscommissie, accepted beside the system's own. */
const OFFICIAL_LEVEL_CODES: Readonly<Record<string, LevelCode>> = {
  '0': 'goed_beschreven',
  I: 'goed_onderbouwd',
  II: 'effectief_eerste',
  III: 'effectief_goede',
  IV: 'effectief_sterke',
};
export const ACCEPTED_LEVELS = [...LEVEL_CODES, ...Object.keys(OFFICIAL_LEVEL_CODES)];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 200;

/** Reads the cells of one row by column name, collecting every problem instead of stopping at the first. */
export class RowReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly row: number,
    private readonly cells: ReadonlyMap<string, string>,
  ) {}

  raw(column: string): string {
    return (this.cells.get(column) ?? '').trim();
  }

  fail(column: string, rule: ImportRule, params?: ImportRuleParams): void {
    this.problems.push(problem(this.row, column, rule, params));
  }

  /** A single-line text (a name, an organisation) or, with `long`, a text that may span lines. */
  text(column: string, options: { required?: boolean; long?: boolean } = {}): string {
    const value = this.raw(column);
    const max = options.long ? LONG_TEXT_MAX : SHORT_TEXT_MAX;
    if (!value) {
      if (options.required) this.fail(column, 'required');
    } else if (value.length > max) this.fail(column, 'maxLength', { max });
    return options.long ? value : value.replace(/\s+/g, ' ');
  }

  /** YYYY-MM-DD, a real calendar day. */
  date(column: string, options: { required?: boolean; notInFuture?: string } = {}): string | null {
    const value = this.raw(column);
    if (!value) {
      if (options.required) this.fail(column, 'required');
      return null;
    }
    const match = DATE.exec(value);
    const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (!day || day.toISOString().slice(0, 10) !== value) {
      this.fail(column, 'date');
      return null;
    }
    if (options.notInFuture && value > options.notInFuture) this.fail(column, 'notInFuture');
    return value;
  }

  /** A date that must not lie before another column's date (both already read). */
  notBefore(column: string, value: string | null, otherColumn: string, other: string | null): void {
    if (value && other && value < other) this.fail(column, 'notBefore', { other: otherColumn });
  }

  email(column: string, options: { required?: boolean } = {}): string {
    const value = this.raw(column).toLowerCase();
    if (!value) {
      if (options.required) this.fail(column, 'required');
    } else if (!EMAIL.test(value) || value.length > SHORT_TEXT_MAX) this.fail(column, 'email');
    return value;
  }

  /** An official level code (or its number); `offered` are the levels the committee's procedure offers. */
  level(column: string, offered: readonly LevelCode[]): LevelCode | null {
    const value = this.raw(column);
    if (!value) {
      this.fail(column, 'required');
      return null;
    }
    const level = isLevelCode(value) ? value : OFFICIAL_LEVEL_CODES[value.toUpperCase()];
    if (!level) this.fail(column, 'oneOf', { values: ACCEPTED_LEVELS });
    else if (!offered.includes(level)) this.fail(column, 'levelNotOffered', { value: level });
    return level ?? null;
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T | null {
    const value = this.raw(column);
    if (!value) {
      this.fail(column, 'required');
      return null;
    }
    if (!(values as readonly string[]).includes(value)) {
      this.fail(column, 'oneOf', { values: [...values] });
      return null;
    }
    return value as T;
  }

  /** Theme slugs separated by semicolons (or commas in a semicolon file), each an active theme. */
  themes(column: string, known: ReadonlySet<string>): string[] {
    const slugs = [...new Set(this.raw(column).split(/[;,]/).map((slug) => slug.trim().toLowerCase()).filter(Boolean))];
    for (const slug of slugs) if (!known.has(slug)) this.fail(column, 'unknownTheme', { value: slug });
    return slugs;
  }

  pattern(column: string, pattern: RegExp, shape: string, options: { required?: boolean } = {}): string {
    const value = this.raw(column);
    if (!value) {
      if (options.required) this.fail(column, 'required');
    } else if (!pattern.test(value)) this.fail(column, 'pattern', { value: shape });
    return value;
  }
}

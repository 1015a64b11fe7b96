/**
 * Recognition levels (beoordelingsniveaus), lowest first. The order is the ladder: a level
 * includes everything the levels below it require.
 */
export const LEVEL_CODES = [
  'goed_beschreven',
  'goed_onderbouwd',
  'effectief_eerste',
  'effectief_goede',
  'effectief_sterke',
] as const;

export type LevelCode = (typeof LEVEL_CODES)[number];

export const LEVEL_LABELS: Readonly<Record<LevelCode, string>> = {
  goed_beschreven: 'Goed beschreven',
  goed_onderbouwd: 'Goed onderbouwd',
  effectief_eerste: 'Effectief – eerste aanwijzingen',
  effectief_goede: 'Effectief – goede aanwijzingen',
  effectief_sterke: 'Effectief – sterke aanwijzingen',
};

const EFFECT_LEVELS: ReadonlySet<LevelCode> = new Set([
  'effectief_eerste',
  'effectief_goede',
  'effectief_sterke',
]);

export function isLevelCode(value: unknown): value is LevelCode {
  return typeof value === 'string' && (LEVEL_CODES as readonly string[]).includes(value);
}

/** Position on the ladder, 1 (goed_beschreven) to 5 (effectief_sterke). */
export function levelRank(level: LevelCode): number {
  const index = LEVEL_CODES.indexOf(level);
  if (index < 0) throw new RangeError(`Unknown recognition level: ${String(level)}`);
  return index + 1;
}

/** The Effectief levels need effect research (at least one effect study in the dossier). */
export function isEffectLevel(level: LevelCode): boolean {
  return EFFECT_LEVELS.has(level);
}

export function levelLabel(level: LevelCode): string {
  return LEVEL_LABELS[level];
}

import { LEVEL_CODES, PHASES, type LevelCode, type Phase } from '../api/types';
import type { StaffListQuery } from '../api/staff-list-api';

/**
 * The staff list's filters as they stand in the address (Dutch parameter names), so a view can
 * be bookmarked, shared and reached again with Back. The API checks every value; what the address
 * holds is only passed on when it has the right form, so a mangled bookmark shows everything.
 */
export interface StaffFilters {
  q: string;
  organisation: string;
  phase: string;
  state: string;
  coach: string;
  targetLevel: string;
  committee: string;
  stuck: '' | 'true' | 'false';
  overdue: '' | 'true' | 'false';
  sort: string;
}

export const EMPTY_FILTERS: StaffFilters = { q: '', organisation: '', phase: '', state: '', coach: '', targetLevel: '', committee: '', stuck: '', overdue: '', sort: '' };

const PARAM: Record<keyof StaffFilters, string> = {
  q: 'q',
  organisation: 'organisatie',
  phase: 'fase',
  state: 'status',
  coach: 'begeleider',
  targetLevel: 'niveau',
  committee: 'commissie',
  stuck: 'vastgelopen',
  overdue: 'verlopen',
  sort: 'sortering',
};

const YES_NO: Record<string, '' | 'true' | 'false'> = { ja: 'true', nee: 'false' };
const FROM_YES_NO: Record<string, string> = { true: 'ja', false: 'nee' };

export function filtersFrom(params: URLSearchParams): StaffFilters {
  const value = (key: keyof StaffFilters) => params.get(PARAM[key]) ?? '';
  return {
    q: value('q'),
    organisation: value('organisation'),
    phase: value('phase'),
    state: value('state'),
    coach: value('coach'),
    targetLevel: value('targetLevel'),
    committee: value('committee'),
    stuck: YES_NO[value('stuck')] ?? '',
    overdue: YES_NO[value('overdue')] ?? '',
    sort: value('sort'),
  };
}

export function paramsFrom(filters: StaffFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof StaffFilters)[]) {
    const raw = filters[key].trim();
    if (!raw) continue;
    params.set(PARAM[key], key === 'stuck' || key === 'overdue' ? FROM_YES_NO[raw] : raw);
  }
  if (page > 1) params.set('pagina', String(page));
  return params;
}

export function pageFrom(params: URLSearchParams): number {
  return Math.min(100000, Math.max(1, Number.parseInt(params.get('pagina') ?? '1', 10) || 1));
}

export function isFiltered(filters: StaffFilters): boolean {
  return (Object.keys(filters) as (keyof StaffFilters)[]).some((key) => key !== 'sort' && filters[key].trim() !== '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API query for these filters: values of the wrong form are left out rather than sent to be refused. */
export function queryFrom(filters: StaffFilters, extra: Partial<StaffListQuery> = {}): StaffListQuery {
  const text = (value: string) => value.trim().slice(0, 200) || undefined;
  return {
    q: text(filters.q),
    organisation: text(filters.organisation),
    phase: (PHASES as readonly string[]).includes(filters.phase) ? (filters.phase as Phase) : undefined,
    state: filters.state ? (filters.state as StaffListQuery['state']) : undefined,
    coach: UUID.test(filters.coach) ? filters.coach : undefined,
    targetLevel: (LEVEL_CODES as readonly string[]).includes(filters.targetLevel) ? (filters.targetLevel as LevelCode) : undefined,
    committee: UUID.test(filters.committee) ? filters.committee : undefined,
    stuck: filters.stuck || undefined,
    overdue: filters.overdue || undefined,
    sort: filters.sort ? (filters.sort as StaffListQuery['sort']) : undefined,
    ...extra,
  };
}

import type { FieldError } from '../http/validation.js';

/** No request of ours nests beyond a handful of levels; this leaves room and stays far from the stack's limit. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Keys that mean something to JavaScript objects. class-transformer skips them silently (so
 * forbidNonWhitelisted never sees them); refusing them keeps the rule "unknown fields are refused".
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NUL = '\u0000';

/** Enough to name what is wrong; a body full of NULs need not be listed in full. */
const MAX_PROBLEMS = 20;

/**
 * What no handler can take, whatever its DTO says: nesting deeper than MAX_INPUT_DEPTH (which
 * would overflow the stack in class-transformer), keys such as `__proto__`, and NUL characters
 * (PostgreSQL refuses them in text). Walks the value without recursion, so any depth is cheap.
 */
export function findInputProblems(input: unknown, rootPath = ''): FieldError[] {
  const problems: FieldError[] = [];
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: input, path: rootPath, depth: 0 }];
  while (pending.length && problems.length < MAX_PROBLEMS) {
    const { value, path, depth } = pending.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) problems.push({ field: path, rule: 'noNul', reason: `${path || 'de invoer'} mag geen NUL-teken bevatten / ${path || 'the input'} must not contain a NUL character` });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth === MAX_INPUT_DEPTH) {
      problems.push({ field: path, rule: 'tooDeep', max: MAX_INPUT_DEPTH, reason: `is dieper genest dan ${MAX_INPUT_DEPTH} niveaus / is nested deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key) || key.includes(NUL)) {
        problems.push({ field: childPath, rule: 'unknownField', reason: `${key} is geen veld van dit verzoek / property ${key} should not exist` });
        continue;
      }
      pending.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return problems;
}

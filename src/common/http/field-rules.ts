/**
 * The rules a field error can name, with their parameters. The web app words each rule in the
 * user's language (web/src/i18n/validation-*.ts); the `reason` beside it stays for API clients.
 */
export type FieldRule =
  | 'required'
  | 'text'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'uuid'
  | 'email'
  | 'url'
  | 'date'
  | 'oneOf'
  | 'minLength'
  | 'maxLength'
  | 'min'
  | 'max'
  | 'list'
  | 'minItems'
  | 'maxItems'
  | 'uniqueItems'
  | 'object'
  | 'pattern'
  | 'singleLine'
  | 'maxWords'
  | 'password'
  | 'unknownField'
  | 'noNul'
  | 'tooDeep'
  | 'quoteAtOffset'
  | 'firstCommentOnly';

export interface RuleParams {
  min?: number;
  max?: number;
  values?: string[];
}

interface RuleOfConstraint {
  rule: FieldRule;
  /** The decorator's constraints (e.g. `[10]` for `@ArrayMaxSize(10)`) as named parameters. */
  params?: (constraints: unknown[]) => RuleParams;
}

const firstAsMin = ([min]: unknown[]): RuleParams => ({ min: Number(min) });
const firstAsMax = ([max]: unknown[]): RuleParams => ({ max: Number(max) });
const firstAsValues = ([values]: unknown[]): RuleParams => ({ values: Array.isArray(values) ? values.map(String) : Object.values(values ?? {}).map(String) });

/**
 * class-validator's constraint names (the keys of ValidationError.constraints) and our own
 * decorators' names, to the rule the client words. A name missing here is passed on as its own
 * rule; test/platform/field-rules.spec.ts fails when a DTO uses one the web catalogue cannot word.
 */
export const RULE_OF_CONSTRAINT: Record<string, RuleOfConstraint> = {
  isDefined: { rule: 'required' },
  isNotEmpty: { rule: 'required' },
  arrayNotEmpty: { rule: 'required' },
  isString: { rule: 'text' },
  isInt: { rule: 'integer' },
  isNumber: { rule: 'number' },
  isBoolean: { rule: 'boolean' },
  isUuid: { rule: 'uuid' },
  isUUID: { rule: 'uuid' },
  isEmail: { rule: 'email' },
  isUrl: { rule: 'url' },
  isDateString: { rule: 'date' },
  isIso8601: { rule: 'date' },
  isISO8601: { rule: 'date' },
  isIn: { rule: 'oneOf', params: firstAsValues },
  isEnum: { rule: 'oneOf', params: firstAsValues },
  minLength: { rule: 'minLength', params: firstAsMin },
  maxLength: { rule: 'maxLength', params: firstAsMax },
  min: { rule: 'min', params: firstAsMin },
  max: { rule: 'max', params: firstAsMax },
  isArray: { rule: 'list' },
  arrayMinSize: { rule: 'minItems', params: firstAsMin },
  arrayMaxSize: { rule: 'maxItems', params: firstAsMax },
  arrayUnique: { rule: 'uniqueItems' },
  isObject: { rule: 'object' },
  nestedValidation: { rule: 'object' },
  unknownValue: { rule: 'object' },
  matches: { rule: 'pattern' },
  singleLine: { rule: 'singleLine' },
  maxWords: { rule: 'maxWords', params: firstAsMax },
  isAcceptablePassword: { rule: 'password', params: ([min, max]) => ({ min: Number(min), max: Number(max) }) },
  whitelistValidation: { rule: 'unknownField' },
};

/** The rule and parameters for one failed constraint; `constraints` are the decorator's own, when known. */
export function ruleOfConstraint(name: string, constraints: unknown[] = []): { rule: string } & RuleParams {
  const known = RULE_OF_CONSTRAINT[name];
  if (!known) return { rule: name };
  return { rule: known.rule, ...known.params?.(constraints) };
}

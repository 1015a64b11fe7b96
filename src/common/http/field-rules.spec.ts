import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ArrayMaxSize, getMetadataStorage, IsString, MaxLength, validate } from 'class-validator';
import { validationEn } from '../../../web/src/i18n/validation-en.js';
import { validationNl } from '../../../web/src/i18n/validation-nl.js';
import { Environment } from '../../config/environment.js';
import { RULE_OF_CONSTRAINT, ruleOfConstraint } from './field-rules.js';
import { toFieldErrors } from './validation.js';

const SOURCE = join(import.meta.dirname, '../..');

/** Every source file that declares validation rules (request DTOs and our own decorators); the configuration is checked at boot, not shown to users. */
function filesWithValidationRules(): string[] {
  return readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.startsWith('config/'))
    .filter((path) => readFileSync(join(SOURCE, path), 'utf8').includes("from 'class-validator'"));
}

/** The constraint names (`maxLength`, `arrayMaxSize`, `singleLine`, …) of every decorator registered by those files. */
async function constraintNamesInUse(): Promise<Map<string, string>> {
  for (const path of filesWithValidationRules()) await import(pathToFileURL(join(SOURCE, path)).href);
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<Function, { name?: string; type: string; target: Function; propertyName: string }[]> };
  const names = new Map<string, string>();
  for (const entries of storage.validationMetadatas.values())
    for (const entry of entries) {
      if (entry.type === 'conditionalValidation') continue; // @IsOptional, @IsOmittable: never an error of its own
      if (entry.target === Environment) continue; // loaded along with code that reads the configuration
      const name = entry.name ?? entry.type;
      if (!names.has(name)) names.set(name, `${entry.target.name}.${entry.propertyName}`);
    }
  return names;
}

describe('every validation rule has words in Dutch and English', () => {
  it('finds the decorators of the DTOs', async () => {
    const names = await constraintNamesInUse();
    expect([...names.keys()]).toEqual(expect.arrayContaining(['maxLength', 'arrayMaxSize', 'isIn', 'singleLine', 'maxWords', 'isAcceptablePassword']));
    expect(filesWithValidationRules().map((path) => relative(SOURCE, join(SOURCE, path)))).toContain('applications/dto/intake-fields.ts');
  });

  it('words the rule of every constraint name a DTO uses, in both catalogues', async () => {
    const names = await constraintNamesInUse();
    const unworded = [...names].filter(([name]) => !(ruleOfConstraint(name).rule in validationNl) || !(ruleOfConstraint(name).rule in validationEn));
    expect(unworded.map(([name, where]) => `${name} (first used at ${where}) has rule ${ruleOfConstraint(name).rule}, which validation-nl/en.ts do not word`)).toEqual([]);
  });

  it('words every rule of the table and of the input limits', () => {
    const rules = new Set([...Object.values(RULE_OF_CONSTRAINT).map(({ rule }) => rule), 'noNul', 'tooDeep', 'unknownField']);
    for (const rule of rules) {
      expect({ rule, nl: rule in validationNl, en: rule in validationEn }).toEqual({ rule, nl: true, en: true });
    }
    expect(Object.keys(validationEn).sort()).toEqual(Object.keys(validationNl).sort());
  });

  it('gives a field error the rule and the parameters of its decorator', async () => {
    class Intake {
      @IsString({ each: true }) @ArrayMaxSize(10) themes!: string[];
      @IsString() @MaxLength(5) name!: string;
    }
    const input = Object.assign(new Intake(), { themes: Array.from({ length: 11 }, (_, i) => `thema-${i}`), name: 'te lange naam' });
    const errors = toFieldErrors(await validate(input));
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'themes', rule: 'maxItems', max: 10, reason: 'themes must contain no more than 10 elements' },
        { field: 'name', rule: 'maxLength', max: 5, reason: 'name must be shorter than or equal to 5 characters' },
      ]),
    );
    expect(validationNl.maxItems(errors.find(({ field }) => field === 'themes')!)).toBe('Kies er hoogstens 10.');
    expect(validationEn.maxLength(errors.find(({ field }) => field === 'name')!)).toBe('Use at most 5 characters.');
  });
});

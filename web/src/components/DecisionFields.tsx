import { useId } from 'react';
import { CONDITIONS_PERIOD_MONTHS, RECOGNISING, VERDICTS, type DecisionFields as DecisionBody, type PanelSummary, type Verdict } from '../api/dossier-api';
import { LEVEL_CODES, type LevelCode } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { FieldErrors } from '../lib/field-errors';
import { useFieldId } from './ErrorSummary';
import { RadioGroup, SelectField, TextArea } from './fields';

/** What the chair has filled in so far; kept by the form, so a refused decision loses nothing. */
export interface DecisionValues {
  verdict: Verdict | '';
  level: LevelCode | '';
  conditions: string;
  /** yyyy-mm-dd from the date input; empty: the default six months. */
  conditionsDeadline: string;
  questions: string;
}

export const EMPTY_DECISION: DecisionValues = { verdict: '', level: '', conditions: '', conditionsDeadline: '', questions: '' };

const pad = (n: number) => String(n).padStart(2, '0');
const dateInput = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The fields the verdict takes, as the API wants them; the rest stays out so no rule trips over it. */
export function decisionBody(values: DecisionValues): DecisionBody {
  const recognising = values.verdict !== '' && RECOGNISING.includes(values.verdict);
  const body: DecisionBody = { level: recognising ? values.level || null : null };
  if (values.verdict === 'conditionally_recognised') {
    body.conditions = values.conditions;
    // The start of the chosen day where the chair is, so the last allowed day is still within the period.
    if (values.conditionsDeadline) body.conditionsDeadline = new Date(`${values.conditionsDeadline}T00:00:00`).toISOString();
  }
  if (values.verdict === 'deferred') body.questions = values.questions;
  return body;
}

/** How the rules treat a level given the panel: allowed, allowed with a motivation, or refused. */
export function levelStatus(panel: PanelSummary, level: LevelCode): 'allowed' | 'withMotivation' | 'notAllowed' {
  const grantable = panel.grantableLevels.find((item) => item.level === level);
  if (!grantable) return 'notAllowed';
  return grantable.needsMotivation ? 'withMotivation' : 'allowed';
}

interface Props {
  values: DecisionValues;
  onChange(values: DecisionValues): void;
  errors: FieldErrors;
  panel: PanelSummary;
  /** The legend of the verdict group ("Besluit", or "Nieuw besluit" after an objection). */
  verdictLabel: string;
}

/**
 * Verdict, level, conditions with their deadline and questions: only what the chosen verdict
 * takes is shown. Each level says whether the decision rules allow it, given the panel's tally.
 */
export function DecisionFields({ values, onChange, errors, panel, verdictLabel }: Props) {
  const { t } = useI18n();
  const d = t.dossier;
  const set = (change: Partial<DecisionValues>) => onChange({ ...values, ...change });
  const recognising = values.verdict !== '' && RECOGNISING.includes(values.verdict);
  return (
    <>
      <RadioGroup<Verdict>
        name="verdict"
        label={verdictLabel}
        required
        value={values.verdict}
        onChange={(verdict) => set({ verdict })}
        options={VERDICTS.map((verdict) => ({ value: verdict, label: d.verdicts[verdict], hint: d.verdictHints[verdict] }))}
        error={errors.verdict}
      />
      {recognising && (
        <SelectField
          name="level"
          label={d.level}
          description={d.levelHint}
          required
          placeholder={d.chooseLevel}
          value={values.level}
          onChange={(level) => set({ level: level as LevelCode | '' })}
          options={LEVEL_CODES.map((level) => ({ value: level, label: `${t.levels[level]} (${d.levelOption[levelStatus(panel, level)]})` }))}
          error={errors.level}
        />
      )}
      {values.verdict === 'conditionally_recognised' && (
        <>
          <TextArea name="conditions" label={d.conditions} description={d.conditionsHint} required rows={4} value={values.conditions} onChange={(conditions) => set({ conditions })} error={errors.conditions} />
          <DateField name="conditionsDeadline" label={d.conditionsDeadline} description={d.deadlineHint(CONDITIONS_PERIOD_MONTHS)} value={values.conditionsDeadline} onChange={(conditionsDeadline) => set({ conditionsDeadline })} error={errors.conditionsDeadline} />
        </>
      )}
      {values.verdict === 'deferred' && (
        <TextArea name="questions" label={d.questions} description={d.questionsHint} required rows={5} value={values.questions} onChange={(questions) => set({ questions })} error={errors.questions} />
      )}
    </>
  );
}

/** A date in the Utrecht form-field layout, between tomorrow and the end of the conditions period. */
function DateField({ name, label, description, value, onChange, error }: { name: string; label: string; description: string; value: string; onChange(value: string): void; error?: string }) {
  const fieldId = useFieldId();
  const base = useId();
  const today = new Date();
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
  const latest = new Date(today.getFullYear(), today.getMonth() + CONDITIONS_PERIOD_MONTHS, today.getDate());
  const ids = [`${base}-description`, error ? `${base}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={fieldId(name)}>
          {label}
        </label>
      </div>
      <div className="utrecht-form-field__description utrecht-form-field-description" id={`${base}-description`}>
        {description}
      </div>
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${base}-error`}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        <input
          id={fieldId(name)}
          name={name}
          type="date"
          className={`utrecht-textbox utrecht-textbox--html-input textbox-small ${error ? 'utrecht-textbox--invalid' : ''}`}
          value={value}
          min={dateInput(tomorrow)}
          max={dateInput(latest)}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids}
        />
      </div>
    </div>
  );
}

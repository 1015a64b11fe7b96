import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { COST_BASES, SETTINGS, listingFactsApi, type CostBasis, type CurrentFacts, type ListingFacts, type Setting } from '../api/listing-facts-api';
import { useI18n } from '../i18n/i18n';
import type { FieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { CheckboxGroup, RadioGroup, TextArea, TextField, YesNo } from './fields';
import '../listing-facts.css';

interface Draft {
  costAmount: string;
  costBasis: CostBasis | '';
  costIncludes: string;
  durationWeeks: string;
  sessions: string;
  sessionMinutes: string;
  staffQualifications: string;
  training: string;
  trainingRequired: boolean | null;
  settings: Setting[];
  ageMin: string;
  ageMax: string;
}

const INTEGER_FIELDS = ['durationWeeks', 'sessions', 'sessionMinutes', 'ageMin', 'ageMax'] as const;

/** Cents as the owner would type them: "125" or "125,50". */
function euros(cents: number | null, locale: string): string {
  if (cents === null) return '';
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', locale === 'nl' ? ',' : '.');
}

function draftOf(facts: ListingFacts, locale: string): Draft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    costAmount: euros(facts.costAmountCents, locale),
    costBasis: facts.costBasis ?? '',
    costIncludes: facts.costIncludes,
    durationWeeks: text(facts.durationWeeks),
    sessions: text(facts.sessions),
    sessionMinutes: text(facts.sessionMinutes),
    staffQualifications: facts.staffQualifications,
    training: facts.training,
    trainingRequired: facts.trainingRequired,
    settings: facts.settings,
    ageMin: text(facts.ageMin),
    ageMax: text(facts.ageMax),
  };
}

/** "125", "125,50" or "125.5" to whole cents; null when empty, undefined when it is no amount. */
function parseEuros(text: string): number | null | undefined {
  const value = text.trim().replace(/^€\s*/, '');
  if (value === '') return null;
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

function parseInteger(text: string): number | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  return /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}

/**
 * The werkblad's structured facts (cost, duration and intensity, staff, setting, age group) that
 * the listing shows "at a glance". The owner saves them all at once; the API checks every rule.
 */
export function ListingFactsForm({ applicationId, current, editable }: { applicationId: string; current: CurrentFacts; editable: boolean }) {
  const { t, locale } = useI18n();
  const f = t.listingFacts;
  const form = useFormErrors();
  const [saved, setSaved] = useState<CurrentFacts>(current);
  const [draft, setDraft] = useState<Draft>(() => draftOf(current.facts, locale));
  const [savedMessage, setSavedMessage] = useState(false);
  const change = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setSavedMessage(false);
    setDraft((previous) => ({ ...previous, [key]: value }));
  };

  if (!editable) return <FactsList facts={saved.facts} />;

  const labels: Record<string, string> = {
    costAmountCents: f.costAmount,
    costBasis: f.costBasis,
    costIncludes: f.costIncludes,
    durationWeeks: f.durationWeeks,
    sessions: f.sessions,
    sessionMinutes: f.sessionMinutes,
    staffQualifications: f.staffQualifications,
    training: f.training,
    trainingRequired: f.trainingRequired,
    settings: f.settings,
    ageMin: f.ageMin,
    ageMax: f.ageMax,
  };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSavedMessage(false);
    const local: FieldErrors = {};
    const cents = parseEuros(draft.costAmount);
    if (cents === undefined) local.costAmountCents = f.notAnAmount;
    const numbers = Object.fromEntries(INTEGER_FIELDS.map((key) => [key, parseInteger(draft[key])])) as Record<(typeof INTEGER_FIELDS)[number], number | null | undefined>;
    for (const key of INTEGER_FIELDS) if (numbers[key] === undefined) local[key] = f.notANumber;
    if (Object.keys(local).length) return form.showFieldErrors(local);
    const facts: ListingFacts = {
      costAmountCents: cents ?? null,
      costBasis: draft.costBasis || null,
      costIncludes: draft.costIncludes,
      durationWeeks: numbers.durationWeeks ?? null,
      sessions: numbers.sessions ?? null,
      sessionMinutes: numbers.sessionMinutes ?? null,
      staffQualifications: draft.staffQualifications,
      training: draft.training,
      trainingRequired: draft.trainingRequired,
      settings: draft.settings,
      ageMin: numbers.ageMin ?? null,
      ageMax: numbers.ageMax ?? null,
    };
    const result = await form.run(
      () => listingFactsApi.save(applicationId, saved.version, facts),
      (error) => (error.code === 'FACTS_CHANGED' ? f.changed : undefined),
    );
    if (result) {
      setSaved(result);
      setDraft(draftOf(result.facts, locale));
      setSavedMessage(true);
    }
  }

  const reloadAfterConflict =
    form.formError?.error instanceof ApiError && form.formError.error.code === 'FACTS_CHANGED'
      ? () => {
          const current = (form.formError!.error as ApiError).body.current as CurrentFacts;
          setSaved(current);
          setDraft(draftOf(current.facts, locale));
          form.clear();
        }
      : undefined;

  const e = form.fieldErrors;
  return (
    <FieldScopeProvider scope="facts">
      <p className="utrecht-paragraph">{f.intro}</p>
      {/* Its own live region next to the form: the page's status message (.status-message) stays the only one. */}
      <div role="status" className="listing-facts__status">
        {savedMessage ? (
          <div className="utrecht-alert utrecht-alert--ok">
            <div className="utrecht-alert__content">
              <div className="utrecht-alert__message">{f.saved}</div>
            </div>
          </div>
        ) : null}
      </div>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={reloadAfterConflict} />}
      <form className="form listing-facts-form" onSubmit={onSubmit} noValidate>
        <h3 className="utrecht-heading-3">{f.ageGroup}</h3>
        <p className="utrecht-paragraph">{f.ageGroupHint}</p>
        <div className="listing-facts-form__row">
          <TextField name="ageMin" label={f.ageMin} value={draft.ageMin} onChange={(value) => change('ageMin', value)} inputMode="numeric" size="small" error={e.ageMin} />
          <TextField name="ageMax" label={f.ageMax} value={draft.ageMax} onChange={(value) => change('ageMax', value)} inputMode="numeric" size="small" error={e.ageMax} />
        </div>
        <CheckboxGroup
          name="settings"
          label={f.settings}
          value={draft.settings}
          onChange={(value) => change('settings', value as Setting[])}
          options={SETTINGS.map((code) => ({ value: code, label: f.settingNames[code] }))}
          error={e.settings}
        />
        <h3 className="utrecht-heading-3">{f.duration}</h3>
        <div className="listing-facts-form__row">
          <TextField name="durationWeeks" label={f.durationWeeks} value={draft.durationWeeks} onChange={(value) => change('durationWeeks', value)} inputMode="numeric" size="small" error={e.durationWeeks} />
          <TextField name="sessions" label={f.sessions} value={draft.sessions} onChange={(value) => change('sessions', value)} inputMode="numeric" size="small" error={e.sessions} />
          <TextField name="sessionMinutes" label={f.sessionMinutes} value={draft.sessionMinutes} onChange={(value) => change('sessionMinutes', value)} inputMode="numeric" size="small" error={e.sessionMinutes} />
        </div>
        <h3 className="utrecht-heading-3">{f.cost}</h3>
        <TextField name="costAmountCents" label={f.costAmount} description={f.costAmountHint} value={draft.costAmount} onChange={(value) => change('costAmount', value)} inputMode="text" size="small" error={e.costAmountCents} />
        <RadioGroup
          name="costBasis"
          label={f.costBasis}
          value={draft.costBasis}
          onChange={(value) => change('costBasis', value)}
          options={COST_BASES.map((code) => ({ value: code, label: f.costBases[code] }))}
          error={e.costBasis}
        />
        <TextArea name="costIncludes" label={f.costIncludes} description={f.costIncludesHint} value={draft.costIncludes} onChange={(value) => change('costIncludes', value)} rows={3} error={e.costIncludes} />
        <h3 className="utrecht-heading-3">{f.staff}</h3>
        <TextArea name="staffQualifications" label={f.staffQualifications} value={draft.staffQualifications} onChange={(value) => change('staffQualifications', value)} rows={3} error={e.staffQualifications} />
        <TextArea name="training" label={f.training} value={draft.training} onChange={(value) => change('training', value)} rows={3} error={e.training} />
        <YesNo name="trainingRequired" label={f.trainingRequired} value={draft.trainingRequired} onChange={(value) => change('trainingRequired', value)} error={e.trainingRequired} />
        <div>
          <Button variant="primary" type="submit" busy={form.busy}>
            {f.save}
          </Button>
        </div>
      </form>
    </FieldScopeProvider>
  );
}

/** The facts for someone who reads the werkblad (the coach, the secretary). */
function FactsList({ facts }: { facts: ListingFacts }) {
  const { t, locale } = useI18n();
  const f = t.listingFacts;
  const none = f.notGiven;
  const number = (value: number | null) => (value === null ? none : String(value));
  const rows: [string, string][] = [
    [f.ageMin, number(facts.ageMin)],
    [f.ageMax, number(facts.ageMax)],
    [f.settings, facts.settings.length ? facts.settings.map((code) => f.settingNames[code] ?? code).join(', ') : none],
    [f.durationWeeks, number(facts.durationWeeks)],
    [f.sessions, number(facts.sessions)],
    [f.sessionMinutes, number(facts.sessionMinutes)],
    [f.costAmount, facts.costAmountCents === null ? none : `€ ${euros(facts.costAmountCents, locale)}${facts.costBasis ? ` ${f.costBases[facts.costBasis]}` : ''}`],
    [f.costIncludes, facts.costIncludes || none],
    [f.staffQualifications, facts.staffQualifications || none],
    [f.training, facts.training || none],
    [f.trainingRequired, facts.trainingRequired === null ? none : facts.trainingRequired ? f.yes : f.no],
  ];
  return (
    <>
      <p className="utrecht-paragraph">{f.readOnlyIntro}</p>
      <dl className="utrecht-data-list utrecht-data-list--rows facts">
        {rows.map(([label, value]) => (
          <div key={label} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{label}</dt>
            <dd className="utrecht-data-list__item-value preserve-lines">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

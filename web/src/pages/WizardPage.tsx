import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { committeeSettingsApi, type CommitteeProcedure } from '../api/committee-settings-api';
import { LEVEL_CODES, type ApplicationView, type LevelCode, type UpdateApplicationBody } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { Button, ButtonGroup } from '../components/Button';
import { ErrorSummary, useFieldId } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CheckboxGroup, RadioGroup, TextArea, TextField, YesNo } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { NotFoundPage } from './NotFoundPage';

interface FormValues {
  name: string;
  targetLevel: LevelCode | '';
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  summary: string;
  goal: string;
  targetGroup: string;
  approach: string;
  themes: string[];
  yearsInPractice: string;
  organisationsCount: string;
  hasHandbook: boolean | null;
  handbookInDutch: boolean | null;
  hasProcessEvaluation: boolean | null;
}

type Field = keyof FormValues;

const STEPS = ['intervention', 'content', 'practice', 'review'] as const;
/** Each step's part of the draft's own URL, /aanmeldingen/:id/bewerken/:step, so a reload or Back keeps draft and step. */
const STEP_SLUGS = ['interventie', 'inhoud', 'praktijk', 'controleren'] as const;
const stepPath = (id: string, step: number) => `/aanmeldingen/${id}/bewerken/${STEP_SLUGS[step]}`;
const STEP_FIELDS: Field[][] = [
  ['name', 'targetLevel', 'organisation', 'contactName', 'contactEmail', 'contactPhone'],
  ['summary', 'goal', 'targetGroup', 'approach', 'themes'],
  ['yearsInPractice', 'organisationsCount', 'hasHandbook', 'handbookInDutch', 'hasProcessEvaluation'],
  [],
];
const SUMMARY_MAX_WORDS = 300;

const EMPTY: FormValues = {
  name: '',
  targetLevel: '',
  organisation: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  summary: '',
  goal: '',
  targetGroup: '',
  approach: '',
  themes: [],
  yearsInPractice: '',
  organisationsCount: '',
  hasHandbook: null,
  handbookInDutch: null,
  hasProcessEvaluation: null,
};

const stepOfField = (field: string) => Math.max(0, STEP_FIELDS.findIndex((fields) => fields.includes(field as Field)));

function fromView(view: ApplicationView): FormValues {
  return {
    name: view.name ?? '',
    targetLevel: view.targetLevel,
    organisation: view.organisation ?? '',
    contactName: view.contactName ?? '',
    contactEmail: view.contactEmail ?? '',
    contactPhone: view.contactPhone ?? '',
    summary: view.summary ?? '',
    goal: view.goal ?? '',
    targetGroup: view.targetGroup ?? '',
    approach: view.approach ?? '',
    themes: view.themes ?? [],
    yearsInPractice: view.yearsInPractice === null || view.yearsInPractice === undefined ? '' : String(view.yearsInPractice),
    organisationsCount: view.organisationsCount === null || view.organisationsCount === undefined ? '' : String(view.organisationsCount),
    hasHandbook: view.hasHandbook,
    handbookInDutch: view.handbookInDutch,
    hasProcessEvaluation: view.hasProcessEvaluation,
  };
}

const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());
const wholeNumber = (value: string): number | null | 'invalid' => (value.trim() === '' ? null : /^\d+$/.test(value.trim()) ? Number(value.trim()) : 'invalid');

/**
 * The intake form (aanmelding) in four steps. Every "next" saves: the first creates the draft
 * (POST /applications) and moves to the draft's own URL, later ones update it (PATCH with the
 * version last seen). The step is part of the URL, so a reload or the browser's Back button keeps
 * the draft and the step. The values live in this component, so a refused or failed save keeps
 * everything the owner typed.
 */
export function WizardPage() {
  const { id: routeId } = useParams();
  const isNew = !routeId;
  const existing = useResource(() => (routeId ? api.application(routeId) : Promise.resolve(undefined)), routeId ?? 'new');
  const themes = useResource(() => api.themes(), 'themes');
  const { t } = useI18n();

  if (!isNew && existing.error instanceof ApiError && existing.error.status === 404) return <NotFoundPage kind="application" />;

  const title = isNew ? t.wizard.newTitle : t.wizard.editTitle;
  const failed = (!isNew && existing.error) || themes.error;
  if (failed || (!isNew && !existing.data) || !themes.data) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        {failed ? (
          <LoadError
            error={failed}
            onRetry={() => {
              void existing.reload();
              void themes.reload();
            }}
          />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  if (existing.data && existing.data.missingFields === undefined) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p className="utrecht-paragraph">{t.wizard.cannotEdit}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${existing.data.id}`}>
            {t.wizard.toApplication}
          </Link>
        </p>
      </>
    );
  }
  return <Wizard key={routeId ?? 'new'} title={title} initial={existing.data} themes={themes.data} />;
}

function Wizard({ title, initial, themes }: { title: string; initial?: ApplicationView; themes: { slug: string; nameNl: string; nameEn: string }[] }) {
  const { t, locale } = useI18n();
  const user = useSession().user!;
  const navigate = useNavigate();
  const location = useLocation();
  const form = useFormErrors();
  const { step: stepSlug } = useParams();
  const step = Math.max(0, STEP_SLUGS.indexOf(stepSlug as (typeof STEP_SLUGS)[number]));
  /** Arrived here by a save (the first one moves from /nieuw to the draft's URL): say so and focus the step. */
  const arrivedBySave = (location.state as { saved?: boolean } | null)?.saved === true;
  const [id, setId] = useState(initial?.id);
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [canSubmit, setCanSubmit] = useState(initial ? initial.allowedActions.includes('SUBMIT') : true);
  const [status, setStatus] = useState<string | null>(arrivedBySave ? t.wizard.saved : null);
  const [values, setValues] = useState<FormValues>(() =>
    initial ? fromView(initial) : { ...EMPTY, organisation: user.organisation, contactName: user.name, contactEmail: user.email },
  );
  /** Fields changed here since the last successful save: a reload after a conflict keeps these. */
  const dirty = useRef(new Set<Field>());
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(arrivedBySave);
  /** A field chosen in the error summary on another step: it gets the focus once its step is shown. */
  const fieldAfterStep = useRef<string | null>(null);
  const fieldId = useFieldId();
  const lastAction = useRef<() => void>(() => undefined);
  // Where a new draft goes: the committees (databanks) with what each offers now; the API holds the rules.
  const procedures = useResource(() => (initial ? Promise.resolve([]) : committeeSettingsApi.procedures()), initial ? 'procedures-none' : 'procedures');
  const [committeeId, setCommitteeId] = useState('');
  const choices = procedures.data ?? [];
  const chosen = choices.find((procedure) => procedure.id === committeeId) ?? (choices.length === 1 ? choices[0] : undefined);
  const levelOptions = chosen
    ? chosen.levels.map((offered) => ({ value: offered.level as LevelCode, label: locale === 'nl' ? offered.labelNl : offered.labelEn, hint: t.levelHints[offered.level as LevelCode] }))
    : LEVEL_CODES.map((level) => ({ value: level, label: t.levels[level], hint: t.levelHints[level] }));
  const closedMessage = (procedure: CommitteeProcedure) => (locale === 'nl' ? procedure.closedMessageNl : procedure.closedMessageEn) ?? t.committeeSettings.closed(procedure.name);

  useEffect(() => {
    // The step is in the URL: after the navigation has rendered, and after Layout has moved the focus to the h1 for the new path.
    const field = fieldAfterStep.current;
    const focusStep = moved.current;
    fieldAfterStep.current = null;
    moved.current = true;
    const timer = window.setTimeout(() => {
      if (field) document.getElementById(fieldId(field))?.focus();
      else if (focusStep) stepHeading.current?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
    // Only a change of step moves the focus (fieldId is a new function on every render).
  }, [step]);

  const set = <F extends Field>(field: F) => (value: FormValues[F]) => {
    dirty.current.add(field);
    setValues((current) => ({ ...current, [field]: value }));
  };
  const fieldLabel = (field: string) => label(t.wizard.fields, field);
  const labels = Object.fromEntries(STEP_FIELDS.flat().map((field) => [field, fieldLabel(field)]));
  const errors = form.fieldErrors;

  /** Saves the whole form; returns the new view, or undefined when it was refused (errors shown). */
  async function save(): Promise<ApplicationView | undefined> {
    const years = wholeNumber(values.yearsInPractice);
    const organisations = wholeNumber(values.organisationsCount);
    if (years === 'invalid' || organisations === 'invalid') {
      form.showFieldErrors({
        ...(years === 'invalid' ? { yearsInPractice: t.errors.integer } : {}),
        ...(organisations === 'invalid' ? { organisationsCount: t.errors.integer } : {}),
      });
      return undefined;
    }
    const fields: Omit<UpdateApplicationBody, 'version'> = {
      name: optionalText(values.name),
      organisation: optionalText(values.organisation),
      contactName: optionalText(values.contactName),
      contactEmail: optionalText(values.contactEmail),
      contactPhone: optionalText(values.contactPhone) ?? null,
      summary: values.summary.trim(),
      goal: values.goal.trim(),
      targetGroup: values.targetGroup.trim(),
      approach: values.approach.trim(),
      themes: values.themes,
      yearsInPractice: years,
      organisationsCount: organisations,
      hasHandbook: values.hasHandbook,
      handbookInDutch: values.hasHandbook === false ? null : values.handbookInDutch,
      hasProcessEvaluation: values.hasProcessEvaluation,
    };
    const view = await form.run(() =>
      id
        ? api.updateApplication(id, { ...fields, version })
        : // An unchosen level goes to the API as it is, which names it among the fields to correct.
          api.createApplication({ ...fields, name: values.name.trim(), targetLevel: values.targetLevel as LevelCode, ...(chosen ? { committeeId: chosen.id } : {}) }),
    );
    if (view) {
      dirty.current.clear();
      setId(view.id);
      setVersion(view.version);
      setCanSubmit(view.allowedActions.includes('SUBMIT'));
    }
    return view;
  }

  /** Shows another step of a saved draft (a new, unsaved draft only has the first). */
  function setStep(next: number) {
    if (id) navigate(stepPath(id, next));
  }

  async function goTo(next: number) {
    lastAction.current = () => void goTo(next);
    setStatus(null);
    const view = await save();
    if (!view) return;
    setStatus(t.wizard.saved);
    // The first save created the draft: /nieuw becomes its URL, so Back returns to this step of the same draft.
    if (!id) navigate(stepPath(view.id, step), { replace: true });
    navigate(stepPath(view.id, next), { state: { saved: true }, replace: Boolean(id) && next === step });
  }

  async function submit() {
    lastAction.current = () => void submit();
    setStatus(null);
    const saved = await save();
    if (!saved) return;
    const view = await form.run(() => api.submit(saved.id, saved.version));
    if (view) navigate(`/aanmeldingen/${view.id}`, { state: { flash: t.wizard.submitted } });
  }

  /** After a 409 STALE_VERSION: take the latest version, keep what was typed here, take the rest from it. */
  async function reloadVersion() {
    if (!id) return;
    const latest = await form.run(() => api.application(id));
    if (latest) {
      const fresh = fromView(latest);
      setValues((current) => {
        const merged = { ...fresh };
        for (const field of dirty.current) (merged as Record<Field, unknown>)[field] = current[field];
        return merged;
      });
      setVersion(latest.version);
      setCanSubmit(latest.allowedActions.includes('SUBMIT'));
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (step < STEPS.length - 1) void goTo(step + 1);
    else if (canSubmit) void submit();
    else void goTo(step);
  }

  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const stepName = (index: number) => t.wizard.steps[STEPS[index]];

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="utrecht-paragraph">{initial ? t.wizard.editIntro : t.wizard.intro}</p>
      {id && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${id}`}>
            {t.wizard.toApplication}
          </Link>
        </p>
      )}
      <nav aria-label={t.wizard.stepsLabel}>
        <ol className="wizard-steps">
          {STEPS.map((name, index) => (
            <li key={name} className={`wizard-steps__step ${index === step ? 'wizard-steps__step--current' : index < step ? 'wizard-steps__step--done' : ''}`} aria-current={index === step ? 'step' : undefined}>
              <span className="wizard-steps__number" aria-hidden="true">
                {index + 1}
              </span>
              {stepName(index)}
              <span className="visually-hidden"> {index === step ? t.wizard.current : index < step ? t.wizard.completed : ''}</span>
            </li>
          ))}
        </ol>
      </nav>
      <StatusMessage>{status}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} onSelect={(field) => {
          if (stepOfField(field) === step) return;
          fieldAfterStep.current = field;
          setStep(stepOfField(field));
        }} />
      {form.formError && (
        <FormError
          message={form.formError.message}
          focusKey={form.focusKey}
          onReload={stale ? () => void reloadVersion() : undefined}
          onRetry={stale ? undefined : () => lastAction.current()}
        />
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        <h2 className="utrecht-heading-2" ref={stepHeading} tabIndex={-1}>
          <span className="wizard-step-of">{t.wizard.stepOf(step + 1, STEPS.length)}: </span>
          {stepName(step)}
        </h2>

        {step === 0 && (
          <>
            <TextField name="name" label={labels.name} value={values.name} onChange={set('name')} required error={errors.name} />
            {!id && choices.length > 1 && (
              <RadioGroup<string>
                name="committeeId"
                label={t.committeeSettings.committee}
                description={t.committeeSettings.committeeHint}
                value={chosen?.id ?? ''}
                onChange={setCommitteeId}
                required
                error={errors.committeeId}
                options={choices.map((procedure) => ({
                  value: procedure.id,
                  label: t.committeeSettings.committeeOption(procedure.name, procedure.databank),
                  hint: procedure.openToApplications ? undefined : closedMessage(procedure),
                }))}
              />
            )}
            {!id && chosen && !chosen.openToApplications && (
              <p className="utrecht-paragraph wizard-closed" role="status">
                {closedMessage(chosen)}
              </p>
            )}
            <RadioGroup<LevelCode>
              name="targetLevel"
              label={labels.targetLevel}
              description={t.wizard.fields.targetLevelHint}
              value={values.targetLevel}
              onChange={set('targetLevel')}
              disabled={Boolean(id)}
              required
              error={errors.targetLevel}
              options={levelOptions}
            />
            <TextField name="organisation" label={labels.organisation} value={values.organisation} onChange={set('organisation')} autoComplete="organization" required error={errors.organisation} />
            <TextField name="contactName" label={labels.contactName} value={values.contactName} onChange={set('contactName')} autoComplete="name" required error={errors.contactName} />
            <TextField name="contactEmail" type="email" label={labels.contactEmail} value={values.contactEmail} onChange={set('contactEmail')} autoComplete="email" required error={errors.contactEmail} />
            <TextField name="contactPhone" type="tel" label={labels.contactPhone} value={values.contactPhone} onChange={set('contactPhone')} autoComplete="tel" error={errors.contactPhone} size="small" />
          </>
        )}

        {step === 1 && (
          <>
            <TextArea name="summary" label={labels.summary} description={t.wizard.fields.summaryHint} value={values.summary} onChange={set('summary')} maxWords={SUMMARY_MAX_WORDS} rows={8} required error={errors.summary} />
            <TextArea name="goal" label={labels.goal} value={values.goal} onChange={set('goal')} required error={errors.goal} />
            <TextArea name="targetGroup" label={labels.targetGroup} value={values.targetGroup} onChange={set('targetGroup')} required error={errors.targetGroup} />
            <TextArea name="approach" label={labels.approach} value={values.approach} onChange={set('approach')} required error={errors.approach} />
            <CheckboxGroup
              name="themes"
              label={labels.themes}
              description={t.wizard.fields.themesHint}
              value={values.themes}
              onChange={set('themes')}
              required
              error={errors.themes}
              options={themes.map((theme) => ({ value: theme.slug, label: locale === 'nl' ? theme.nameNl : theme.nameEn }))}
            />
          </>
        )}

        {step === 2 && (
          <>
            <TextField name="yearsInPractice" label={labels.yearsInPractice} value={values.yearsInPractice} onChange={set('yearsInPractice')} inputMode="numeric" size="small" required error={errors.yearsInPractice} />
            <TextField name="organisationsCount" label={labels.organisationsCount} value={values.organisationsCount} onChange={set('organisationsCount')} inputMode="numeric" size="small" required error={errors.organisationsCount} />
            <YesNo name="hasHandbook" label={labels.hasHandbook} value={values.hasHandbook} onChange={set('hasHandbook')} required error={errors.hasHandbook} />
            {values.hasHandbook !== false && <YesNo name="handbookInDutch" label={labels.handbookInDutch} value={values.handbookInDutch} onChange={set('handbookInDutch')} required error={errors.handbookInDutch} />}
            <YesNo name="hasProcessEvaluation" label={labels.hasProcessEvaluation} description={t.wizard.fields.hasProcessEvaluationHint} value={values.hasProcessEvaluation} onChange={set('hasProcessEvaluation')} required error={errors.hasProcessEvaluation} />
          </>
        )}

        {step === 3 && <Review values={values} themes={themes} onChange={(index) => setStep(index)} />}

        <ButtonGroup>
          {step > 0 && (
            <Button onClick={() => void goTo(step - 1)} busy={form.busy}>
              {t.wizard.previous}
            </Button>
          )}
          {step < STEPS.length - 1 ? (
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.saving : t.wizard.next}
            </Button>
          ) : canSubmit ? (
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.saving : t.wizard.submit}
            </Button>
          ) : (
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.saving : t.common.save}
            </Button>
          )}
        </ButtonGroup>
      </form>
    </>
  );
}

/** The last step: every answer, per step, with a way back to change it. */
function Review({ values, themes, onChange }: { values: FormValues; themes: { slug: string; nameNl: string; nameEn: string }[]; onChange(step: number): void }) {
  const { t, locale } = useI18n();
  const show = (field: Field): string => {
    const value = values[field];
    if (field === 'targetLevel') return value ? t.levels[value as LevelCode] : t.common.notFilledIn;
    if (field === 'themes') {
      const names = (value as string[]).map((slug) => themes.find((theme) => theme.slug === slug)).map((theme) => (theme ? (locale === 'nl' ? theme.nameNl : theme.nameEn) : ''));
      return names.filter(Boolean).join(', ') || t.common.notFilledIn;
    }
    if (value === null || value === '') return t.common.notFilledIn;
    if (typeof value === 'boolean') return value ? t.common.yes : t.common.no;
    return String(value);
  };
  return (
    <>
      <p className="utrecht-paragraph">{t.wizard.reviewIntro}</p>
      {STEP_FIELDS.slice(0, 3).map((fields, index) => (
        <section key={STEPS[index]} className="review-section" aria-labelledby={`review-${STEPS[index]}`}>
          <div className="review-section__head">
            <h3 className="utrecht-heading-3" id={`review-${STEPS[index]}`}>
              {t.wizard.steps[STEPS[index]]}
            </h3>
            <button type="button" className="utrecht-link-button utrecht-link-button--html-button link-button" onClick={() => onChange(index)}>
              {t.wizard.change}
              <span className="visually-hidden"> {t.wizard.steps[STEPS[index]]}</span>
            </button>
          </div>
          <dl className="utrecht-data-list utrecht-data-list--rows">
            {fields
              .filter((field) => field !== 'handbookInDutch' || values.hasHandbook !== false)
              .map((field) => (
                <div className="utrecht-data-list__item" key={field}>
                  <dt className="utrecht-data-list__item-key">{label(t.wizard.fields, field)}</dt>
                  <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{show(field)}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}

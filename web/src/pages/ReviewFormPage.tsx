import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { reviewApi, type FeasibilityVerdict, type Judgment, type ReviewForm, type ReviewMaterial } from '../api/review-api';
import type { LevelCode } from '../api/types';
import { Alert, StatusMessage } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ReviewMaterialBox } from '../components/ReviewMaterialBox';
import { RadioGroup, SelectField, TextArea } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { errorMessage } from '../lib/field-errors';
import { useResource } from '../lib/use-resource';
import { useReviewAutosave } from '../lib/use-review-autosave';
import { NotFoundPage } from './NotFoundPage';
import '../review.css';

/** The select's value for "no level reached" (not a level code). */
const NO_LEVEL = 'geen';

interface Loaded {
  form: ReviewForm;
  name: string;
  dueAt: string | null;
  /** null when it could not be read; the form still works without it. */
  material: ReviewMaterial | null;
}

async function load(applicationId: string): Promise<Loaded> {
  const [form, invitations, todo, material] = await Promise.all([
    reviewApi.mine(applicationId),
    reviewApi.invitations().catch(() => []),
    // A reviewer's to-do list is short; the review's own line is on the first page of the largest size.
    api.todo({ pageSize: 100 }).then((page) => page.items).catch(() => []),
    reviewApi.material(applicationId).catch(() => null),
  ]);
  const invitation = invitations.find((item) => item.application.id === applicationId);
  const task = todo.find((item) => item.applicationId === applicationId && item.action === 'write-review');
  return { form, name: material?.application.name ?? invitation?.application.name ?? '', dueAt: task?.dueAt ?? null, material };
}

/** The reviewer's own review of one application: per-criterion judgments, conclusion, autosave, submit. */
export function ReviewFormPage() {
  const { applicationId = '' } = useParams();
  const { t } = useI18n();
  const loaded = useResource(() => load(applicationId), applicationId);
  if (loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 403)) return <NotFoundPage />;
  const data = loaded.data;
  return (
    <>
      <PageHeading>{data ? t.review.formTitle(data.name) : t.review.title}</PageHeading>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/beoordelingen">
          {t.review.backToList}
        </Link>
      </p>
      {data && <ReviewMaterialBox applicationId={applicationId} material={data.material} />}
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !data ? (
        <Loading />
      ) : data.form.editable ? (
        <EditableReview key={data.form.id ?? 'new'} applicationId={applicationId} loaded={data} onSubmitted={(form) => loaded.setData({ ...data, form })} />
      ) : (
        <LockedReview form={data.form} />
      )}
    </>
  );
}

function DueDate({ dueAt }: { dueAt: string | null }) {
  const { t, formatDate } = useI18n();
  if (!dueAt) return null;
  const overdue = new Date(dueAt).getTime() < Date.now();
  return overdue ? (
    <Alert type="warning">
      <p className="utrecht-paragraph">{t.review.overdue(formatDate(dueAt))}</p>
    </Alert>
  ) : (
    <p className="utrecht-paragraph review-due">{t.review.dueAt(formatDate(dueAt))}</p>
  );
}

function EditableReview({ applicationId, loaded, onSubmitted }: { applicationId: string; loaded: Loaded; onSubmitted(form: ReviewForm): void }) {
  const { t, locale, formatDateTime } = useI18n();
  const { form } = loaded;
  const draft = useReviewAutosave(applicationId, form);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusKey, setFocusKey] = useState(0);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const content = draft.content;

  const labelOf = (field: string) => {
    if (field.startsWith('criteria.')) {
      const criterion = form.form.criteria.find((item) => `criteria.${item.code}` === field);
      return criterion ? criterion.label[locale] : field;
    }
    if (field === 'proposedLevel') return t.review.proposedLevel;
    if (field === 'feedbackForOwner') return t.review.feedbackForOwner;
    if (field === 'feasibility') return t.panelRules.feasibility;
    if (field === 'feasibilityExplanation') return t.panelRules.feasibilityExplanation;
    return field;
  };
  const messageOf = (field: string) =>
    field.startsWith('criteria.') ? t.review.missingCriterion : field === 'proposedLevel' ? t.review.missingLevel : field === 'feedbackForOwner' ? t.review.missingFeedback : t.errors.required;
  const items: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({ field, message, label: labelOf(field) }));

  function setCriterion(code: string, change: { judgment?: Judgment; motivation?: string }) {
    draft.update((current) => ({ ...current, criteria: current.criteria.map((item) => (item.code === code ? { ...item, ...change } : item)) }));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    draft.cancelPending();
    setSubmitting(true);
    setFormError(null);
    try {
      const result = await reviewApi.submit(applicationId, draft.current());
      setErrors({});
      onSubmitted(result);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length) {
        const next: Record<string, string> = {};
        for (const { field } of error.fieldErrors) if (!(field in next)) next[field] = messageOf(field);
        setErrors(next);
      } else {
        setFormError(errorMessage(error, t));
        draft.saveNow();
      }
      setFocusKey((key) => key + 1);
    } finally {
      setSubmitting(false);
    }
  }

  const saveText =
    draft.status === 'saving'
      ? t.review.save.saving
      : draft.status === 'dirty'
        ? t.review.save.dirty
        : draft.status === 'error'
          ? t.review.save.error
          : draft.status === 'failed'
            ? t.review.save.failed(draft.message ?? '')
            : draft.savedAt
              ? t.review.save.savedAt(formatDateTime(draft.savedAt))
              : '';

  const levelValue = content.noLevelReached ? NO_LEVEL : (content.proposedLevel ?? '');
  return (
    <form className="review-form" noValidate onSubmit={onSubmit}>
      <DueDate dueAt={loaded.dueAt} />
      {form.letter && <p className="utrecht-paragraph">{t.review.letter(form.letter)}</p>}
      <ErrorSummary items={items} focusKey={focusKey} />
      {formError && <FormError message={formError} focusKey={focusKey} />}
      <div className="review-form__save">
        <p className="utrecht-paragraph save-status" role="status">
          {saveText}
        </p>
        {(draft.status === 'error' || draft.status === 'failed') && <Button onClick={draft.saveNow}>{t.review.save.retry}</Button>}
      </div>
      <h2 className="utrecht-heading-2">{t.review.criteriaTitle}</h2>
      {form.form.criteria.map((criterion) => {
        const answer = content.criteria.find((item) => item.code === criterion.code);
        const field = `criteria.${criterion.code}`;
        const headingId = `criterion-${criterion.code}`;
        return (
          <section key={criterion.code} className="review-criterion" aria-labelledby={headingId}>
            <h3 id={headingId} className="utrecht-heading-3">
              {criterion.label[locale]}
            </h3>
            <p className="utrecht-paragraph">{criterion.question[locale]}</p>
            <RadioGroup<Judgment>
              name={field}
              label={`${t.review.judgment}: ${criterion.label[locale]}`}
              required
              value={answer?.judgment ?? ''}
              onChange={(judgment) => setCriterion(criterion.code, { judgment })}
              options={form.form.judgments.map((judgment) => ({ value: judgment.code, label: judgment.label[locale] }))}
              error={errors[field]}
            />
            <TextArea
              name={`${field}.motivation`}
              label={`${t.review.motivation}: ${criterion.label[locale]}`}
              required
              rows={4}
              value={answer?.motivation ?? ''}
              onChange={(motivation) => setCriterion(criterion.code, { motivation })}
            />
          </section>
        );
      })}
      <h2 className="utrecht-heading-2">{t.review.conclusionTitle}</h2>
      <SelectField
        name="proposedLevel"
        label={t.review.proposedLevel}
        description={t.review.proposedLevelHint(t.levels[form.targetLevel])}
        required
        placeholder={t.review.chooseLevel}
        value={levelValue}
        onChange={(value) =>
          draft.update((current) => ({
            ...current,
            proposedLevel: value && value !== NO_LEVEL ? (value as LevelCode) : null,
            noLevelReached: value === NO_LEVEL,
          }))
        }
        options={[...form.form.levels.map((level) => ({ value: level.code, label: t.levels[level.code] })), { value: NO_LEVEL, label: t.review.noLevelReached }]}
        error={errors.proposedLevel}
      />
      {form.feasibilityVerdict && (
        <>
          <RadioGroup<FeasibilityVerdict>
            name="feasibility"
            label={t.panelRules.feasibility}
            description={t.panelRules.feasibilityHint}
            required
            value={content.feasibility ?? ''}
            onChange={(feasibility) => draft.update((current) => ({ ...current, feasibility }))}
            options={form.form.feasibilityVerdicts.map((verdict) => ({ value: verdict.code, label: verdict.label[locale] }))}
            error={errors.feasibility}
          />
          <TextArea
            name="feasibilityExplanation"
            label={t.panelRules.feasibilityExplanation}
            required
            rows={4}
            value={content.feasibilityExplanation ?? ''}
            onChange={(feasibilityExplanation) => draft.update((current) => ({ ...current, feasibilityExplanation }))}
            error={errors.feasibilityExplanation}
          />
        </>
      )}
      <TextArea
        name="feedbackForOwner"
        label={t.review.feedbackForOwner}
        description={t.review.feedbackHint}
        required
        rows={6}
        value={content.feedbackForOwner}
        onChange={(feedbackForOwner) => draft.update((current) => ({ ...current, feedbackForOwner }))}
        error={errors.feedbackForOwner}
      />
      <div className="review-confidential">
        <TextArea
          name="confidentialRemarks"
          label={t.review.confidential}
          description={<strong>{t.review.confidentialHint}</strong>}
          rows={4}
          value={content.confidentialRemarks}
          onChange={(confidentialRemarks) => draft.update((current) => ({ ...current, confidentialRemarks }))}
        />
      </div>
      <p className="utrecht-paragraph">{t.review.submitHint}</p>
      <Button type="submit" variant="primary" busy={submitting}>
        {t.review.submit}
      </Button>
    </form>
  );
}

/** The form when it cannot be changed: why, and what was written (or, before anything was, what will be judged). */
function LockedReview({ form }: { form: ReviewForm }) {
  const { t, formatDate } = useI18n();
  return (
    <>
      <StatusMessage>{form.status === 'submitted' && form.submittedAt ? t.review.submittedOn(formatDate(form.submittedAt)) : null}</StatusMessage>
      {form.lock && form.lock.reason !== 'submitted' && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t.review.lock[form.lock.reason](form.lock.at ? formatDate(form.lock.at) : '')}</p>
        </Alert>
      )}
      {form.saved ? <ReviewAnswers form={form} /> : <CriteriaAhead form={form} />}
    </>
  );
}

/** Before anything is written (the panel is not complete yet): what the reviewer will judge, not a page of empty answers. */
function CriteriaAhead({ form }: { form: ReviewForm }) {
  const { t, locale } = useI18n();
  return (
    <>
      <h2 className="utrecht-heading-2">{t.review.criteriaTitle}</h2>
      <p className="utrecht-paragraph">{t.review.criteriaIntro}</p>
      <dl className="review-readonly">
        {form.form.criteria.map((criterion) => (
          <div key={criterion.code} className="review-readonly__item">
            <dt>{criterion.label[locale]}</dt>
            <dd>{criterion.question[locale]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function ReviewAnswers({ form }: { form: ReviewForm }) {
  const { t, locale } = useI18n();
  const level = form.noLevelReached ? t.review.noLevelReached : form.proposedLevel ? t.levels[form.proposedLevel] : t.review.notAnswered;
  const judgmentLabel = (code: Judgment | null) => form.form.judgments.find((item) => item.code === code)?.label[locale] ?? t.review.notAnswered;
  return (
    <>
      <h2 className="utrecht-heading-2">{t.review.criteriaTitle}</h2>
      <dl className="review-readonly">
        {form.form.criteria.map((criterion) => {
          const answer = form.criteria.find((item) => item.code === criterion.code);
          return (
            <div key={criterion.code} className="review-readonly__item">
              <dt>{criterion.label[locale]}</dt>
              <dd>
                <strong>{judgmentLabel(answer?.judgment ?? null)}</strong>
                <p className="utrecht-paragraph review-readonly__text">{answer?.motivation || t.review.notAnswered}</p>
              </dd>
            </div>
          );
        })}
      </dl>
      <h2 className="utrecht-heading-2">{t.review.conclusionTitle}</h2>
      <dl className="review-readonly">
        <div className="review-readonly__item">
          <dt>{t.review.proposedLevel}</dt>
          <dd>{level}</dd>
        </div>
        {form.feasibilityVerdict && (
          <div className="review-readonly__item">
            <dt>{t.panelRules.feasibility}</dt>
            <dd>
              <strong>{form.form.feasibilityVerdicts.find((verdict) => verdict.code === form.feasibility)?.label[locale] ?? t.review.notAnswered}</strong>
              <p className="utrecht-paragraph review-readonly__text">{form.feasibilityExplanation || t.review.notAnswered}</p>
            </dd>
          </div>
        )}
        <div className="review-readonly__item">
          <dt>{t.review.feedbackForOwner}</dt>
          <dd className="review-readonly__text">{form.feedbackForOwner || t.review.notAnswered}</dd>
        </div>
        <div className="review-readonly__item">
          <dt>{t.review.confidential}</dt>
          <dd className="review-readonly__text">
            <p className="utrecht-paragraph">{t.review.confidentialHint}</p>
            {form.confidentialRemarks || t.review.notAnswered}
          </dd>
        </div>
      </dl>
    </>
  );
}

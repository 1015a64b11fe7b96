import { useState, type FormEvent } from 'react';
import { adminApi, type ReviewerProfileView } from '../api/admin-api';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { FieldError } from '../api/types';
import { localizeFieldError, type FieldErrors } from '../lib/field-errors';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { useSession } from '../session/session';
import { StatusMessage } from './Alert';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import { TextField, YesNo } from './fields';

interface PeriodRow {
  key: number;
  from: string;
  until: string;
  note: string;
}

let rowKeys = 0;
const row = (period: { from: string; until: string; note?: string | null }): PeriodRow => ({ key: ++rowKeys, from: period.from, until: period.until, note: period.note ?? '' });

/**
 * Whether a reviewer takes invitations now and the periods they cannot review
 * (PUT /reviewers/:userId/availability). Used by staff on the reviewer's page and by the reviewer
 * on their own profile page.
 */
export function ReviewerAvailabilityForm({ profile, own, onSaved }: { profile: ReviewerProfileView; own: boolean; onSaved(profile: ReviewerProfileView): void }) {
  const { t, locale } = useI18n();
  const a = t.admin.availability;
  const form = useFormErrors();
  const [accepting, setAccepting] = useState(profile.acceptingInvitations);
  const [periods, setPeriods] = useState<PeriodRow[]>(() => profile.unavailablePeriods.map(row));
  const [saved, setSaved] = useState(false);

  const labels: Record<string, string> = { acceptingInvitations: a.accepting };
  periods.forEach((_, index) => {
    labels[`unavailablePeriods.${index}.from`] = `${a.period(index + 1)}: ${a.from}`;
    labels[`unavailablePeriods.${index}.until`] = `${a.period(index + 1)}: ${a.until}`;
    labels[`unavailablePeriods.${index}.note`] = `${a.period(index + 1)}: ${a.note}`;
  });

  // The new period's first field takes the focus, so a keyboard user goes on typing there.
  function addPeriod() {
    const index = periods.length;
    setPeriods((rows) => [...rows, row({ from: '', until: '' })]);
    window.setTimeout(() => document.getElementById(`field-availability-unavailablePeriods.${index}.from`)?.focus(), 0);
  }

  const change = (key: number, field: 'from' | 'until' | 'note', value: string) =>
    setPeriods((rows) => rows.map((current) => (current.key === key ? { ...current, [field]: value } : current)));

  /** The API's period reasons in our words; "unavailablePeriods.0" (no such date) goes next to the first day. */
  function periodErrors(errors: FieldError[]): FieldErrors {
    const result: FieldErrors = {};
    for (const error of errors) {
      const { field, reason } = error;
      const key = /^unavailablePeriods\.\d+$/.test(field) ? `${field}.from` : field;
      if (key in result) continue;
      if (key !== field) result[key] = a.noSuchDate;
      else if (/\.(from|until)$/.test(field) && reason.includes('JJJJ')) result[key] = a.dateFormat;
      else if (field.endsWith('.until') && reason.includes('vóór')) result[key] = a.untilBeforeFrom;
      else result[key] = localizeFieldError(error, locale);
    }
    return result;
  }

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSaved(false);
    const missing: FieldErrors = {};
    periods.forEach((period, index) => {
      if (!period.from.trim()) missing[`unavailablePeriods.${index}.from`] = t.errors.required;
      if (!period.until.trim()) missing[`unavailablePeriods.${index}.until`] = t.errors.required;
    });
    if (Object.keys(missing).length) return form.showFieldErrors(missing);
    const body = {
      acceptingInvitations: accepting,
      unavailablePeriods: periods.map((period) => ({ from: period.from.trim(), until: period.until.trim(), ...(period.note.trim() ? { note: period.note.trim() } : {}) })),
    };
    const updated = await form.run(
      () => adminApi.putReviewerAvailability(profile.userId, body),
      (error) => (error.fieldErrors.length ? periodErrors(error.fieldErrors) : undefined),
    );
    if (updated) {
      setPeriods(updated.unavailablePeriods.map(row));
      setSaved(true);
      onSaved(updated);
    }
  }

  return (
    <FieldScopeProvider scope="availability">
      <StatusMessage>{saved ? a.saved : null}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <YesNo name="acceptingInvitations" label={a.accepting} value={accepting} onChange={setAccepting} error={form.fieldErrors.acceptingInvitations} />
        <h3 className="utrecht-heading-3">{own ? a.periods : a.periodsAdmin}</h3>
        {periods.length === 0 && <p className="utrecht-paragraph">{a.noPeriods}</p>}
        {periods.map((period, index) => (
          <div key={period.key} className="utrecht-form-fieldset">
            <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{a.period(index + 1)}</legend>
              <div className="form">
                <TextField
                  name={`unavailablePeriods.${index}.from`}
                  label={a.from}
                  description={a.dateHint}
                  value={period.from}
                  onChange={(value) => change(period.key, 'from', value)}
                  inputMode="numeric"
                  size="small"
                  required
                  error={form.fieldErrors[`unavailablePeriods.${index}.from`]}
                />
                <TextField
                  name={`unavailablePeriods.${index}.until`}
                  label={a.until}
                  description={a.dateHint}
                  value={period.until}
                  onChange={(value) => change(period.key, 'until', value)}
                  inputMode="numeric"
                  size="small"
                  required
                  error={form.fieldErrors[`unavailablePeriods.${index}.until`]}
                />
                <TextField
                  name={`unavailablePeriods.${index}.note`}
                  label={a.note}
                  value={period.note}
                  onChange={(value) => change(period.key, 'note', value)}
                  error={form.fieldErrors[`unavailablePeriods.${index}.note`]}
                />
                <div>
                  <Button variant="subtle" onClick={() => setPeriods((rows) => rows.filter((current) => current.key !== period.key))}>
                    {a.remove(index + 1)}
                  </Button>
                </div>
              </div>
            </fieldset>
          </div>
        ))}
        <div>
          <Button onClick={addPeriod}>{a.add}</Button>
        </div>
        <div>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : a.save}
          </Button>
        </div>
      </form>
    </FieldScopeProvider>
  );
}

/** The reviewer's own profile (kind and themes, read-only) and availability, on the profile page. */
export function OwnReviewerAvailability() {
  const { t, locale } = useI18n();
  const a = t.admin.availability;
  const r = t.admin.reviewers;
  const { user } = useSession();
  const isReviewer = user?.roles.includes('reviewer') ?? false;
  const userId = user?.id ?? '';
  const loaded = useResource(
    async () => (isReviewer ? { profile: await adminApi.reviewerProfile(userId), themes: await api.themes() } : null),
    `own-reviewer-${userId}-${isReviewer}`,
  );
  if (!isReviewer) return null;
  const themeName = (slug: string) => loaded.data?.themes.find((theme) => theme.slug === slug)?.[locale === 'en' ? 'nameEn' : 'nameNl'] ?? slug;

  return (
    <section aria-labelledby="own-availability-title">
      <h2 id="own-availability-title" className="utrecht-heading-2">
        {a.ownTitle}
      </h2>
      <p className="utrecht-paragraph">{a.ownIntro}</p>
      {loaded.error ? (
        <LoadError error={loaded.error} onRetry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : (
        <>
          <dl className="utrecht-data-list utrecht-data-list--rows" aria-label={a.ownProfile}>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{r.kind}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {loaded.data.profile.kind ? r.kindLong[loaded.data.profile.kind] : r.noKind}
              </dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">{r.themes}</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {loaded.data.profile.themes.length ? loaded.data.profile.themes.map(themeName).join(', ') : r.noThemes}
              </dd>
            </div>
          </dl>
          <p className="utrecht-paragraph">{a.ownProfileHint}</p>
          <ReviewerAvailabilityForm profile={loaded.data.profile} own onSaved={(profile) => loaded.setData({ ...loaded.data!, profile })} />
        </>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { decisionApi } from '../api/decision-api';
import type { ApplicationView, LevelCode } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import { SelectField } from './fields';

/**
 * The owner of a published intervention applies for its re-assessment: a new application,
 * prefilled from this one, that takes over the same listing once it is published again.
 */
export function ReassessmentAction({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const d = t.decision;
  const navigate = useNavigate();
  const listing = useResource(() => decisionApi.decisions(view.id).then((overview) => overview.listing), view.id);
  const [level, setLevel] = useState('');
  const form = useFormErrors();
  const openId = form.formError?.error instanceof ApiError && form.formError.error.code === 'REASSESSMENT_ALREADY_OPEN' ? String(form.formError.error.body.applicationId) : null;

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const slug = listing.data?.slug;
    if (!slug) return;
    const created = await form.run(() => decisionApi.startReassessment(slug, (level || undefined) as LevelCode | undefined));
    if (created) navigate(`/aanmeldingen/${created.id}`, { state: { flash: d.reassessmentStarted } });
  }

  if (listing.error) return <LoadError error={listing.error} onRetry={listing.reload} />;
  if (!listing.data) return listing.loading ? <Loading /> : null;
  return (
    <section className="panel" aria-labelledby="action-reassessment">
      <h3 className="utrecht-heading-3" id="action-reassessment">
        {d.reassessmentTitle}
      </h3>
      <p className="utrecht-paragraph">{d.reassessmentIntro}</p>
      {form.formError &&
        (openId ? (
          <p className="utrecht-paragraph" role="alert">
            {d.reassessmentOpen}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${openId}`}>
              {d.reassessmentOpenLink}
            </Link>
          </p>
        ) : (
          <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => void onSubmit()} />
        ))}
      <form className="form" onSubmit={onSubmit} noValidate>
        <SelectField
          name="reassessment-level"
          label={d.reassessmentLevel}
          description={d.reassessmentLevelHint}
          value={level}
          onChange={setLevel}
          placeholder={d.reassessmentSameLevel}
          options={Object.entries(t.levels).map(([value, name]) => ({ value, label: name }))}
          error={form.fieldErrors.targetLevel}
        />
        <Button type="submit" variant="primary" busy={form.busy}>
          {form.busy ? t.common.saving : d.reassessmentSubmit}
        </Button>
      </form>
    </section>
  );
}

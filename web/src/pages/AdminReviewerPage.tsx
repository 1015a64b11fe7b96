import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { adminApi, type ReviewerKind, type ReviewerProfileView } from '../api/admin-api';
import { ApiError, api } from '../api/client';
import type { Theme } from '../api/types';
import { ReviewerAvailabilityForm } from '../components/AdminReviewerAvailability';
import { StatusMessage } from '../components/Alert';
import { BackLink } from '../components/BackLink';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { CheckboxGroup, RadioGroup, TextArea, TextField } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';

interface Loaded {
  profile: ReviewerProfileView;
  themes: Theme[];
}

/** One reviewer: the profile the secretariat keeps, the history, and the availability. */
export function AdminReviewerPage() {
  const { userId = '' } = useParams();
  const { t } = useI18n();
  const loaded = useResource<Loaded>(async () => {
    const [profile, themes] = await Promise.all([adminApi.reviewerProfile(userId), api.themes()]);
    return { profile, themes };
  }, userId);

  if (loaded.error instanceof ApiError && (loaded.error.status === 404 || loaded.error.status === 400)) return <NotFoundPage />;
  return (
    <div className="narrow">
      <BackLink to="/beheer/beoordelaars">{t.common.backTo(t.admin.reviewers.title.toLowerCase())}</BackLink>
      {loaded.error ? (
        <>
          <PageHeading>{t.admin.reviewers.title}</PageHeading>
          <LoadError error={loaded.error} onRetry={loaded.reload} />
        </>
      ) : !loaded.data ? (
        <>
          <PageHeading>{t.admin.reviewers.title}</PageHeading>
          <Loading />
        </>
      ) : (
        <>
          <PageHeading>{loaded.data.profile.name}</PageHeading>
          <p className="utrecht-paragraph">{loaded.data.profile.email}</p>
          <ProfileForm key={loaded.data.profile.userId} {...loaded.data} onSaved={(profile) => loaded.setData({ ...loaded.data!, profile })} />
          <History profile={loaded.data.profile} />
          <section aria-labelledby="availability-title">
            <h2 id="availability-title" className="utrecht-heading-2">
              {t.admin.availability.title}
            </h2>
            <ReviewerAvailabilityForm
              key={loaded.data.profile.userId}
              profile={loaded.data.profile}
              own={false}
              onSaved={(profile) => loaded.setData({ ...loaded.data!, profile })}
            />
          </section>
        </>
      )}
    </div>
  );
}

function ProfileForm({ profile, themes, onSaved }: Loaded & { onSaved(profile: ReviewerProfileView): void }) {
  const { t, locale } = useI18n();
  const r = t.admin.reviewers;
  const form = useFormErrors();
  const [saved, setSaved] = useState(false);
  const [values, setValues] = useState({
    kind: (profile.kind ?? '') as ReviewerKind | '',
    themes: profile.themes,
    organisation: profile.organisation ?? '',
    expertise: profile.expertise,
    maxConcurrentReviews: String(profile.maxConcurrentReviews),
  });
  const labels = { kind: r.kind, themes: r.themes, organisation: r.organisation, expertise: r.expertise, maxConcurrentReviews: r.maxConcurrent };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    setSaved(false);
    const max = values.maxConcurrentReviews.trim();
    const problems: Record<string, string> = {};
    if (!values.kind) problems.kind = t.errors.choose;
    if (!/^\d+$/.test(max)) problems.maxConcurrentReviews = t.errors.integer;
    if (Object.keys(problems).length) return form.showFieldErrors(problems);
    const updated = await form.run(() =>
      adminApi.putReviewerProfile(profile.userId, {
        kind: values.kind as ReviewerKind,
        themes: values.themes,
        organisation: values.organisation.trim() || null,
        expertise: values.expertise,
        maxConcurrentReviews: Number(max),
      }),
    );
    if (updated) {
      setSaved(true);
      onSaved(updated);
    }
  }

  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title" className="utrecht-heading-2">
        {r.profileTitle}
      </h2>
      {!profile.hasProfile && <p className="utrecht-paragraph">{r.noProfile}</p>}
      <StatusMessage>{saved ? r.profileSaved : null}</StatusMessage>
      <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => onSubmit()} />}
      <form className="form" onSubmit={onSubmit} noValidate>
        <RadioGroup<ReviewerKind>
          name="kind"
          label={r.kind}
          value={values.kind}
          onChange={(kind) => setValues((v) => ({ ...v, kind }))}
          options={[
            { value: 'science', label: r.kindLong.science },
            { value: 'practice', label: r.kindLong.practice },
          ]}
          required
          error={form.fieldErrors.kind}
        />
        <CheckboxGroup
          name="themes"
          label={r.themes}
          value={values.themes}
          onChange={(chosen) => setValues((v) => ({ ...v, themes: chosen }))}
          options={themes.map((theme) => ({ value: theme.slug, label: locale === 'en' ? theme.nameEn : theme.nameNl }))}
          error={form.fieldErrors.themes}
        />
        <TextField
          name="organisation"
          label={r.organisation}
          description={r.organisationHint}
          value={values.organisation}
          onChange={(organisation) => setValues((v) => ({ ...v, organisation }))}
          error={form.fieldErrors.organisation}
        />
        <TextArea name="expertise" label={r.expertise} description={r.expertiseHint} value={values.expertise} onChange={(expertise) => setValues((v) => ({ ...v, expertise }))} rows={3} error={form.fieldErrors.expertise} />
        <TextField
          name="maxConcurrentReviews"
          label={r.maxConcurrent}
          description={r.maxConcurrentHint}
          value={values.maxConcurrentReviews}
          onChange={(maxConcurrentReviews) => setValues((v) => ({ ...v, maxConcurrentReviews }))}
          inputMode="numeric"
          size="small"
          required
          error={form.fieldErrors.maxConcurrentReviews}
        />
        <div>
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : r.saveProfile}
          </Button>
        </div>
      </form>
    </section>
  );
}

function History({ profile }: { profile: ReviewerProfileView }) {
  const { t, formatNumber } = useI18n();
  const r = t.admin.reviewers;
  const rows: [string, string][] = [
    [r.load, r.loadValue(profile.load.current, profile.load.max)],
    [r.invitations, formatNumber(profile.history.invitations)],
    [r.accepted, formatNumber(profile.history.accepted)],
    [r.declined, formatNumber(profile.history.declined)],
    [r.reviewsSubmitted, formatNumber(profile.history.reviewsSubmitted)],
    [r.averageDaysToReview, profile.history.averageDaysToReview === null ? r.unknown : formatNumber(profile.history.averageDaysToReview)],
  ];
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="utrecht-heading-2">
        {r.historyTitle}
      </h2>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        {rows.map(([key, value]) => (
          <div key={key} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{key}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

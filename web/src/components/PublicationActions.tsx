import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { decisionApi, type PublicationResult } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { ConfirmStep } from './ConfirmStep';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';

interface Props {
  view: ApplicationView;
  onDone(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/**
 * The secretary's databank steps: PUBLISH a recognised application, UPDATE_LISTING of a published
 * one (each offered only when allowedActions lists it), and the link to the public listing.
 * Publishing cannot be undone: it first shows the public page as it will appear (the API's
 * preview, rendered by the public page's own component) and asks for confirmation.
 */
export function PublicationActions({ view, onDone, onReload }: Props) {
  const { t } = useI18n();
  const d = t.decision;
  const allowed = (action: string) => view.allowedActions.includes(action);
  const published = view.state.startsWith('published.');
  // Only a published application has a listing; the key reloads it after each step.
  const listing = useResource(
    () => (published ? decisionApi.decisions(view.id).then((overview) => overview.listing) : Promise.resolve(null)),
    `${view.id}:${view.version}`,
  );
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const action = allowed('PUBLISH') ? 'PUBLISH' : 'UPDATE_LISTING';
  const [confirming, setConfirming] = useState(false);

  async function run() {
    const result: PublicationResult | undefined = await form.run(() =>
      action === 'PUBLISH' ? decisionApi.publish(view.id, view.version) : decisionApi.updateListing(view.id, view.version),
    );
    if (!result) return;
    setConfirming(false);
    if (result.listing) listing.setData({ slug: result.listing.slug, listed: result.listing.listed });
    onDone(result.application, action === 'PUBLISH' ? d.published : d.updated);
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <section className="panel" aria-labelledby={`action-${action}`}>
      <h3 className="utrecht-heading-3" id={`action-${action}`}>
        {action === 'PUBLISH' ? d.publishTitle : d.updateTitle}
      </h3>
      {listing.error ? (
        <LoadError error={listing.error} onRetry={listing.reload} />
      ) : listing.loading && !listing.data ? (
        <Loading />
      ) : (
        listing.data && (
          <p className="utrecht-paragraph">
            {listing.data.listed ? d.listingText : d.listingWithdrawn}{' '}
            {listing.data.listed && (
              <Link reloadDocument className="utrecht-link utrecht-link--html-a" to={`/interventies/${encodeURIComponent(listing.data.slug)}`}>
                {d.viewListing}
              </Link>
            )}
          </p>
        )
      )}
      {(allowed('PUBLISH') || allowed('UPDATE_LISTING')) && (
        <>
          <p className="utrecht-paragraph">{action === 'PUBLISH' ? d.publishIntro : d.updateIntro}</p>
          {confirming ? (
            <ConfirmStep
              title={t.owner.confirm.publishTitle}
              consequence={t.owner.confirm.publishText}
              confirmLabel={t.owner.confirm.publishConfirm}
              busy={form.busy}
              onConfirm={() => void run()}
              onCancel={() => {
                setConfirming(false);
                form.clear();
              }}
              error={form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} />}
            >
              <PublicationPreview applicationId={view.id} version={view.version} />
            </ConfirmStep>
          ) : (
            <>
              {form.formError && (
                <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} onRetry={stale ? undefined : () => void run()} />
              )}
              <Button variant="primary" busy={form.busy} onClick={() => (action === 'PUBLISH' ? setConfirming(true) : void run())}>
                {form.busy ? t.common.saving : action === 'PUBLISH' ? t.owner.confirm.publishReview : d.updateSubmit}
              </Button>
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The public page as publishing would create it now. The JSON preview says whether it can be made
 * (and why not); the frame shows the server's own rendering of that page (preview.html), so the
 * secretary sees exactly what the public will see.
 */
function PublicationPreview({ applicationId, version }: { applicationId: string; version: number }) {
  const { t, locale } = useI18n();
  const preview = useResource(() => decisionApi.previewPublication(applicationId), `${applicationId}:${version}`);
  if (preview.error) return <LoadError error={preview.error} onRetry={preview.reload} />;
  if (!preview.data) return <Loading />;
  return (
    <section className="listing-preview" aria-labelledby="listing-preview-title">
      <h4 className="utrecht-heading-4 listing-preview__label" id="listing-preview-title">
        {t.owner.confirm.previewTitle}
      </h4>
      <p className="utrecht-paragraph listing-preview__url">{t.owner.confirm.previewUrl(`/interventies/${preview.data.slug}`)}</p>
      <iframe
        className="listing-preview__frame"
        key={version}
        src={`/applications/${applicationId}/listing/preview.html${locale === 'en' ? '?lang=en' : ''}`}
        title={t.owner.confirm.previewFrame(preview.data.title)}
      />
    </section>
  );
}

import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { decisionApi, type PublicationResult } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
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

  async function run() {
    const result: PublicationResult | undefined = await form.run(() =>
      action === 'PUBLISH' ? decisionApi.publish(view.id, view.version) : decisionApi.updateListing(view.id, view.version),
    );
    if (!result) return;
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
          {form.formError && (
            <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} onRetry={stale ? undefined : () => void run()} />
          )}
          <Button variant="primary" busy={form.busy} onClick={() => void run()}>
            {form.busy ? t.common.saving : action === 'PUBLISH' ? d.publishSubmit : d.updateSubmit}
          </Button>
        </>
      )}
    </section>
  );
}

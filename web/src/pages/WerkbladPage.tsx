import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { WERKBLAD_STEPS, werkbladApi, type CommentAnchor, type CommentThread, type DescriptionView, type NewCommentAnchor, type WerkbladStep } from '../api/werkblad-api';
import { Alert, StatusMessage } from '../components/Alert';
import { Button, ButtonGroup } from '../components/Button';
import { ConfirmStep } from '../components/ConfirmStep';
import { FormError } from '../components/FormError';
import { ListingFactsForm } from '../components/ListingFactsForm';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SectionComments } from '../components/SectionComments';
import { SectionEditor } from '../components/SectionEditor';
import type { Highlight } from '../components/StructuredText';
import { VersionCompare } from '../components/VersionCompare';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import type { SelectedPassage } from '../lib/passage';
import { useHashTarget } from '../lib/use-hash-target';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';
import '../owner.css';
import '../werkblad.css';

const STEP_ORDER = Object.keys(WERKBLAD_STEPS) as WerkbladStep[];

/**
 * The werkblad: every description section with autosave for the owner (read-only for everyone
 * else), the comment threads beside each section, the werkblad steps the API allows, and the
 * comparison of two versions.
 */
export function WerkbladPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const w = t.werkblad;
  const description = useResource(() => werkbladApi.description(id), id);
  const application = useResource(() => api.application(id), id);
  const comments = useResource(() => werkbladApi.comments(id), id);
  const [flash, setFlash] = useState<string | null>(null);
  const [liveWords, setLiveWords] = useState<Record<string, number>>({});
  const unsaved = useRef(new Set<string>());
  const statusRef = useRef<HTMLDivElement>(null);
  // Per section: the passage the coach picked for the next comment, and the passage of a comment being shown.
  const [pendingAnchors, setPendingAnchors] = useState<Record<string, NewCommentAnchor & { pickedAt: number }>>({});
  const [highlights, setHighlights] = useState<Record<string, Highlight & { shownAt: number }>>({});

  const onUnsavedChange = useCallback((key: string, isUnsaved: boolean) => {
    if (isUnsaved) unsaved.current.add(key);
    else unsaved.current.delete(key);
  }, []);
  const onWordCount = useCallback((key: string, words: number) => setLiveWords((current) => (current[key] === words ? current : { ...current, [key]: words })), []);
  const onPickPassage = useCallback(
    (key: string, passage: SelectedPassage & { sectionVersion: number }) => setPendingAnchors((current) => ({ ...current, [key]: { ...passage, pickedAt: Date.now() } })),
    [],
  );
  useHashTarget(Boolean(description.data && application.data));

  const notFound = [description.error, application.error].some((error) => error instanceof ApiError && error.status === 404);
  if (notFound) return <NotFoundPage kind="application" />;
  const view = description.data;
  const app = application.data;
  if (!view || !app) {
    const error = description.error ?? application.error;
    return (
      <>
        <PageHeading>{w.heading}</PageHeading>
        {error ? <LoadError error={error} onRetry={() => void Promise.all([description.reload(), application.reload()])} /> : <Loading />}
      </>
    );
  }

  const kinds = app.kinds;
  const inDescription = view.state === 'description';
  const threadsBySection = new Map<string, CommentThread[]>();
  for (const thread of comments.data ?? []) threadsBySection.set(thread.sectionKey, [...(threadsBySection.get(thread.sectionKey) ?? []), thread]);
  const commentsReadable = !(comments.error instanceof ApiError && comments.error.status === 403);

  const clearAnchor = (key: string) =>
    setPendingAnchors((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
  /** The API says where the passage stands now (currentOffset); the page only shows it there. */
  const showPassage = (key: string, anchor: CommentAnchor) => {
    if (anchor.currentOffset === null) return;
    const start = anchor.currentOffset;
    setHighlights((current) => ({ ...current, [key]: { start, end: start + anchor.quote.length, quote: anchor.quote, shownAt: Date.now() } }));
  };

  function stepDone(next: DescriptionView, message: string) {
    description.setData(next);
    void application.reload();
    void comments.reload();
    setFlash(message);
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  return (
    <>
      <PageHeading title={w.title(view.name)}>{w.title(view.name)}</PageHeading>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${id}`}>
          {w.backToApplication}
        </Link>
        {' · '}
        <Link className="utrecht-link utrecht-link--html-a" to={`/aanmeldingen/${id}/documenten`}>
          {w.openDocuments}
        </Link>
      </p>
      <div ref={statusRef} tabIndex={-1} className="status-anchor">
        <StatusMessage>{flash}</StatusMessage>
      </div>

      <dl className="utrecht-data-list utrecht-data-list--rows facts werkblad-facts">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{w.werkbladState}</dt>
          <dd className="utrecht-data-list__item-value">{view.werkblad ? (w.werkbladStates[view.werkblad] ?? view.werkblad) : w.notEditable}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{w.feedbackRound}</dt>
          <dd className="utrecht-data-list__item-value">{view.feedbackRound}</dd>
        </div>
      </dl>
      <p className="utrecht-paragraph">{view.canEdit ? w.intro : kinds.includes('owner') ? w.notEditable : w.readOnlyIntro}</p>

      <WerkbladContents
        sections={view.sections.map((section) => ({
          key: section.key,
          title: locale === 'en' ? section.titleEn : section.title,
          words: liveWords[section.key] ?? section.wordCount,
          openComments: (threadsBySection.get(section.key) ?? []).filter((thread) => thread.status === 'open').length,
        }))}
      />

      <Steps view={view} onDone={stepDone} onReload={description.reload} hasUnsaved={() => unsaved.current.size > 0} />

      {comments.error !== undefined && commentsReadable && <LoadError error={comments.error} onRetry={comments.reload} />}
      {view.sections.map((section) => {
        const title = locale === 'en' ? section.titleEn : section.title;
        return (
          <section key={section.key} className="werkblad-section" aria-labelledby={`section-${section.key}`}>
            <h2 className="utrecht-heading-2" id={`section-${section.key}`} tabIndex={-1}>
              {title}
            </h2>
            <div className="werkblad-section__body">
              <SectionEditor
                applicationId={id}
                section={section}
                title={title}
                editable={view.canEdit}
                onUnsavedChange={onUnsavedChange}
                onWordCount={onWordCount}
                highlight={highlights[section.key] ?? null}
                onPickPassage={inDescription && kinds.includes('coach') && commentsReadable ? onPickPassage : undefined}
              />
              {commentsReadable && comments.data && (
                <SectionComments
                  applicationId={id}
                  sectionKey={section.key}
                  sectionTitle={title}
                  threads={threadsBySection.get(section.key) ?? []}
                  canStart={inDescription && kinds.includes('coach')}
                  canReply={inDescription && (['coach', 'owner', 'secretary'] as const).some((kind) => kinds.includes(kind))}
                  canResolve={inDescription && (['coach', 'owner'] as const).some((kind) => kinds.includes(kind))}
                  onChanged={comments.reload}
                  pendingAnchor={pendingAnchors[section.key] ?? null}
                  onClearAnchor={() => clearAnchor(section.key)}
                  onShowPassage={(anchor) => showPassage(section.key, anchor)}
                />
              )}
            </div>
          </section>
        );
      })}

      <section aria-labelledby="listing-facts-heading" className="section listing-facts">
        <h2 className="utrecht-heading-2" id="listing-facts-heading" tabIndex={-1}>
          {t.listingFacts.title}
        </h2>
        <ListingFactsForm key={`${view.facts.version}-${view.canEdit}`} applicationId={id} current={view.facts} editable={view.canEdit} />
      </section>

      <section aria-labelledby="compare-heading" className="section">
        <h2 className="utrecht-heading-2" id="compare-heading">
          {w.compare.title}
        </h2>
        <VersionCompare applicationId={id} versions={view.versions} />
      </section>
    </>
  );
}

interface ContentsEntry {
  key: string;
  title: string;
  words: number;
  openComments: number;
}

/** The contents of the werkblad at the top of the page: each section, linked, with how far it is and its open comments. */
function WerkbladContents({ sections }: { sections: ContentsEntry[] }) {
  const { t } = useI18n();
  const c = t.owner.werkbladContents;
  return (
    <nav aria-labelledby="werkblad-toc-title" className="werkblad-toc">
      <h2 className="utrecht-heading-2" id="werkblad-toc-title">
        {c.title}
      </h2>
      <ol className="utrecht-ordered-list">
        {sections.map((section) => (
          <li key={section.key}>
            <a className="utrecht-link utrecht-link--html-a" href={`#section-${section.key}`}>
              {section.title}
            </a>
            <span className="werkblad-toc__state">
              {' — '}
              {section.words === 0 ? c.empty : c.words(section.words)}
              {section.openComments > 0 && `, ${c.openComments(section.openComments)}`}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Steps({ view, onDone, onReload, hasUnsaved }: { view: DescriptionView; onDone(next: DescriptionView, message: string): void; onReload(): Promise<unknown>; hasUnsaved(): boolean }) {
  const { t } = useI18n();
  const s = t.werkblad.steps;
  const form = useFormErrors();
  const [unsavedWarning, setUnsavedWarning] = useState(false);
  const [confirming, setConfirming] = useState<WerkbladStep | null>(null);
  const steps = STEP_ORDER.filter((step) => view.allowedActions.includes(step));
  if (steps.length === 0) return null;
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;

  async function run(step: WerkbladStep) {
    if (hasUnsaved()) {
      setUnsavedWarning(true);
      return;
    }
    setUnsavedWarning(false);
    // Marking ready closes the text for the owner: the coach confirms first.
    if (step === 'MARK_READY' && confirming !== step) {
      setConfirming(step);
      return;
    }
    const next = await form.run(() => werkbladApi.step(view.applicationId, step, view.version));
    if (next) {
      setConfirming(null);
      onDone(next, s.done[step]);
    }
  }

  return (
    <section className="panel" aria-labelledby="werkblad-steps">
      <h2 className="utrecht-heading-2" id="werkblad-steps">
        {s.title}
      </h2>
      {unsavedWarning && (
        <Alert type="warning" live="assertive">
          <p className="utrecht-paragraph">{s.unsaved}</p>
        </Alert>
      )}
      {form.formError && (
        <FormError
          message={form.formError.message}
          focusKey={form.focusKey}
          onReload={stale ? () => void onReload().then(form.clear) : undefined}
        />
      )}
      {confirming === 'MARK_READY' ? (
        <ConfirmStep
          title={t.owner.confirm.markReadyTitle}
          consequence={t.owner.confirm.markReadyText}
          confirmLabel={t.owner.confirm.markReadyConfirm}
          busy={form.busy}
          onConfirm={() => void run('MARK_READY')}
          onCancel={() => setConfirming(null)}
        />
      ) : (
        <ButtonGroup>
          {steps.map((step) => (
            <Button key={step} variant={step === steps[0] ? 'primary' : 'secondary'} busy={form.busy} onClick={() => void run(step)}>
              {s[step]}
            </Button>
          ))}
        </ButtonGroup>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { decisionApi, type DecisionView } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { TextArea } from './fields';

interface Props {
  view: ApplicationView;
  /** The deferral whose questions are answered. */
  decision: DecisionView;
  onDone(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/** SUBMIT_REVISION: the owner answers a deferral's questions; the same panel reviews the next round. */
export function RevisionForm({ view, decision, onDone, onReload }: Props) {
  const { t } = useI18n();
  const d = t.decision;
  const [answers, setAnswers] = useState('');
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const next = await form.run(() => decisionApi.submitRevision(view.id, view.version, answers));
    if (next) {
      setAnswers('');
      onDone(next, d.revisionSubmitted);
    }
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <FieldScopeProvider scope="revision">
      <section className="panel" aria-labelledby="revision-form-heading">
        <h2 className="utrecht-heading-2" id="revision-form-heading">
          {d.revisionTitle}
        </h2>
        <p className="utrecht-paragraph">{d.revisionIntro}</p>
        {decision.questions && (
          <>
            <h3 className="utrecht-heading-3">{d.fields.questions}</h3>
            <blockquote className="question preserve-lines">{decision.questions}</blockquote>
          </>
        )}
        <ErrorSummary items={form.summary({ answers: d.answers })} focusKey={form.focusKey} />
        {form.formError && (
          <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} onRetry={stale ? undefined : () => void onSubmit()} />
        )}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextArea name="answers" label={d.answers} value={answers} onChange={setAnswers} rows={8} required error={form.fieldErrors.answers} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : d.submitRevision}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}

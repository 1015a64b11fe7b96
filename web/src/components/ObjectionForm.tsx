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
  /** The decision objected to; its objection deadline is shown. */
  decision: DecisionView;
  onDone(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/** LODGE_OBJECTION: the owner's grounds, once, within six weeks of the decision. Typed text survives a refusal. */
export function ObjectionForm({ view, decision, onDone, onReload }: Props) {
  const { t, formatDate } = useI18n();
  const d = t.decision;
  const [grounds, setGrounds] = useState('');
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const result = await form.run(() => decisionApi.lodgeObjection(view.id, view.version, grounds));
    if (result) {
      setGrounds('');
      onDone(result.application, d.objectionLodged);
    }
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <FieldScopeProvider scope="objection">
      <section className="panel" aria-labelledby="objection-form-heading">
        <h2 className="utrecht-heading-2" id="objection-form-heading">
          {d.objectionTitle}
        </h2>
        <p className="utrecht-paragraph">{d.objectionIntro}</p>
        {decision.objectionDeadline && (
          <p className="utrecht-paragraph">
            <strong>{d.objectionDeadline(formatDate(decision.objectionDeadline))}</strong>
          </p>
        )}
        <ErrorSummary items={form.summary({ grounds: d.grounds })} focusKey={form.focusKey} />
        {form.formError && (
          <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} onRetry={stale ? undefined : () => void onSubmit()} />
        )}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextArea name="grounds" label={d.grounds} description={d.groundsHint} value={grounds} onChange={setGrounds} rows={6} required error={form.fieldErrors.grounds} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : d.submitObjection}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}

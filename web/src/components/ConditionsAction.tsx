import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { decisionApi, standingDecision } from '../api/decision-api';
import type { ApplicationView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { ErrorSummary, FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { LoadError, Loading } from './Loading';
import { TextArea } from './fields';

interface Props {
  view: ApplicationView;
  onDone(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/** CONFIRM_CONDITIONS_MET: the secretary confirms, before the deadline, that a conditional recognition's conditions are met. */
export function ConditionsAction({ view, onDone, onReload }: Props) {
  const { t, formatDate } = useI18n();
  const d = t.decision;
  const decisions = useResource(() => decisionApi.decisions(view.id), `${view.id}:${view.version}`);
  const [internalNote, setInternalNote] = useState('');
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const decision = decisions.data && standingDecision(decisions.data);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const result = await form.run(() => decisionApi.confirmConditions(view.id, view.version, internalNote.trim() || undefined));
    if (result) onDone(result.application, d.confirmed);
  }

  async function reload() {
    await onReload();
    form.clear();
  }

  return (
    <FieldScopeProvider scope="conditions">
      <section className="panel" aria-labelledby="action-CONFIRM_CONDITIONS_MET">
        <h3 className="utrecht-heading-3" id="action-CONFIRM_CONDITIONS_MET">
          {d.confirmTitle}
        </h3>
        {decisions.error ? (
          <LoadError error={decisions.error} onRetry={decisions.reload} />
        ) : !decisions.data ? (
          <Loading />
        ) : (
          decision?.conditions && (
            <>
              {decision.conditionsDeadline && <p className="utrecht-paragraph">{d.confirmIntro(formatDate(decision.conditionsDeadline))}</p>}
              <p className="utrecht-paragraph">
                <strong>{d.fields.conditions}</strong>
              </p>
              <blockquote className="question preserve-lines">{decision.conditions}</blockquote>
            </>
          )
        )}
        <ErrorSummary items={form.summary({ internalNote: d.internalNote })} focusKey={form.focusKey} />
        {form.formError && (
          <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? () => void reload() : undefined} onRetry={stale ? undefined : () => void onSubmit()} />
        )}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextArea name="internalNote" label={d.internalNote} value={internalNote} onChange={setInternalNote} rows={3} error={form.fieldErrors.internalNote} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : d.confirmSubmit}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}

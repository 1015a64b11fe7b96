import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import type { ApplicationView, Theme } from '../api/types';
import { StatusMessage } from '../components/Alert';
import { Button, ButtonGroup, ButtonLink } from '../components/Button';
import { CaseDeadlines } from '../components/CaseDeadlines';
import { ConditionsAction } from '../components/ConditionsAction';
import { DataTable } from '../components/DataTable';
import { DecisionSummary } from '../components/DecisionSummary';
import { DecisionLetterDraft } from '../components/DecisionLetterDraft';
import { ObjectionAndRevisionLinks } from '../components/ObjectionAndRevisionLinks';
import { PublicationActions } from '../components/PublicationActions';
import { ReadinessChecklist } from '../components/ReadinessChecklist';
import { ReassessmentAction } from '../components/ReassessmentAction';
import { DossierActions, DossierLink } from '../components/DossierLink';
import { PanelLink } from '../components/PanelLink';
import { ReviewerLinks } from '../components/ReviewerLinks';
import { ErrorSummary, FieldScopeProvider } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { PhaseStepper } from '../components/PhaseStepper';
import { StatusBadge } from '../components/StatusBadge';
import { Timeline } from '../components/Timeline';
import { SelectField, TextArea } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { turnText } from '../lib/turn';
import { useFormErrors } from '../lib/use-form-state';
import { useResource } from '../lib/use-resource';
import { PhaseDuration } from '../components/PhaseDuration';
import { useSession } from '../session/session';
import { NotFoundPage } from './NotFoundPage';

/**
 * The allowed actions this page or a page it links to offers; any other allowed action gets a
 * general notice. PANEL_COMPLETE happens by itself when the last invitation is accepted.
 */
const HANDLED_ACTIONS = [
  // Intake, on this page.
  ...['SUBMIT', 'WITHDRAW', 'PROVIDE_INFORMATION', 'ADMIT', 'REFUSE_ADMISSION', 'REQUEST_INFORMATION'],
  // The werkblad steps, on the werkblad page (WerkbladPage).
  ...['REQUEST_FEEDBACK', 'SUBMIT_FOR_ASSESSMENT', 'RETURN_FEEDBACK', 'MARK_READY', 'REOPEN_DESCRIPTION'],
  // The panel (PanelPage) and the agenda (MeetingPage).
  ...['START_PANEL_COMPOSITION', 'PANEL_COMPLETE', 'PLACE_ON_AGENDA', 'REMOVE_FROM_AGENDA'],
  // The chair's decision and objection resolution, on the dossier page (DossierPage).
  ...['RECORD_DECISION', 'RESOLVE_OBJECTION'],
  // The secretary sends the chair's decision letter, on this page (DecisionLetterDraft).
  'SEND_DECISION_LETTER',
  // After the decision: the secretary's steps on this page; the owner's objection and revision on the decision page (DecisionPage).
  ...['CONFIRM_CONDITIONS_MET', 'PUBLISH', 'UPDATE_LISTING', 'LODGE_OBJECTION', 'SUBMIT_REVISION'],
];

/**
 * One application: where it stands (phase stepper, status, whose turn), what this user may do now
 * (only the actions the API lists in allowedActions), the intake form and the history.
 */
export function ApplicationPage() {
  const { id = '' } = useParams();
  // Another application (a link from this one, e.g. its re-assessment) starts with fresh forms and messages.
  return <ApplicationScreen key={id} id={id} />;
}

function ApplicationScreen({ id }: { id: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const application = useResource(() => api.application(id), id);
  const timeline = useResource(() => api.timeline(id), id);
  const themes = useResource(() => api.themes(), 'themes');
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const statusRef = useRef<HTMLDivElement>(null);

  if (application.error instanceof ApiError && application.error.status === 404) return <NotFoundPage kind="application" />;
  const view = application.data;
  if (!view) {
    return (
      <>
        <PageHeading>{t.application.loadingTitle}</PageHeading>
        {application.error ? <LoadError error={application.error} onRetry={application.reload} /> : <Loading />}
      </>
    );
  }

  function done(next: ApplicationView, message: string) {
    application.setData(next);
    void timeline.reload();
    setFlash(message);
    // The button that was used may be gone now; the confirmation is the next thing to read.
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  /** A step beside the track (a deadline extended): the history again and, when there is one, the confirmation. */
  function announce(message: string) {
    void timeline.reload();
    if (!message) return;
    setFlash(message);
    window.setTimeout(() => statusRef.current?.focus(), 0);
  }

  return (
    <>
      <PageHeading title={view.name}>
        {view.name}
      </PageHeading>
      <div ref={statusRef} tabIndex={-1} className="status-anchor">
        <StatusMessage>{flash}</StatusMessage>
      </div>
      <Facts view={view} />

      <section aria-labelledby="progress-heading" className="section">
        <h2 className="utrecht-heading-2" id="progress-heading">
          {t.application.progress}
        </h2>
        {view.phase === 'afgesloten' ? (
          <p className="utrecht-paragraph closed-notice">{t.application.closed(label(t.states, view.state))}</p>
        ) : (
          <PhaseStepper phase={view.phase} />
        )}
        <PhaseDuration applicationId={view.id} version={view.version} />
      </section>

      <section aria-labelledby="turn-heading" className="section">
        <h2 className="utrecht-heading-2" id="turn-heading">
          {t.application.whoActs}
        </h2>
        <Turn view={view} />
      </section>

      <ReadinessChecklist view={view} />

      <DecisionSummary view={view} />

      {view.openQuestion && (
        <section aria-labelledby="question-heading" className="section">
          <h2 className="utrecht-heading-2" id="question-heading">
            {t.application.openQuestion}
          </h2>
          <blockquote className="question preserve-lines">{view.openQuestion}</blockquote>
        </section>
      )}

      <section aria-labelledby="actions-heading" className="section">
        <h2 className="utrecht-heading-2" id="actions-heading">
          {t.application.actions}
        </h2>
        <Actions view={view} onDone={done} onReload={application.reload} />
      </section>

      <CaseDeadlines applicationId={view.id} version={view.version} onDone={announce} />

      <WerkbladLinks view={view} />
      <DossierLink view={view} />
      <PanelLink view={view} />
      <ReviewerLinks view={view} />

      <section aria-labelledby="intake-heading" className="section">
        <h2 className="utrecht-heading-2" id="intake-heading">
          {t.application.intakeTitle}
        </h2>
        <IntakeData view={view} themes={themes.data ?? []} />
      </section>

      <section aria-labelledby="timeline-heading" className="section">
        <h2 className="utrecht-heading-2" id="timeline-heading">
          {t.application.timeline}
        </h2>
        {timeline.error ? <LoadError error={timeline.error} onRetry={timeline.reload} /> : timeline.data ? <Timeline entries={timeline.data} /> : <Loading />}
      </section>
    </>
  );
}

function Facts({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows facts">
      <Row name={t.application.reference}>{view.reference}</Row>
      <Row name={t.application.targetLevel}>{label(t.levels, view.targetLevel)}</Row>
      <Row name={t.application.status}>
        <StatusBadge state={view.state} />
      </Row>
      <Row name={t.application.coach}>{view.coach ? `${view.coach.name} (${view.coach.email})` : t.application.noCoach}</Row>
    </dl>
  );
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{name}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd preserve-lines">{children}</dd>
    </div>
  );
}

function Turn({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const user = useSession().user!;
  const mine = (view.turn === 'owner' && view.kinds.includes('owner')) || (view.turn === 'coach' && view.kinds.includes('coach')) || (view.turn === 'secretary' && view.kinds.includes('secretary'));
  return (
    <p className={`utrecht-paragraph turn ${mine ? 'turn--mine' : ''}`}>
      <strong>{turnText(view, user, t, view.kinds.includes('owner'))}</strong>
    </p>
  );
}

function Actions({ view, onDone, onReload }: { view: ApplicationView; onDone(view: ApplicationView, message: string): void; onReload(): Promise<unknown> }) {
  const { t } = useI18n();
  const allowed = (action: string) => view.allowedActions.includes(action);
  const editable = view.missingFields !== undefined;
  const unhandled = view.allowedActions.filter((action) => !HANDLED_ACTIONS.includes(action));
  // A published intervention's owner may apply for its re-assessment (not a step of this application's track).
  const reassessable = view.kinds.includes('owner') && view.state.startsWith('published.');
  const nothing = !editable && !reassessable && view.allowedActions.length === 0;
  const common = { view, onDone, onReload };

  return (
    <>
      {nothing && <p className="utrecht-paragraph">{t.application.noActions}</p>}
      {(editable || allowed('SUBMIT')) && (
        <ButtonGroup>
          {editable && (
            <ButtonLink to={`/aanmeldingen/${view.id}/bewerken`} variant={allowed('SUBMIT') ? 'secondary' : 'primary'}>
              {t.application.edit}
            </ButtonLink>
          )}
          {allowed('SUBMIT') && <SubmitAction {...common} />}
        </ButtonGroup>
      )}
      {allowed('PROVIDE_INFORMATION') && (
        <TextAction
          {...common}
          action="PROVIDE_INFORMATION"
          scope="reply"
          title={t.actions.PROVIDE_INFORMATION}
          fieldName="answer"
          fieldLabel={t.actions.answer}
          description={t.actions.answerHint}
          submitLabel={t.actions.sendAnswer}
          send={(text) => api.provideInformation(view.id, view.version, text)}
        />
      )}
      {allowed('ADMIT') && <AdmitAction {...common} />}
      {allowed('REQUEST_INFORMATION') && (
        <TextAction
          {...common}
          action="REQUEST_INFORMATION"
          scope="ask"
          title={t.actions.REQUEST_INFORMATION}
          fieldName="question"
          fieldLabel={t.actions.question}
          submitLabel={t.actions.sendQuestion}
          send={(text) => api.requestInformation(view.id, view.version, text)}
        />
      )}
      {allowed('REFUSE_ADMISSION') && (
        <TextAction
          {...common}
          action="REFUSE_ADMISSION"
          scope="refuse"
          title={t.actions.REFUSE_ADMISSION}
          fieldName="reason"
          fieldLabel={t.actions.refuseReason}
          description={t.actions.refuseWarning}
          submitLabel={t.actions.refuseSubmit}
          send={(text) => api.refuse(view.id, view.version, text)}
        />
      )}
      <ObjectionAndRevisionLinks view={view} />
      <DecisionLetterDraft {...common} onSent={common.onDone} />
      {allowed('CONFIRM_CONDITIONS_MET') && <ConditionsAction {...common} />}
      {(allowed('PUBLISH') || allowed('UPDATE_LISTING')) && <PublicationActions {...common} />}
      {reassessable && <ReassessmentAction view={view} />}
      {allowed('WITHDRAW') && <WithdrawAction {...common} />}
      <DossierActions view={view} />
      {unhandled.length > 0 && <p className="utrecht-paragraph">{t.application.otherActions}</p>}
    </>
  );
}

interface ActionProps {
  view: ApplicationView;
  onDone(view: ApplicationView, message: string): void;
  onReload(): Promise<unknown>;
}

/** A 409 STALE_VERSION offers to reload the application; typed text stays in the form. */
function useActionForm(onReload: () => Promise<unknown>) {
  const form = useFormErrors();
  const stale = form.formError?.error instanceof ApiError && form.formError.error.isStaleVersion;
  const reload = async () => {
    await onReload();
    form.clear();
  };
  return { form, stale, reload };
}

function SubmitAction({ view, onDone, onReload }: ActionProps) {
  const { t } = useI18n();
  const { form, stale, reload } = useActionForm(onReload);
  async function submit() {
    const next = await form.run(
      () => api.submit(view.id, view.version),
      (error) => (error.fieldErrors.length ? t.application.incomplete : undefined),
    );
    if (next) onDone(next, t.application.done.SUBMIT);
    else void onReload();
  }
  return (
    <>
      <Button variant="primary" busy={form.busy} onClick={() => void submit()}>
        {form.busy ? t.common.saving : t.actions.SUBMIT}
      </Button>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : submit} />}
    </>
  );
}

interface TextActionProps extends ActionProps {
  action: 'PROVIDE_INFORMATION' | 'REQUEST_INFORMATION' | 'REFUSE_ADMISSION';
  /** Keeps this form's field ids apart from the other forms on the page. */
  scope: string;
  title: string;
  fieldName: string;
  fieldLabel: string;
  description?: string;
  submitLabel: string;
  send(text: string): Promise<ApplicationView>;
}

/** An action whose only input is one text (an answer, a question, a reason). */
function TextAction({ action, scope, title, fieldName, fieldLabel, description, submitLabel, send, onDone, onReload }: TextActionProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const { form, stale, reload } = useActionForm(onReload);
  const headingId = `action-${action}`;

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const next = await form.run(() => send(text));
    if (next) {
      setText('');
      onDone(next, t.application.done[action]);
    }
  }

  return (
    <FieldScopeProvider scope={scope}>
      <section className="panel" aria-labelledby={headingId}>
        <h3 className="utrecht-heading-3" id={headingId}>
          {title}
        </h3>
        <ErrorSummary items={form.summary({ [fieldName]: fieldLabel })} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void onSubmit()} />}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextArea name={fieldName} label={fieldLabel} description={description} value={text} onChange={setText} required error={form.fieldErrors[fieldName]} />
          <Button type="submit" variant="primary" busy={form.busy}>
            {form.busy ? t.common.saving : submitLabel}
          </Button>
        </form>
      </section>
    </FieldScopeProvider>
  );
}

function WithdrawAction({ view, onDone, onReload }: ActionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { form, stale, reload } = useActionForm(onReload);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const next = await form.run(() => api.withdraw(view.id, view.version, reason.trim() || undefined));
    if (next) onDone(next, t.application.done.WITHDRAW);
  }

  return (
    <FieldScopeProvider scope="withdraw">
      <section className="panel" aria-labelledby="action-WITHDRAW">
        <h3 className="utrecht-heading-3" id="action-WITHDRAW">
          {t.actions.WITHDRAW}
        </h3>
        {!open ? (
          <Button onClick={() => setOpen(true)} aria-expanded={false}>
            {t.actions.WITHDRAW}
          </Button>
        ) : (
          <>
            <ErrorSummary items={form.summary({ reason: t.actions.withdrawReason })} focusKey={form.focusKey} />
            {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void onSubmit()} />}
            <form className="form" onSubmit={onSubmit} noValidate>
              <p className="utrecht-paragraph">{t.actions.withdrawWarning}</p>
              <TextArea name="reason" label={t.actions.withdrawReason} value={reason} onChange={setReason} rows={3} error={form.fieldErrors.reason} />
              <ButtonGroup>
                <Button type="submit" variant="primary" busy={form.busy}>
                  {form.busy ? t.common.saving : t.actions.withdrawConfirm}
                </Button>
                <Button onClick={() => setOpen(false)}>{t.common.cancel}</Button>
              </ButtonGroup>
            </form>
          </>
        )}
      </section>
    </FieldScopeProvider>
  );
}

/** The secretary's admission: the criteria as the intake answers meet them, the coach, the motivation. */
function AdmitAction({ view, onDone, onReload }: ActionProps) {
  const { t, locale } = useI18n();
  const coaches = useResource(() => api.coaches(), 'coaches');
  const [values, setValues] = useState({ coachId: '', reason: '', internalNote: '' });
  const { form, stale, reload } = useActionForm(onReload);
  const labels = { coachId: t.actions.coach, reason: t.actions.admitReason, internalNote: t.actions.internalNote };

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const next = await form.run(() =>
      api.admit(view.id, {
        version: view.version,
        // No choice goes to the API as it is: it names the field to correct.
        coachId: values.coachId,
        reason: values.reason.trim() || undefined,
        internalNote: values.internalNote.trim() || undefined,
      }),
    );
    if (next) onDone(next, t.application.done.ADMIT);
  }

  return (
    <FieldScopeProvider scope="admit">
      <section className="panel" aria-labelledby="action-ADMIT">
        <h3 className="utrecht-heading-3" id="action-ADMIT">
          {t.actions.ADMIT}
        </h3>
        {view.admissionCriteria && (
          <DataTable caption={t.actions.admissionChecklist} className="criteria" narrow columns={[t.actions.criterion, t.actions.result]}>
            {view.admissionCriteria.map((criterion) => (
              <tr className="utrecht-table__row" key={criterion.code}>
                <td className="utrecht-table__cell">{criterion.label[locale]}</td>
                <td className={`utrecht-table__cell criterion criterion--${criterion.result}`}>
                  <span aria-hidden="true">{criterion.result === 'met' ? '✓ ' : criterion.result === 'not_met' ? '✗ ' : '? '}</span>
                  {t.actions.criterionResults[criterion.result]}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <ErrorSummary items={form.summary(labels)} focusKey={form.focusKey} />
        {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onReload={stale ? reload : undefined} onRetry={stale ? undefined : () => void onSubmit()} />}
        {coaches.error ? (
          <LoadError error={coaches.error} onRetry={coaches.reload} />
        ) : !coaches.data ? (
          <Loading />
        ) : coaches.data.length === 0 ? (
          <p className="utrecht-paragraph">{t.actions.noCoaches}</p>
        ) : (
          <form className="form" onSubmit={onSubmit} noValidate>
            <SelectField
              name="coachId"
              label={labels.coachId}
              value={values.coachId}
              onChange={(coachId) => setValues((v) => ({ ...v, coachId }))}
              placeholder={t.actions.chooseCoach}
              options={coaches.data.map((coach) => ({ value: coach.id, label: t.actions.coachOption(coach.name, coach.caseload) }))}
              required
              error={form.fieldErrors.coachId}
            />
            <TextArea name="reason" label={labels.reason} description={t.actions.admitReasonHint} value={values.reason} onChange={(reason) => setValues((v) => ({ ...v, reason }))} rows={3} error={form.fieldErrors.reason} />
            <TextArea name="internalNote" label={labels.internalNote} value={values.internalNote} onChange={(internalNote) => setValues((v) => ({ ...v, internalNote }))} rows={3} error={form.fieldErrors.internalNote} />
            <Button type="submit" variant="primary" busy={form.busy}>
              {form.busy ? t.common.saving : t.actions.admitSubmit}
            </Button>
          </form>
        )}
      </section>
    </FieldScopeProvider>
  );
}

function IntakeData({ view, themes }: { view: ApplicationView; themes: Theme[] }) {
  const { t, locale, formatNumber } = useI18n();
  const text = (value: string | null | undefined) => (value && value.trim() ? value : t.common.notFilledIn);
  const yesNo = (value: boolean | null) => (value === null ? t.common.notFilledIn : value ? t.common.yes : t.common.no);
  const number = (value: number | null) => (value === null ? t.common.notFilledIn : formatNumber(value));
  const themeNames = view.themes.map((slug) => {
    const theme = themes.find((candidate) => candidate.slug === slug);
    return theme ? (locale === 'nl' ? theme.nameNl : theme.nameEn) : slug;
  });
  const f = t.wizard.fields;
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows">
      <Row name={f.organisation}>{text(view.organisation)}</Row>
      <Row name={f.contactName}>{text(view.contactName)}</Row>
      <Row name={f.contactEmail}>{text(view.contactEmail)}</Row>
      <Row name={f.contactPhone}>{text(view.contactPhone)}</Row>
      <Row name={f.summary}>{text(view.summary)}</Row>
      <Row name={f.goal}>{text(view.goal)}</Row>
      <Row name={f.targetGroup}>{text(view.targetGroup)}</Row>
      <Row name={f.approach}>{text(view.approach)}</Row>
      <Row name={f.themes}>{themeNames.length ? themeNames.join(', ') : t.common.notFilledIn}</Row>
      <Row name={f.yearsInPractice}>{number(view.yearsInPractice)}</Row>
      <Row name={f.organisationsCount}>{number(view.organisationsCount)}</Row>
      <Row name={f.hasHandbook}>{yesNo(view.hasHandbook)}</Row>
      {view.hasHandbook !== false && <Row name={f.handbookInDutch}>{yesNo(view.handbookInDutch)}</Row>}
      <Row name={f.hasProcessEvaluation}>{yesNo(view.hasProcessEvaluation)}</Row>
    </dl>
  );
}

/** Links to the werkblad (in the description phase) and the documents (while they may change). */
function WerkbladLinks({ view }: { view: ApplicationView }) {
  const { t } = useI18n();
  const werkblad = view.state === 'description';
  const documents = view.documentsOpen;
  if (!werkblad && !documents) return null;
  return (
    <section aria-labelledby="werkblad-links-heading" className="section">
      <h2 className="utrecht-heading-2" id="werkblad-links-heading">
        {werkblad ? t.werkblad.heading : t.werkblad.openDocuments}
      </h2>
      <ButtonGroup>
        {werkblad && (
          <ButtonLink to={`/aanmeldingen/${view.id}/werkblad`} variant="primary">
            {t.werkblad.openWerkblad}
          </ButtonLink>
        )}
        {documents && <ButtonLink to={`/aanmeldingen/${view.id}/documenten`}>{t.werkblad.openDocuments}</ButtonLink>}
      </ButtonGroup>
    </section>
  );
}

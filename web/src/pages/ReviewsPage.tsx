import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import { reviewApi, type ReviewForm, type ReviewerInvitation } from '../api/review-api';
import { StatusMessage } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary, FieldScopeProvider, type SummaryItem } from '../components/ErrorSummary';
import { FormError } from '../components/FormError';
import { LoadError, Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { TextArea, TextField, YesNo } from '../components/fields';
import { useI18n } from '../i18n/i18n';
import { errorMessage, toFieldErrors, type FieldErrors } from '../lib/field-errors';
import { useResource } from '../lib/use-resource';
import '../review.css';

interface Overview {
  invitations: ReviewerInvitation[];
  /** The reviewer's own review per application on whose panel they are (null if it cannot be read). */
  reviews: Record<string, ReviewForm | null>;
}

async function loadOverview(): Promise<Overview> {
  const invitations = await reviewApi.invitations();
  const onPanel = invitations.filter((invitation) => invitation.status === 'accepted' && invitation.memberStatus === 'active');
  const reviews: Record<string, ReviewForm | null> = {};
  await Promise.all(
    onPanel.map(async (invitation) => {
      reviews[invitation.application.id] = await reviewApi.mine(invitation.application.id).catch(() => null);
    }),
  );
  return { invitations, reviews };
}

/** The reviewer's invitations (answer pending ones), the applications on their panels and their submitted reviews. */
export function ReviewsPage() {
  const { t } = useI18n();
  const overview = useResource(loadOverview, 'reviews');
  const [notice, setNotice] = useState<string | null>(null);
  const data = overview.data;

  const pending = data?.invitations.filter((invitation) => invitation.status === 'pending') ?? [];
  const answered = data?.invitations.filter((invitation) => invitation.status !== 'pending' && !(invitation.status === 'accepted' && invitation.memberStatus === 'active')) ?? [];
  const onPanel = data?.invitations.filter((invitation) => invitation.status === 'accepted' && invitation.memberStatus === 'active') ?? [];
  const submitted = onPanel.filter((invitation) => data?.reviews[invitation.application.id]?.status === 'submitted');
  const open = onPanel.filter((invitation) => data?.reviews[invitation.application.id]?.status !== 'submitted');

  async function onAnswered(message: string) {
    setNotice(message);
    await overview.reload();
  }

  return (
    <>
      <PageHeading>{t.review.title}</PageHeading>
      <p className="utrecht-paragraph">{t.review.intro}</p>
      <StatusMessage>{notice}</StatusMessage>
      {overview.error ? (
        <LoadError error={overview.error} onRetry={overview.reload} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          <InvitationSection
            id="invitations-title"
            title={t.review.invitationsTitle}
            empty={t.review.noInvitations}
            invitations={pending}
            answered={answered.length > 0 && <CardList invitations={answered}>{(invitation) => <InvitationFacts invitation={invitation} />}</CardList>}
          >
            {(invitation) => <InvitationCard invitation={invitation} onAnswered={onAnswered} />}
          </InvitationSection>
          <InvitationSection id="panels-title" title={t.review.panelsTitle} empty={t.review.noPanels} invitations={open}>
            {(invitation) => <PanelCard invitation={invitation} review={data.reviews[invitation.application.id] ?? null} />}
          </InvitationSection>
          <InvitationSection id="past-title" title={t.review.pastTitle} empty={t.review.noPast} invitations={submitted}>
            {(invitation) => <PanelCard invitation={invitation} review={data.reviews[invitation.application.id] ?? null} />}
          </InvitationSection>
        </>
      )}
    </>
  );
}

interface CardListProps {
  invitations: ReviewerInvitation[];
  children(invitation: ReviewerInvitation): ReactNode;
}

function CardList({ invitations, children }: CardListProps) {
  return (
    <ul className="card-list">
      {invitations.map((invitation) => (
        <li key={invitation.id} className="card">
          {children(invitation)}
        </li>
      ))}
    </ul>
  );
}

/** A headed list of invitation cards, or a sentence when there are none; `answered` follows the list. */
function InvitationSection({ id, title, empty, invitations, answered, children }: CardListProps & { id: string; title: string; empty: string; answered?: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {invitations.length === 0 ? <p className="utrecht-paragraph">{empty}</p> : <CardList invitations={invitations}>{children}</CardList>}
      {answered}
    </section>
  );
}

function InvitationFacts({ invitation }: { invitation: ReviewerInvitation }) {
  const { t, formatDate } = useI18n();
  const { application } = invitation;
  return (
    <>
      <h3 className="utrecht-heading-3 card__title">{application.name}</h3>
      <dl className="card__facts">
        <dt>{t.review.reference}</dt>
        <dd>{application.reference}</dd>
        <dt>{t.review.targetLevel}</dt>
        <dd>{t.levels[application.targetLevel]}</dd>
        <dt>{t.review.status}</dt>
        <dd>{t.review.invitationStatus[invitation.status] ?? invitation.status}</dd>
      </dl>
      {invitation.status === 'pending' && invitation.responseDueAt && (
        <p className="utrecht-paragraph">{t.review.respondBy(formatDate(invitation.responseDueAt))}</p>
      )}
    </>
  );
}

function InvitationCard({ invitation, onAnswered }: { invitation: ReviewerInvitation; onAnswered(message: string): Promise<void> }) {
  const { t, formatDate } = useI18n();
  const { application } = invitation;
  return (
    <article aria-labelledby={`invitation-${invitation.id}`}>
      <h3 id={`invitation-${invitation.id}`} className="utrecht-heading-3 card__title">
        {application.name}
      </h3>
      <dl className="card__facts">
        <dt>{t.review.reference}</dt>
        <dd>{application.reference}</dd>
        <dt>{t.review.targetLevel}</dt>
        <dd>{t.levels[application.targetLevel]}</dd>
        <dt>{t.review.roleLabel}</dt>
        <dd>{t.review.kind[invitation.kind] ?? invitation.kind}</dd>
        {application.organisation && (
          <>
            <dt>{t.review.organisation}</dt>
            <dd>{application.organisation}</dd>
          </>
        )}
      </dl>
      {application.summary && (
        <>
          <h4 className="utrecht-heading-4">{t.review.summary}</h4>
          <p className="utrecht-paragraph">{application.summary}</p>
        </>
      )}
      {invitation.responseDueAt && <p className="utrecht-paragraph">{t.review.respondBy(formatDate(invitation.responseDueAt))}</p>}
      <p className="utrecht-paragraph">{t.review.timeAsked(invitation.reviewWorkingDays)}</p>
      <p className="utrecht-paragraph">{t.review.dossierAfterAccepting}</p>
      <FieldScopeProvider scope={`accept-${invitation.id}`}>
        <AcceptForm invitation={invitation} onAnswered={onAnswered} />
      </FieldScopeProvider>
      <FieldScopeProvider scope={`decline-${invitation.id}`}>
        <DeclineForm invitation={invitation} onAnswered={onAnswered} />
      </FieldScopeProvider>
    </article>
  );
}

function useAnswer() {
  const { t, locale } = useI18n();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [busy, setBusy] = useState(false);
  function refuse(next: FieldErrors) {
    setErrors(next);
    setFocusKey((key) => key + 1);
  }
  async function run(action: () => Promise<void>) {
    setBusy(true);
    setFormError(null);
    try {
      await action();
    } catch (error) {
      if (error instanceof ApiError && error.fieldErrors.length) refuse(toFieldErrors(error.fieldErrors, locale));
      else {
        setFormError(errorMessage(error, t));
        setFocusKey((key) => key + 1);
      }
    } finally {
      setBusy(false);
    }
  }
  return { errors, formError, focusKey, busy, refuse, run, setErrors };
}

function AcceptForm({ invitation, onAnswered }: { invitation: ReviewerInvitation; onAnswered(message: string): Promise<void> }) {
  const { t } = useI18n();
  const [conflict, setConflict] = useState<boolean | null>(null);
  const [description, setDescription] = useState('');
  const answer = useAnswer();
  const items: SummaryItem[] = Object.entries(answer.errors).map(([field, message]) => ({
    field,
    message,
    label: field === 'conflictDescription' ? t.review.conflictDescription : t.review.conflictLabel,
  }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (conflict === null) errors.conflictOfInterest = t.errors.choose;
    if (conflict && !description.trim()) errors.conflictDescription = t.errors.required;
    if (Object.keys(errors).length) return answer.refuse(errors);
    answer.setErrors({});
    await answer.run(async () => {
      const result = await reviewApi.accept(invitation.id, conflict ? { conflictOfInterest: true, conflictDescription: description } : { conflictOfInterest: false });
      await onAnswered(result.status === 'conflict' ? t.review.conflictRecorded : t.review.accepted);
    });
  }

  return (
    // Not a named landmark: two invitations for applications of one name (a re-assessment) would give two landmarks of one name.
    <form className="review-answer" noValidate onSubmit={onSubmit}>
      <h4 id={`accept-title-${invitation.id}`} className="utrecht-heading-4">
        {t.review.acceptTitle}
      </h4>
      <ErrorSummary items={items} focusKey={answer.focusKey} />
      {answer.formError && <FormError message={answer.formError} focusKey={answer.focusKey} />}
      <YesNo
        name="conflictOfInterest"
        label={t.review.conflictLabel}
        description={t.review.conflictHint}
        required
        value={conflict}
        onChange={setConflict}
        error={answer.errors.conflictOfInterest}
      />
      {conflict && (
        <TextArea
          name="conflictDescription"
          label={t.review.conflictDescription}
          required
          rows={3}
          value={description}
          onChange={setDescription}
          error={answer.errors.conflictDescription}
        />
      )}
      <Button type="submit" variant="primary" busy={answer.busy}>
        {t.review.accept}
      </Button>
    </form>
  );
}

function DeclineForm({ invitation, onAnswered }: { invitation: ReviewerInvitation; onAnswered(message: string): Promise<void> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [colleague, setColleague] = useState('');
  const answer = useAnswer();
  const items: SummaryItem[] = Object.entries(answer.errors).map(([field, message]) => ({
    field,
    message,
    label: field === 'suggestedColleague' ? t.review.suggestedColleague : t.review.declineReason,
  }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (reason.trim().length < 3) errors.reason = reason.trim() ? t.errors.minLength(3) : t.errors.required;
    if (colleague.trim().length > 300) errors.suggestedColleague = t.errors.maxLength(300);
    if (Object.keys(errors).length) return answer.refuse(errors);
    answer.setErrors({});
    await answer.run(async () => {
      await reviewApi.decline(invitation.id, reason, colleague.trim() || undefined);
      await onAnswered(t.review.declined);
    });
  }

  return (
    // Not a named landmark: two invitations for applications of one name (a re-assessment) would give two landmarks of one name.
    <form className="review-answer" noValidate onSubmit={onSubmit}>
      <h4 id={`decline-title-${invitation.id}`} className="utrecht-heading-4">
        {t.review.declineTitle}
      </h4>
      <ErrorSummary items={items} focusKey={answer.focusKey} />
      {answer.formError && <FormError message={answer.formError} focusKey={answer.focusKey} />}
      <TextArea name="reason" label={t.review.declineReason} required rows={3} value={reason} onChange={setReason} error={answer.errors.reason} />
      <TextField
        name="suggestedColleague"
        label={t.review.suggestedColleague}
        description={t.review.suggestedColleagueHint}
        value={colleague}
        onChange={setColleague}
        error={answer.errors.suggestedColleague}
      />
      <Button type="submit" busy={answer.busy}>
        {t.review.decline}
      </Button>
    </form>
  );
}

function PanelCard({ invitation, review }: { invitation: ReviewerInvitation; review: ReviewForm | null }) {
  const { t, formatDate } = useI18n();
  const { application } = invitation;
  const status =
    review === null || review.lock?.reason === 'panel_incomplete'
      ? null
      : review.status === 'submitted'
        ? t.review.reviewStatus.submitted
        : review.saved
          ? t.review.reviewStatus.draft
          : t.review.reviewStatus.notStarted;
  return (
    <>
      <h3 className="utrecht-heading-3 card__title">
        <Link className="utrecht-link" to={`/beoordelingen/${application.id}`}>
          {application.name}
        </Link>
      </h3>
      <dl className="card__facts">
        <dt>{t.review.reference}</dt>
        <dd>{application.reference}</dd>
        <dt>{t.review.targetLevel}</dt>
        <dd>{t.levels[application.targetLevel]}</dd>
        {invitation.letter && (
          <>
            <dt>{t.review.kind[invitation.kind] ?? invitation.kind}</dt>
            <dd>{t.review.letter(invitation.letter)}</dd>
          </>
        )}
        <dt>{t.review.reviewStatusLabel}</dt>
        <dd>
          {status ?? t.review.waitingForPanel}
          {review?.submittedAt ? ` (${formatDate(review.submittedAt)})` : ''}
        </dd>
      </dl>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/beoordelingen/${application.id}/dossier`}>
          {t.review.openMaterialFor(application.name)}
        </Link>
      </p>
    </>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { ApiError, api } from '../api/client';
import { panelApi, type PanelView, type ReviewerKind, type StaffInvitation } from '../api/panel-api';
import type { ApplicationView } from '../api/types';
import { BackLink } from '../components/BackLink';
import { Button, ButtonGroup } from '../components/Button';
import { useConfirmation } from '../components/Confirmation';
import { DataTable } from '../components/DataTable';
import { ErrorSummary, FieldScopeProvider } from '../components/ErrorSummary';
import { LoadError, Loading } from '../components/Loading';
import { OrderButtons, moveItem, orderKeys } from '../components/OrderButtons';
import { PageHeading } from '../components/PageHeading';
import { PanelSuggestions } from '../components/PanelSuggestions';
import { usePanelAction } from '../components/PanelActionError';
import { StatusBadge } from '../components/StatusBadge';
import { TextArea } from '../components/fields';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { NotFoundPage } from './NotFoundPage';

/** States in which the panel can change (src/panels/panels.service.ts COMPOSING_STATES). */
export const COMPOSING_STATES = ['panelComposition', 'underReview'];

const KINDS: ReviewerKind[] = ['science', 'practice'];

/**
 * The secretary composes an application's review panel: the rule for the target level, the seats
 * and every invitation with its dates, ranked suggestions per kind (and who cannot be invited and
 * why), the reserve list; invite, withdraw, remove. Only what the state allows is offered.
 */
export function PanelPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const application = useResource(() => api.application(id), `application-${id}`);
  const panel = useResource(() => panelApi.panel(id), `panel-${id}`);
  const composing = !!panel.data && COMPOSING_STATES.includes(panel.data.state);
  const suggestions = useResource(() => (composing ? panelApi.suggestions(id) : Promise.resolve(null)), `suggestions-${id}-${composing}`);
  const confirmation = useConfirmation();

  const notFound = [application.error, panel.error].some((error) => error instanceof ApiError && (error.status === 404 || error.status === 403));
  if (notFound) return <NotFoundPage kind="application" />;
  const view = application.data;
  const data = panel.data;
  if (!view || !data) {
    const error = application.error ?? panel.error;
    return (
      <>
        <PageHeading>{t.panel.loadingTitle}</PageHeading>
        {error ? <LoadError error={error} onRetry={() => void Promise.all([application.reload(), panel.reload()])} /> : <Loading />}
      </>
    );
  }

  async function done(message: string, next?: PanelView) {
    if (next) panel.setData(next);
    await Promise.all([next ? null : panel.reload(), application.reload(), suggestions.reload()]);
    confirmation.confirm(message);
  }
  const reload = async () => {
    await Promise.all([panel.reload(), application.reload(), suggestions.reload()]);
  };

  const name = (invitation: Pick<StaffInvitation, 'reviewerName'>) => invitation.reviewerName ?? t.panel.noName;

  return (
    <>
      <PageHeading title={t.panel.title(view.name)}>{t.panel.title(view.name)}</PageHeading>
      <BackLink to={`/aanmeldingen/${id}`}>{t.panel.backToApplication}</BackLink>
      {confirmation.status}
      <dl className="card__facts panel-facts">
        <dt>{t.panel.reference}</dt>
        <dd>{view.reference}</dd>
        <dt>{t.panel.targetLevel}</dt>
        <dd>{label(t.levels, view.targetLevel)}</dd>
        <dt>{t.panel.status}</dt>
        <dd>
          <StatusBadge state={view.state} />
        </dd>
        <dt>{t.panel.round}</dt>
        <dd>{data.reviewRound}</dd>
      </dl>

      <Composition panel={data} />

      {view.allowedActions.includes('START_PANEL_COMPOSITION') && <StartComposition view={view} onDone={done} onReload={reload} />}
      {!composing && !view.allowedActions.includes('START_PANEL_COMPOSITION') && <p className="utrecht-paragraph">{t.panel.notComposing}</p>}

      <Members panel={data} composing={composing} onDone={done} onReload={reload} />
      <Invitations panel={data} composing={composing} onDone={done} onReload={reload} name={name} />

      {composing && (
        <section aria-labelledby="suggestions-heading" className="section">
          <h2 className="utrecht-heading-2" id="suggestions-heading">
            {t.panel.suggestionsTitle}
          </h2>
          <p className="utrecht-paragraph">{t.panel.suggestionsIntro}</p>
          {suggestions.error ? (
            <LoadError error={suggestions.error} onRetry={suggestions.reload} />
          ) : !suggestions.data ? (
            <Loading />
          ) : (
            <PanelSuggestions applicationId={id} panel={data} suggestions={suggestions.data} onDone={done} onReload={reload} />
          )}
        </section>
      )}

      <Alternates panel={data} composing={composing} onDone={done} onReload={reload} />
    </>
  );
}

interface SectionProps {
  panel: PanelView;
  composing: boolean;
  onDone(message: string, next?: PanelView): Promise<void>;
  onReload(): Promise<void>;
}

/** The rule for the target level and how far the panel is. */
function Composition({ panel }: { panel: PanelView }) {
  const { t } = useI18n();
  const { requirement } = panel;
  const open = (kind: ReviewerKind) => panel.openSlots[kind];
  const totalOpen = KINDS.reduce((sum, kind) => sum + open(kind), 0);
  const kinds = KINDS.filter((kind) => requirement[kind] > 0);
  return (
    <section aria-labelledby="composition-heading" className="section">
      <h2 className="utrecht-heading-2" id="composition-heading">
        {t.panel.ruleTitle}
      </h2>
      <p className="utrecht-paragraph">
        {requirement.decision === 'majority' ? t.panel.rule.majority(requirement.practice) : t.panel.rule.unanimous(requirement.science, requirement.practice)}
      </p>
      <DataTable caption={t.panel.countsCaption} className="criteria" columns={[t.panel.kindColumn, t.panel.required, t.panel.accepted, t.panel.pending, t.panel.open]}>
        {kinds.map((kind) => (
          <tr className="utrecht-table__row" key={kind}>
            <th className="utrecht-table__header-cell" scope="row">
              {label(t.panel.kind, kind)}
            </th>
            <td className="utrecht-table__cell">{requirement[kind]}</td>
            <td className="utrecht-table__cell">{panel.activeCounts[kind]}</td>
            <td className="utrecht-table__cell">{panel.pendingCounts[kind]}</td>
            <td className="utrecht-table__cell">{open(kind)}</td>
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph">
        <strong>{panel.complete ? t.panel.complete : totalOpen === 0 ? t.panel.waitingForAnswers : t.panel.incomplete(totalOpen)}</strong>
      </p>
    </section>
  );
}

function StartComposition({ view, onDone, onReload }: { view: ApplicationView; onDone: SectionProps['onDone']; onReload(): Promise<void> }) {
  const { t } = useI18n();
  const action = usePanelAction(onReload);
  return (
    <section aria-labelledby="start-heading" className="section panel">
      <h2 className="utrecht-heading-2" id="start-heading">
        {t.panel.startTitle}
      </h2>
      <p className="utrecht-paragraph">{t.panel.startIntro}</p>
      {action.error}
      <Button
        variant="primary"
        busy={action.busy('start')}
        onClick={() => void action.run('start', () => panelApi.start(view.id, view.version), (next) => onDone(t.panel.started, next))}
      >
        {t.panel.start}
      </Button>
    </section>
  );
}

function Members({ panel, composing, onDone, onReload }: SectionProps) {
  const { t, formatDate } = useI18n();
  const [removing, setRemoving] = useState<string | null>(null);
  const member = panel.members.find((candidate) => candidate.reviewerId === removing && candidate.status === 'active');
  return (
    <section aria-labelledby="members-heading" className="section">
      <h2 className="utrecht-heading-2" id="members-heading">
        {t.panel.membersTitle}
      </h2>
      {panel.members.length === 0 ? (
        <p className="utrecht-paragraph">{t.panel.noMembers}</p>
      ) : (
        <DataTable caption={t.panel.membersCaption} className="criteria" columns={[t.panel.letter, t.panel.name, t.panel.kindColumn, t.panel.status, t.panel.joinedAt, composing && t.panel.actions]}>
          {panel.members.map((row) => (
            <tr className="utrecht-table__row" key={row.reviewerId}>
              <td className="utrecht-table__cell">{row.letter}</td>
              <th className="utrecht-table__header-cell" scope="row">
                {row.name ?? t.panel.noName}
                {row.email && <div className="panel-cell-detail">{row.email}</div>}
              </th>
              <td className="utrecht-table__cell">{label(t.panel.kind, row.kind)}</td>
              <td className="utrecht-table__cell">
                {label(t.panel.memberStatus, row.status)}
                {row.removedAt && <div className="panel-cell-detail">{t.panel.removedOn(formatDate(row.removedAt))}</div>}
                {row.removalReason && <div className="panel-cell-detail">{row.removalReason}</div>}
              </td>
              <td className="utrecht-table__cell">{formatDate(row.joinedAt)}</td>
              {composing && (
                <td className="utrecht-table__cell">
                  {row.status === 'active' && (
                    <Button onClick={() => setRemoving(row.reviewerId)} aria-expanded={removing === row.reviewerId}>
                      {t.panel.remove}
                      <span className="visually-hidden"> {row.name ?? ''}</span>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {composing && member && (
        <RemoveMember
          key={member.reviewerId}
          applicationId={panel.applicationId}
          reviewerId={member.reviewerId}
          name={member.name ?? t.panel.noName}
          onCancel={() => setRemoving(null)}
          onDone={async (message, next) => {
            setRemoving(null);
            await onDone(message, next);
          }}
          onReload={onReload}
        />
      )}
    </section>
  );
}

function RemoveMember(props: { applicationId: string; reviewerId: string; name: string; onCancel(): void; onDone: SectionProps['onDone']; onReload(): Promise<void> }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const action = usePanelAction(props.onReload);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    await action.run(
      'remove',
      () => panelApi.removeMember(props.applicationId, props.reviewerId, reason.trim() || undefined),
      (next) => props.onDone(t.panel.removed(props.name), next),
    );
  }

  return (
    <FieldScopeProvider scope="remove-member">
      <section className="panel" aria-labelledby="remove-member-heading">
        <h3 className="utrecht-heading-3" id="remove-member-heading" tabIndex={-1} ref={(element) => {
          // Opening the form moves the focus to it, so the choice that was made is announced.
          if (element && headingRef.current !== element) {
            headingRef.current = element;
            element.focus();
          }
        }}>
          {t.panel.removeTitle(props.name)}
        </h3>
        <p className="utrecht-paragraph">{t.panel.removeWarning}</p>
        <ErrorSummary items={action.summary({ reason: t.panel.removeReason })} focusKey={action.focusKey} />
        {action.error}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextArea name="reason" label={t.panel.removeReason} value={reason} onChange={setReason} rows={3} error={action.fieldErrors.reason} />
          <ButtonGroup>
            <Button type="submit" variant="primary" busy={action.busy('remove')}>
              {t.panel.removeConfirm}
            </Button>
            <Button onClick={props.onCancel}>{t.common.cancel}</Button>
          </ButtonGroup>
        </form>
      </section>
    </FieldScopeProvider>
  );
}

function Invitations({ panel, composing, onDone, onReload, name }: SectionProps & { name(invitation: StaffInvitation): string }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const action = usePanelAction(onReload);
  const invitations = [...panel.invitations].reverse();
  return (
    <section aria-labelledby="invitations-heading" className="section">
      <h2 className="utrecht-heading-2" id="invitations-heading">
        {t.panel.invitationsTitle}
      </h2>
      {action.error}
      {invitations.length === 0 ? (
        <p className="utrecht-paragraph">{t.panel.noInvitations}</p>
      ) : (
        <DataTable caption={t.panel.invitationsCaption} className="criteria" columns={[t.panel.reviewer, t.panel.kindColumn, t.panel.invitationStatusLabel, t.panel.invitedAt, t.panel.respondBy, t.panel.answer, composing && t.panel.actions]}>
          {invitations.map((invitation) => (
            <tr className="utrecht-table__row" key={invitation.id} data-invitation={invitation.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {name(invitation)}
              </th>
              <td className="utrecht-table__cell">{label(t.panel.kind, invitation.kind)}</td>
              <td className="utrecht-table__cell">{label(t.panel.invitationStatus, invitation.status)}</td>
              <td className="utrecht-table__cell">
                {formatDateTime(invitation.invitedAt)}
                {invitation.viaAlternate && <div className="panel-cell-detail">{t.panel.viaAlternate}</div>}
              </td>
              <td className="utrecht-table__cell">{formatDateTime(invitation.responseDueAt)}</td>
              <td className="utrecht-table__cell">
                {invitation.respondedAt
                  ? t.panel.answeredOn(formatDate(invitation.respondedAt))
                  : invitation.closedAt
                    ? t.panel.closedOn(formatDate(invitation.closedAt))
                    : null}
                {invitation.declineReason && <div className="panel-cell-detail preserve-lines">{t.panel.declineReason(invitation.declineReason)}</div>}
                {invitation.suggestedColleague && <div className="panel-cell-detail preserve-lines">{t.panel.suggestedColleague(invitation.suggestedColleague)}</div>}
                {invitation.conflictDescription && <div className="panel-cell-detail preserve-lines">{t.panel.conflict(invitation.conflictDescription)}</div>}
              </td>
              {composing && (
                <td className="utrecht-table__cell">
                  {invitation.status === 'pending' && (
                    <Button
                      busy={action.busy(invitation.id)}
                      onClick={() =>
                        void action.run(
                          invitation.id,
                          () => panelApi.withdrawInvitation(panel.applicationId, invitation.id),
                          (next) => onDone(t.panel.withdrawn(name(invitation)), next),
                        )
                      }
                    >
                      {t.panel.withdraw}
                      <span className="visually-hidden"> {name(invitation)}</span>
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** The reserve list: waiting alternates can be reordered and taken off; the rest is history. */
function Alternates({ panel, composing, onDone, onReload }: SectionProps) {
  const { t } = useI18n();
  const action = usePanelAction(onReload);
  const waiting = panel.alternates.filter((alternate) => alternate.status === 'waiting').sort((a, b) => a.rank - b.rank);
  const others = panel.alternates.filter((alternate) => alternate.status !== 'waiting');
  const rows = [...waiting, ...others];

  function save(key: string, next: typeof waiting) {
    return action.run(
      key,
      () => panelApi.setAlternates(panel.applicationId, next.map((alternate) => ({ reviewerId: alternate.reviewerId, kind: alternate.kind }))),
      (view) => onDone(t.panel.alternatesSaved, view),
    );
  }
  function move(index: number, delta: number) {
    return save(orderKeys.move(waiting[index].id, delta), moveItem(waiting, index, delta));
  }

  return (
    <section aria-labelledby="alternates-heading" className="section">
      <h2 className="utrecht-heading-2" id="alternates-heading">
        {t.panel.alternatesTitle}
      </h2>
      <p className="utrecht-paragraph">{t.panel.alternatesIntro}</p>
      {action.error}
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t.panel.noAlternates}</p>
      ) : (
        <DataTable caption={t.panel.alternatesCaption} className="criteria" columns={[t.panel.rank, t.panel.name, t.panel.kindColumn, t.panel.status, composing && t.panel.actions]}>
          {rows.map((alternate) => {
            const index = waiting.indexOf(alternate);
            const name = alternate.name ?? t.panel.noName;
            return (
              <tr className="utrecht-table__row" key={alternate.id}>
                <td className="utrecht-table__cell">{index >= 0 ? index + 1 : '–'}</td>
                <th className="utrecht-table__header-cell" scope="row">
                  {name}
                </th>
                <td className="utrecht-table__cell">{label(t.panel.kind, alternate.kind)}</td>
                <td className="utrecht-table__cell">
                  {label(t.panel.alternateStatus, alternate.status)}
                  {alternate.skipReason && (
                    <div className="panel-cell-detail">
                      {t.panel.skipped(
                        alternate.skipReason
                          .split(', ')
                          .map((code) => label(t.panel.reason, code))
                          .join(', '),
                      )}
                    </div>
                  )}
                </td>
                {composing && (
                  <td className="utrecht-table__cell">
                    {index >= 0 && (
                      <OrderButtons
                        action={action}
                        id={alternate.id}
                        name={name}
                        index={index}
                        count={waiting.length}
                        labels={{ up: t.panel.moveUp, down: t.panel.moveDown, remove: t.panel.removeAlternate }}
                        onMove={(delta) => move(index, delta)}
                        onRemove={() => save(orderKeys.remove(alternate.id), waiting.filter((other) => other !== alternate))}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

import { useState } from 'react';
import { api } from '../api/client';
import { notifyApi, type MailPreview } from '../api/notify-api';
import { panelApi, type PanelView, type ReviewerKind, type Suggestion, type Suggestions } from '../api/panel-api';
import { label, useI18n } from '../i18n/i18n';
import { useResource } from '../lib/use-resource';
import { Button } from './Button';
import { DataTable } from './DataTable';
import { MailPreviewBox } from './MailPreviewBox';
import { usePanelAction } from './PanelActionError';

const KINDS: ReviewerKind[] = ['science', 'practice'];

interface Props {
  applicationId: string;
  panel: PanelView;
  suggestions: Suggestions;
  onDone(message: string, next?: PanelView): Promise<void>;
  onReload(): Promise<void>;
}

/**
 * Ranked reviewer suggestions per kind the level needs (score, themes, load, availability), with
 * invite and add-to-reserve; then everyone who cannot be invited, with the reasons.
 */
export function PanelSuggestions({ applicationId, panel, suggestions, onDone, onReload }: Props) {
  const { t, locale, formatNumber } = useI18n();
  const themes = useResource(() => api.themes(), 'themes');
  const action = usePanelAction(onReload);
  const themeName = (slug: string) => {
    const theme = themes.data?.find((candidate) => candidate.slug === slug);
    return theme ? (locale === 'nl' ? theme.nameNl : theme.nameEn) : slug;
  };
  const waiting = panel.alternates.filter((alternate) => alternate.status === 'waiting').sort((a, b) => a.rank - b.rank);
  const kinds = KINDS.filter((kind) => suggestions.requirement[kind] > 0);

  // Inviting mails the reviewer: first the mail exactly as it will go, then the secretary sends it.
  const [checking, setChecking] = useState<{ suggestion: Suggestion; preview: MailPreview } | null>(null);
  function check(suggestion: Suggestion) {
    return action.run(`invite-${suggestion.reviewerId}`, () => notifyApi.previewInvitation(applicationId, suggestion.reviewerId, suggestion.kind), (preview) => {
      setChecking({ suggestion, preview });
      window.setTimeout(() => document.getElementById('mail-preview-title')?.focus(), 0);
      return Promise.resolve();
    });
  }
  function invite(suggestion: Suggestion) {
    return action.run(`send-${suggestion.reviewerId}`, () => panelApi.invite(applicationId, suggestion.reviewerId, suggestion.kind), () => {
      setChecking(null);
      return onDone(t.panel.invited(suggestion.name));
    });
  }
  function addAlternate(suggestion: Suggestion) {
    const next = [...waiting.map((alternate) => ({ reviewerId: alternate.reviewerId, kind: alternate.kind })), { reviewerId: suggestion.reviewerId, kind: suggestion.kind }];
    return action.run(`alternate-${suggestion.reviewerId}`, () => panelApi.setAlternates(applicationId, next), (view) => onDone(t.panel.alternatesSaved, view));
  }

  return (
    <>
      {action.error}
      {checking && (
        <div className="invite-check">
          <MailPreviewBox preview={checking.preview} title={t.notify.inviteCheckTitle(checking.suggestion.name)} />
          <p className="utrecht-paragraph">{t.notify.inviteCheckIntro}</p>
          <div className="utrecht-button-group utrecht-button-group--row">
            <Button variant="primary" busy={action.busy(`send-${checking.suggestion.reviewerId}`)} onClick={() => void invite(checking.suggestion)}>
              {t.notify.sendInvitation}
            </Button>
            <Button onClick={() => setChecking(null)}>{t.notify.cancel}</Button>
          </div>
        </div>
      )}
      {kinds.map((kind) => {
        const rows = suggestions.suggestions.filter((suggestion) => suggestion.kind === kind);
        const open = suggestions.openSlots[kind] > 0;
        const captionId = `suggestions-${kind}`;
        return (
          <div key={kind} className="panel-suggestions">
            <h3 className="utrecht-heading-3" id={captionId}>
              {label(t.panel.kind, kind)}
            </h3>
            {!open && <p className="utrecht-paragraph">{t.panel.noPlace}</p>}
            {rows.length === 0 ? (
              <p className="utrecht-paragraph">{t.panel.noSuggestions}</p>
            ) : (
              <DataTable caption={t.panel.suggestionsCaption(label(t.panel.kind, kind))} className="criteria" columns={[t.panel.rank, t.panel.name, t.panel.score, t.panel.themes, t.panel.load, t.panel.availability, t.panel.actions]}>
                {rows.map((suggestion, index) => {
                  const reserve = waiting.some((alternate) => alternate.reviewerId === suggestion.reviewerId);
                  return (
                    <tr className="utrecht-table__row" key={suggestion.reviewerId} data-reviewer={suggestion.reviewerId}>
                      <td className="utrecht-table__cell">{index + 1}</td>
                      <th className="utrecht-table__header-cell" scope="row">
                        {suggestion.name}
                        {suggestion.organisation && <div className="panel-cell-detail">{suggestion.organisation}</div>}
                      </th>
                      <td className="utrecht-table__cell">{formatNumber(suggestion.score.total)}</td>
                      <td className="utrecht-table__cell">
                        {suggestion.themes.map(themeName).join(', ') || '–'}
                        <div className="panel-cell-detail">{t.panel.matched(suggestion.matchedThemes.length, suggestions.themes.length)}</div>
                      </td>
                      <td className="utrecht-table__cell">
                        {t.panel.loadText(suggestion.load.current, suggestion.load.max)}
                        <div className="panel-cell-detail">{t.panel.loadDetail(suggestion.load.pendingInvitations, suggestion.load.openAssignments)}</div>
                      </td>
                      <td className="utrecht-table__cell">
                        {suggestion.unavailableToday && <strong>{t.panel.awayToday}. </strong>}
                        {t.panel.availabilityText(Math.round(suggestion.score.availability * 100))}
                      </td>
                      <td className="utrecht-table__cell">
                        <div className="utrecht-button-group utrecht-button-group--row">
                          {suggestion.kindNeeded && (
                            <Button variant="primary" busy={action.busy(`invite-${suggestion.reviewerId}`)} onClick={() => void check(suggestion)}>
                              {t.panel.invite}
                              <span className="visually-hidden"> {suggestion.name}</span>
                            </Button>
                          )}
                          {reserve ? (
                            <span>{t.panel.onAlternates}</span>
                          ) : (
                            <Button busy={action.busy(`alternate-${suggestion.reviewerId}`)} onClick={() => void addAlternate(suggestion)}>
                              {t.panel.addAlternate}
                              <span className="visually-hidden"> {suggestion.name}</span>
                            </Button>
                          )}
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </DataTable>
            )}
          </div>
        );
      })}

      <h3 className="utrecht-heading-3" id="excluded-heading">
        {t.panel.excludedTitle}
      </h3>
      {suggestions.excluded.length === 0 ? (
        <p className="utrecht-paragraph">{t.panel.noExcluded}</p>
      ) : (
        <DataTable caption={t.panel.excludedCaption} className="criteria panel-excluded" columns={[t.panel.name, t.panel.kindColumn, t.panel.reasons]}>
          {suggestions.excluded.map((excluded) => (
            <tr className="utrecht-table__row" key={excluded.reviewerId} data-reviewer={excluded.reviewerId}>
              <th className="utrecht-table__header-cell" scope="row">
                {excluded.name}
              </th>
              <td className="utrecht-table__cell">{excluded.kind ? label(t.panel.kind, excluded.kind) : t.panel.unknownKind}</td>
              <td className="utrecht-table__cell">
                {excluded.reasons.length === 1 ? (
                  label(t.panel.reason, excluded.reasons[0].code)
                ) : (
                  <ul className="utrecht-unordered-list">
                    {excluded.reasons.map((reason) => (
                      <li key={reason.code}>{label(t.panel.reason, reason.code)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

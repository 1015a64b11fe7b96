import { label, useI18n } from '../i18n/i18n';

const tone: Record<string, string> = {
  draft: 'neutral',
  notAdmitted: 'danger',
  withdrawn: 'inactive',
  'decided.notRecognised': 'danger',
  'decided.recognised': 'success',
  'published.listed': 'success',
  lapsed: 'inactive',
  expired: 'inactive',
};

/** The application's state in words (never colour alone). */
export function StatusBadge({ state }: { state: string }) {
  const { t } = useI18n();
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone[state] ?? 'active'} status-badge`}>{label(t.states, state)}</span>;
}

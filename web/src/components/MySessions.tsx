import { useCallback, useEffect, useState } from 'react';
import { accountApi, type SessionView } from '../api/account-api';
import { StatusMessage } from './Alert';
import { Button } from './Button';
import { DataTable } from './DataTable';
import { FormError } from './FormError';
import { Loading } from './Loading';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import '../account.css';

/** The signed-in user's live sessions, with a button to end each (the current one signs out here). */
export function MySessions() {
  const { t, locale } = useI18n();
  const s = t.account.sessions;
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [ended, setEnded] = useState(false);
  const form = useFormErrors();
  const when = (iso: string) => new Date(iso).toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const load = useCallback(() => accountApi.sessions().then(setSessions, (error: unknown) => form.fail(error)), [form.fail]);
  useEffect(() => {
    void load();
  }, [load]);

  async function end(session: SessionView) {
    setEnded(false);
    if ((await form.run(() => accountApi.endSession(session.id).then(() => true))) === true) {
      setEnded(true);
      await load();
    }
  }

  return (
    <section aria-labelledby="my-sessions-heading">
      <h2 className="utrecht-heading-2" id="my-sessions-heading">
        {s.title}
      </h2>
      <p className="utrecht-paragraph">{s.intro}</p>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      <StatusMessage>{ended ? s.ended : null}</StatusMessage>
      {sessions === null ? (
        <Loading />
      ) : (
        <DataTable caption={s.caption} columns={[s.device, s.createdAt, s.lastSeenAt, s.actions]}>
          {sessions.map((session) => {
            const device = session.userAgent ?? s.unknownDevice;
            return (
              <tr className="utrecht-table__row" key={session.id}>
                <td className="utrecht-table__cell session-device">{device}</td>
                <td className="utrecht-table__cell">{when(session.createdAt)}</td>
                <td className="utrecht-table__cell">{when(session.lastSeenAt)}</td>
                <td className="utrecht-table__cell">
                  {session.current ? (
                    s.current
                  ) : (
                    <Button variant="secondary" onClick={() => end(session)} aria-label={s.endLabel(device, when(session.createdAt))}>
                      {s.end}
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { werkbladApi, type CommentThread, type CommentView, type SectionKey } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';
import { useFormErrors } from '../lib/use-form-state';
import { Button, ButtonGroup } from './Button';
import { FieldScopeProvider } from './ErrorSummary';
import { FormError } from './FormError';
import { TextArea } from './fields';

interface Props {
  applicationId: string;
  sectionKey: string;
  sectionTitle: string;
  threads: CommentThread[];
  /** May start a thread (the coach). */
  canStart: boolean;
  /** May reply (coach, owner, secretary) while the application is in description. */
  canReply: boolean;
  /** May resolve and reopen threads (coach, owner). */
  canResolve: boolean;
  onChanged(): Promise<unknown>;
}

/** The comment threads on one section, beside its text: the coach's remarks and the replies. */
export function SectionComments({ applicationId, sectionKey, sectionTitle, threads, canStart, canReply, canResolve, onChanged }: Props) {
  const { t } = useI18n();
  const c = t.werkblad.comments;
  const headingId = `comments-${sectionKey}`;
  return (
    // Named by its own heading and its section's ("Opmerkingen Samenvatting"): one such landmark per section, each with a unique name.
    <aside className="comments" aria-labelledby={`${headingId} section-${sectionKey}`}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {c.title}
      </h3>
      {threads.length === 0 ? (
        <p className="utrecht-paragraph">{c.none}</p>
      ) : (
        <ol className="comment-list">
          {threads.map((thread) => (
            <li key={thread.id} className={`comment-thread comment-thread--${thread.status}`}>
              <Comment comment={thread} />
              <p className="utrecht-paragraph comment-status">
                <strong>{thread.status === 'resolved' ? c.resolved : c.open}</strong>
              </p>
              {thread.replies.length > 0 && (
                <ol className="comment-replies">
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <Comment comment={reply} />
                    </li>
                  ))}
                </ol>
              )}
              {(canReply || canResolve) && (
                <ThreadActions applicationId={applicationId} thread={thread} canReply={canReply} canResolve={canResolve} onChanged={onChanged} />
              )}
            </li>
          ))}
        </ol>
      )}
      {canStart && <NewComment applicationId={applicationId} sectionKey={sectionKey} sectionTitle={sectionTitle} onChanged={onChanged} />}
    </aside>
  );
}

function Comment({ comment }: { comment: CommentView }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="comment">
      <p className="utrecht-paragraph comment__meta">
        {t.werkblad.comments.by(comment.author.name, formatDateTime(comment.createdAt))}
        {comment.versionNumber !== null && ` (${t.werkblad.comments.onVersion(comment.versionNumber)})`}
      </p>
      <div className="preserve-lines comment__body">{comment.body}</div>
    </div>
  );
}

function NewComment({ applicationId, sectionKey, sectionTitle, onChanged }: { applicationId: string; sectionKey: string; sectionTitle: string; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const form = useFormErrors();

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const created = await form.run(() => werkbladApi.addComment(applicationId, { sectionKey: sectionKey as SectionKey, body }));
    if (created) {
      setBody('');
      await onChanged();
    }
  }

  return (
    <FieldScopeProvider scope={`comment-${sectionKey}`}>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => void onSubmit()} />}
      <form className="form comment-form" onSubmit={onSubmit} noValidate>
        <TextArea name="body" label={t.werkblad.comments.newLabel(sectionTitle)} value={body} onChange={setBody} rows={3} error={form.fieldErrors.body} />
        <Button type="submit" busy={form.busy}>
          {form.busy ? t.common.saving : t.werkblad.comments.add}
        </Button>
      </form>
    </FieldScopeProvider>
  );
}

function ThreadActions({ applicationId, thread, canReply, canResolve, onChanged }: { applicationId: string; thread: CommentThread; canReply: boolean; canResolve: boolean; onChanged(): Promise<unknown> }) {
  const { t } = useI18n();
  const c = t.werkblad.comments;
  const [reply, setReply] = useState('');
  const form = useFormErrors();

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const created = await form.run(() => werkbladApi.addComment(applicationId, { parentId: thread.id, body: reply }));
    if (created) {
      setReply('');
      await onChanged();
    }
  }

  async function toggle() {
    const done = await form.run(() => (thread.status === 'resolved' ? werkbladApi.reopenComment(applicationId, thread.id) : werkbladApi.resolveComment(applicationId, thread.id)));
    if (done) await onChanged();
  }

  return (
    <FieldScopeProvider scope={`reply-${thread.id}`}>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} />}
      {canReply && (
        <form className="form comment-form" onSubmit={onSubmit} noValidate>
          <TextArea name="body" label={c.replyLabel} value={reply} onChange={setReply} rows={2} error={form.fieldErrors.body} />
          <ButtonGroup>
            <Button type="submit" busy={form.busy}>
              {c.reply}
            </Button>
            {canResolve && <Button onClick={() => void toggle()}>{thread.status === 'resolved' ? c.reopen : c.resolve}</Button>}
          </ButtonGroup>
        </form>
      )}
      {!canReply && canResolve && <Button onClick={() => void toggle()}>{thread.status === 'resolved' ? c.reopen : c.resolve}</Button>}
    </FieldScopeProvider>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { werkbladApi, type CommentAnchor, type CommentThread, type CommentView, type NewCommentAnchor, type SectionKey } from '../api/werkblad-api';
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
  /** The passage the coach selected for the next comment, if any. */
  pendingAnchor?: (NewCommentAnchor & { pickedAt: number }) | null;
  onClearAnchor?(): void;
  /** Shows a thread's passage in the section's text. */
  onShowPassage?(anchor: CommentAnchor): void;
}

/** The comment threads on one section, beside its text: the coach's remarks and the replies. */
export function SectionComments({ applicationId, sectionKey, sectionTitle, threads, canStart, canReply, canResolve, onChanged, pendingAnchor, onClearAnchor, onShowPassage }: Props) {
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
              {thread.anchor && <PassageQuote anchor={thread.anchor} onShow={onShowPassage} />}
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
      {canStart && (
        <NewComment
          applicationId={applicationId}
          sectionKey={sectionKey}
          sectionTitle={sectionTitle}
          onChanged={onChanged}
          anchor={pendingAnchor ?? null}
          onClearAnchor={onClearAnchor}
        />
      )}
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

/** The passage a thread is about: quoted, with a button to show it in the text, or marked as changed when it is gone. */
function PassageQuote({ anchor, onShow }: { anchor: CommentAnchor; onShow?(anchor: CommentAnchor): void }) {
  const { t } = useI18n();
  const a = t.anchors;
  if (anchor.detached)
    return (
      <div className="comment-passage comment-passage--detached">
        <p className="utrecht-paragraph comment-passage__changed">
          <strong>{a.passageChanged}</strong>
        </p>
        <blockquote className="comment-passage__quote">{anchor.quote}</blockquote>
      </div>
    );
  return (
    <div className="comment-passage">
      <blockquote className="comment-passage__quote">{anchor.quote}</blockquote>
      {onShow && (
        <Button variant="subtle" onClick={() => onShow(anchor)}>
          {a.showPassage}
        </Button>
      )}
    </div>
  );
}

interface NewCommentProps {
  applicationId: string;
  sectionKey: string;
  sectionTitle: string;
  onChanged(): Promise<unknown>;
  anchor: (NewCommentAnchor & { pickedAt: number }) | null;
  onClearAnchor?(): void;
}

function NewComment({ applicationId, sectionKey, sectionTitle, onChanged, anchor, onClearAnchor }: NewCommentProps) {
  const { t } = useI18n();
  const a = t.anchors;
  const [body, setBody] = useState('');
  const form = useFormErrors();
  const formRef = useRef<HTMLFormElement>(null);

  // A passage just picked: the coach goes on writing the comment about it.
  useEffect(() => {
    if (anchor) formRef.current?.querySelector('textarea')?.focus();
  }, [anchor?.pickedAt]);

  async function onSubmit(event?: FormEvent) {
    event?.preventDefault();
    const passage = anchor ? { quote: anchor.quote, offset: anchor.offset, sectionVersion: anchor.sectionVersion } : undefined;
    const created = await form.run(() => werkbladApi.addComment(applicationId, { sectionKey: sectionKey as SectionKey, body, anchor: passage }));
    if (created) {
      setBody('');
      onClearAnchor?.();
      await onChanged();
    }
  }

  return (
    <FieldScopeProvider scope={`comment-${sectionKey}`}>
      {form.formError && <FormError message={form.formError.message} focusKey={form.focusKey} onRetry={() => void onSubmit()} />}
      <form className="form comment-form" onSubmit={onSubmit} noValidate ref={formRef}>
        {anchor && (
          <div className="comment-passage comment-passage--new">
            <p className="utrecht-paragraph comment-passage__label">{a.selectedPassage}</p>
            <blockquote className="comment-passage__quote">{anchor.quote}</blockquote>
            {form.fieldErrors.anchor && <p className="utrecht-form-field-error-message">{form.fieldErrors.anchor}</p>}
            <Button variant="subtle" onClick={() => onClearAnchor?.()}>
              {a.withoutPassage}
            </Button>
          </div>
        )}
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

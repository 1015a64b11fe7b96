import { useEffect, useRef, useState } from 'react';
import type { DescriptionSectionView } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';
import type { SelectedPassage } from '../lib/passage';
import { countWords } from '../lib/words';
import type { SaveStatus } from '../lib/use-autosave';
import { useSectionAutosave } from '../lib/use-section-autosave';
import '../owner.css';
import { Button, ButtonGroup } from './Button';
import { useFieldId } from './ErrorSummary';
import { FormattingToolbar } from './FormattingToolbar';
import { PassagePicker } from './PassagePicker';
import { StructuredText, type Highlight } from './StructuredText';
import { TextArea } from './fields';

/** src/description/description-sections.ts SECTION_MAX_WORDS: the generous limit of sections without one of their own. */
const NO_REAL_LIMIT = 10_000;

interface Props {
  applicationId: string;
  section: DescriptionSectionView;
  title: string;
  editable: boolean;
  /** Tells the page whether this section has text that is not saved yet. */
  onUnsavedChange(key: string, unsaved: boolean): void;
  /** Tells the page the number of words in the text as it is now (for the contents list). */
  onWordCount?(key: string, words: number): void;
  /** The passage of a comment the user asked to see; `shownAt` makes a second click show it again. */
  highlight?: (Highlight & { shownAt: number }) | null;
  /** Given to the coach: a passage selected in the text, to comment on. */
  onPickPassage?(key: string, passage: SelectedPassage & { sectionVersion: number }): void;
}

/**
 * One werkblad section: the text with its live word count and autosave status (a polite live
 * region), the conflict choice after someone else's save, or the text read-only.
 */
export function SectionEditor({ applicationId, section, title, editable, onUnsavedChange, onWordCount, highlight, onPickPassage }: Props) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const w = t.werkblad;
  const editor = useSectionAutosave(applicationId, section);
  const unsaved = editor.status !== 'saved';
  // Most sections have only a technical limit; their count is shown without it.
  const limited = section.maxWords < NO_REAL_LIMIT;
  const words = countWords(editor.text);
  const fieldId = useFieldId();

  const readView = useRef<HTMLDivElement>(null);
  const [passageMoved, setPassageMoved] = useState(false);

  useEffect(() => onUnsavedChange(section.key, unsaved), [section.key, unsaved, onUnsavedChange]);

  // Shows the passage of a comment: marked in the read view, selected in the text field.
  useEffect(() => {
    if (!highlight) return;
    if (!editable) {
      readView.current?.querySelector('.passage-mark')?.scrollIntoView({ block: 'center' });
      return;
    }
    const field = document.getElementById(fieldId(section.key)) as HTMLTextAreaElement | null;
    const here = field?.value.slice(highlight.start, highlight.end) === highlight.quote;
    setPassageMoved(!here);
    if (!field || !here) return;
    field.focus();
    field.setSelectionRange(highlight.start, highlight.end);
    // Only a new request to show a passage moves the focus, not every keystroke.
  }, [highlight?.shownAt]);
  useEffect(() => onWordCount?.(section.key, words), [section.key, words, onWordCount]);

  useEffect(() => {
    if (!unsaved) return;
    // Leaving the page with unsaved text asks first.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  if (!editable) {
    return (
      <div className="werkblad-text">
        {editor.text.trim() ? (
          <div className="section-content" ref={readView}>
            <StructuredText text={editor.text} highlight={highlight} />
          </div>
        ) : (
          <p className="utrecht-paragraph">{t.common.notFilledIn}</p>
        )}
        <p className="utrecht-paragraph word-count">{limited ? t.common.words(words, section.maxWords) : w.wordCount(formatNumber(words))}</p>
        {onPickPassage && editor.text.trim() && (
          <PassagePicker sectionTitle={title} text={editor.text} readView={readView} onPick={(passage) => onPickPassage(section.key, { ...passage, sectionVersion: section.version })} />
        )}
      </div>
    );
  }

  const statusText: Record<SaveStatus, string> = {
    saved: w.status.saved,
    dirty: w.status.dirty,
    saving: w.status.saving,
    error: w.status.error,
    invalid: w.status.invalid,
    conflict: w.status.conflict,
    failed: w.status.failed,
  };

  return (
    <div className="werkblad-editor">
      <TextArea
        name={section.key}
        label={title}
        description={section.help}
        value={editor.text}
        onChange={editor.setText}
        rows={8}
        maxWords={limited ? section.maxWords : undefined}
        error={editor.status === 'invalid' || editor.status === 'failed' ? (editor.message ?? undefined) : undefined}
      />
      {!limited && <p className="utrecht-paragraph word-count">{w.wordCount(formatNumber(words))}</p>}
      {passageMoved && <p className="utrecht-paragraph passage-moved">{t.anchors.notInEditor}</p>}
      <FormattingToolbar
        sectionTitle={title}
        textareaId={fieldId(section.key)}
        text={editor.text}
        onChange={editor.setText}
      />
      <div className={`save-status save-status--${editor.status}`} role="status" aria-live="polite">
        <span>{statusText[editor.status]}</span>
        {editor.status === 'saved' && editor.lastSaved.by && editor.lastSaved.at && (
          <span className="save-status__meta"> – {w.lastSaved(editor.lastSaved.by, formatDateTime(editor.lastSaved.at))}</span>
        )}
      </div>
      {editor.status === 'error' && (
        <Button variant="subtle" onClick={editor.retryNow}>
          {w.retryNow}
        </Button>
      )}
      {editor.conflict && (
        <div className="utrecht-alert utrecht-alert--warning conflict" role="alert">
          <div className="utrecht-alert__content">
            <div className="utrecht-alert__message">
              <h3 className="utrecht-heading-3">{w.conflict.title}</h3>
              <p className="utrecht-paragraph">{w.conflict.intro(editor.conflict.updatedBy ?? w.conflict.someone, editor.conflict.version)}</p>
              <h4 className="utrecht-heading-4">{w.conflict.theirs}</h4>
              <div className="preserve-lines section-content conflict__theirs">{editor.conflict.content || t.common.notFilledIn}</div>
              <ButtonGroup>
                <Button variant="primary" onClick={editor.keepMine}>
                  {w.conflict.keepMine}
                </Button>
                <Button onClick={editor.takeTheirs}>{w.conflict.takeTheirs}</Button>
              </ButtonGroup>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}

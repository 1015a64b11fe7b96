import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { readViewPassage, selectedPassage, type SelectedPassage } from '../lib/passage';
import { Button } from './Button';

/** src/description/comment-anchor.ts ANCHOR_QUOTE_MAX_LENGTH, so the coach hears it before sending. */
const QUOTE_MAX_LENGTH = 1000;

interface Props {
  sectionTitle: string;
  text: string;
  /** The formatted text above, where a passage can be selected with the mouse too. */
  readView: { current: HTMLElement | null };
  onPick(passage: SelectedPassage): void;
}

/**
 * "Opmerking bij selectie" for the coach: starts a comment about the passage selected with the
 * mouse in the formatted read view above, or in the section's text in a read-only field (opened
 * below it), where the keyboard selects too (Shift and the arrow keys) and any passage, across
 * lines and line markers, can be chosen exactly as the API counts it.
 */
export function PassagePicker({ sectionTitle, text, readView, onPick }: Props) {
  const { t } = useI18n();
  const a = t.anchors;
  const fieldId = useId();
  const helpId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function pick() {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    // A mouse selection in the read view first: the field keeps its last selection even when closed.
    const passage = (readView.current ? readViewPassage(readView.current, text) : null) ?? (field ? selectedPassage(field) : null);
    if (!passage) return setProblem(a.nothingSelected);
    if (passage.quote.length > QUOTE_MAX_LENGTH) return setProblem(a.tooLong(QUOTE_MAX_LENGTH));
    setProblem(null);
    onPick(passage);
  }

  return (
    <div className="passage-picker">
      <details>
        <summary className="passage-picker__summary">{a.pickerSummary(sectionTitle)}</summary>
        <div className="utrecht-form-field utrecht-form-field--textarea">
          <label className="utrecht-form-label" htmlFor={fieldId}>
            {a.pickerLabel(sectionTitle)}
          </label>
          <div className="utrecht-form-field-description" id={helpId}>
            {a.pickerHelp}
          </div>
          {/* Not `readOnly`: Chromium gives a read-only field no caret, so Shift and the arrow keys could not select.
              The field is controlled and ignores every change instead, and says it is read-only. */}
          <textarea
            id={fieldId}
            className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--readonly"
            rows={8}
            value={text}
            onChange={() => undefined}
            aria-readonly="true"
            inputMode="none"
            spellCheck={false}
            aria-describedby={helpId}
          />
        </div>
      </details>
      <Button onClick={pick}>{a.commentOnSelection}</Button>
      <p className="utrecht-paragraph passage-picker__problem" role="status">
        {problem}
      </p>
    </div>
  );
}

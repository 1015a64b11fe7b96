import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { selectedPassage, type SelectedPassage } from '../lib/passage';
import { Button } from './Button';

/** src/description/comment-anchor.ts ANCHOR_QUOTE_MAX_LENGTH, so the coach hears it before sending. */
const QUOTE_MAX_LENGTH = 1000;

interface Props {
  sectionTitle: string;
  text: string;
  onPick(passage: SelectedPassage): void;
}

/**
 * The section's text in a read-only field for the coach, where a passage can be selected with the
 * mouse or by keyboard (Shift and the arrow keys), then "Opmerking bij selectie" starts a comment
 * about that passage. The formatted text above stays the reading view; this field counts the
 * characters exactly as the API does, line markers included.
 */
export function PassagePicker({ sectionTitle, text, onPick }: Props) {
  const { t } = useI18n();
  const a = t.anchors;
  const fieldId = useId();
  const helpId = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function pick() {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
    const passage = field ? selectedPassage(field) : null;
    if (!passage) return setProblem(a.nothingSelected);
    if (passage.quote.length > QUOTE_MAX_LENGTH) return setProblem(a.tooLong(QUOTE_MAX_LENGTH));
    setProblem(null);
    onPick(passage);
  }

  return (
    <details className="passage-picker">
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
      <Button onClick={pick}>{a.commentOnSelection}</Button>
      <p className="utrecht-paragraph passage-picker__problem" role="status">
        {problem}
      </p>
    </details>
  );
}

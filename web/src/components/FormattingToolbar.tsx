import { useI18n } from '../i18n/i18n';
import { HEADING_MARKER, LIST_MARKER, toggleLineMarker } from '../lib/structured-text';

interface Props {
  sectionTitle: string;
  textareaId: string;
  text: string;
  onChange(text: string): void;
}

/**
 * The werkblad's two formats: the lines under the cursor or selection become a heading or list
 * items (or plain lines again). The text stays plain text with line markers; the focus and the
 * selection return to the text field.
 */
export function FormattingToolbar({ sectionTitle, textareaId, text, onChange }: Props) {
  const { t } = useI18n();
  const f = t.owner.formatting;

  function toggle(marker: string) {
    const field = document.getElementById(textareaId) as HTMLTextAreaElement | null;
    if (!field) return;
    const next = toggleLineMarker(text, field.selectionStart, field.selectionEnd, marker);
    onChange(next.text);
    window.setTimeout(() => {
      field.focus();
      field.setSelectionRange(next.start, next.end);
    }, 0);
  }

  return (
    <div className="formatting-toolbar" role="toolbar" aria-label={f.toolbar(sectionTitle)}>
      <button type="button" className="utrecht-button utrecht-button--subtle formatting-toolbar__button" onClick={() => toggle(HEADING_MARKER)}>
        {f.heading}
      </button>
      <button type="button" className="utrecht-button utrecht-button--subtle formatting-toolbar__button" onClick={() => toggle(LIST_MARKER)}>
        {f.list}
      </button>
      <span className="formatting-toolbar__hint">{f.hint}</span>
    </div>
  );
}

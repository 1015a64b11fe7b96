import { useCallback, useRef, useState } from 'react';
import { werkbladApi, type CurrentSection } from '../api/werkblad-api';
import { useI18n } from '../i18n/i18n';
import { errorMessage, toFieldErrors } from './field-errors';
import { useAutosave } from './use-autosave';

/**
 * One werkblad section's text with autosave: a debounced PUT with the section version last seen.
 * A 409 SECTION_CHANGED keeps the user's text and holds the server's in `conflict` until the user
 * chooses.
 */
export function useSectionAutosave(applicationId: string, initial: CurrentSection) {
  const { t, locale } = useI18n();
  const [conflict, setConflict] = useState<CurrentSection | null>(null);
  const [lastSaved, setLastSaved] = useState<{ by: string | null; at: string | null }>({ by: initial.updatedBy, at: initial.updatedAt });
  const version = useRef(initial.version);
  const editor = useAutosave<string>({
    initial: initial.content,
    save: async (content) => {
      const result = await werkbladApi.saveSection(applicationId, initial.key, content, version.current);
      version.current = result.version;
      setLastSaved({ by: result.updatedBy, at: result.updatedAt });
      return result.content;
    },
    refusal: (error) => {
      if (error.status === 409 && error.code === 'SECTION_CHANGED') {
        setConflict(error.body.current as CurrentSection);
        return { status: 'conflict', message: null };
      }
      if (error.fieldErrors.length) return { status: 'invalid', message: Object.values(toFieldErrors(error.fieldErrors, locale))[0] ?? null };
      return { status: 'failed', message: errorMessage(error, t) };
    },
  });
  const { resume } = editor;

  /** Keeps the user's text and saves it over the version the other person saved. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.version;
    setConflict(null);
    resume(conflict.content);
  }, [conflict, resume]);

  /** Replaces the user's text by the saved one. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    version.current = conflict.version;
    setLastSaved({ by: conflict.updatedBy, at: conflict.updatedAt });
    setConflict(null);
    resume(conflict.content, conflict.content);
  }, [conflict, resume]);

  return { text: editor.value, setText: editor.update, status: editor.status, message: editor.message, conflict, keepMine, takeTheirs, retryNow: editor.saveNow, lastSaved };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { useT } from '../app/prefs';
import type { ComponentSpec } from '../lib/anclora-api';
import type { HttpError } from '../lib/http';
import { parseSpecText, rejectionDetail, type SpecStatus } from './spec-text';

const SPEC_DEBOUNCE_MS = 400;

/**
 * The spec as editable JSON. Edits re-render the preview (debounced); bad JSON or a rejected spec is shown,
 * the last good preview stays. `tryPreview` builds the preview of an edited spec and resolves the API's
 * rejection or null; `accept` takes a spec the preview accepted.
 */
export function useSpecEditor(tryPreview: (spec: ComponentSpec) => Promise<HttpError | null>, accept: (spec: ComponentSpec) => void) {
  const t = useT();
  const [specText, setSpecText] = useState('');
  const [specStatus, setSpecStatus] = useState<SpecStatus>(null);
  // True once the spec on screen was edited by hand: it is then no longer the saved version.
  const [specEdited, setSpecEdited] = useState(false);
  const specTimer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(specTimer.current), []);

  /** A spec from the server replaces whatever was typed. */
  const showSpecText = useCallback((next: ComponentSpec) => {
    setSpecText(JSON.stringify(next, null, 2));
    setSpecStatus(null);
    setSpecEdited(false);
  }, []);

  const applySpec = async (text: string) => {
    const parsed = parseSpecText(text);
    if ('error' in parsed) {
      setSpecStatus({ tone: 'bad', message: t('code.invalidJson', { message: parsed.error }) });
      return;
    }
    setSpecStatus({ tone: 'info', message: t('code.specPending') });
    const error = await tryPreview(parsed.spec);
    if (error) {
      setSpecStatus({ tone: 'bad', message: t('code.specRejected', { message: rejectionDetail(error) }) });
      return;
    }
    accept(parsed.spec);
    setSpecEdited(true);
    setSpecStatus({ tone: 'good', message: t('code.specApplied') });
  };

  const onSpecChange = (text: string) => {
    setSpecText(text);
    window.clearTimeout(specTimer.current);
    specTimer.current = window.setTimeout(() => void applySpec(text), SPEC_DEBOUNCE_MS);
  };

  return { specText, specStatus, specEdited, showSpecText, onSpecChange };
}

import { useEffect, useRef, useState } from 'react';
import { originOf, readPreviewMessage } from '../lib/preview-protocol';
import type { Example } from './examples';
import { examplePreviewUrl } from './library-api';
import { createSlots, type Release } from './slots';

// At most three previews are built and loading at once across the page; a slot frees when the
// document says it is ready (or failed), or after a bound if it never says anything.
const slots = createSlots(3);
const SLOT_BOUND_MS = 15_000;

/**
 * Builds an example's preview document once `active` (e.g. scrolled into view), waiting for a
 * free slot first. The returned ref goes on the iframe so only its own messages are read.
 */
export function useExamplePreview(example: Example | null, active: boolean) {
  const [url, setUrl] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const release = useRef<Release | null>(null);

  useEffect(() => {
    if (!active || !example) return;
    let live = true;
    let bound: number | undefined;
    setFailed(false);
    void slots.acquire().then(async (free) => {
      if (!live) return free();
      release.current = free;
      bound = window.setTimeout(free, SLOT_BOUND_MS);
      try {
        const next = await examplePreviewUrl(example);
        if (live) setUrl(next);
      } catch {
        free();
        if (live) setFailed(true);
      }
    });
    return () => {
      live = false;
      window.clearTimeout(bound);
      release.current?.();
      release.current = null;
    };
  }, [active, example, attempt]);

  useEffect(() => {
    const origin = url ? originOf(url) : undefined;
    if (!origin) return;
    const onMessage = (event: MessageEvent) => {
      const message = readPreviewMessage(event, frameRef.current?.contentWindow, origin);
      if (!message || message.type === 'anclora:audit') return;
      // A runtime error still leaves whatever rendered on screen: only the slot is given back.
      if (message.type === 'anclora:ready') setReady(true);
      release.current?.();
    };
    addEventListener('message', onMessage);
    return () => removeEventListener('message', onMessage);
  }, [url]);

  return { url, ready, failed, frameRef, retry: () => setAttempt((n) => n + 1) };
}

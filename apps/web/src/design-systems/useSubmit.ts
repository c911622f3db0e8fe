import { useState, type FormEvent } from 'react';
import { asHttpError, type HttpError } from '../lib/http';

/**
 * A form that sends one request: `busy` while it runs (a second submit is ignored,
 * before any validation), the API's error after it failed, cleared on the next try.
 * `send` returns false, without sending, when a field is missing.
 */
export function useSubmit(send: () => false | Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<HttpError | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const sending = send();
    if (sending === false) return;
    setBusy(true);
    setError(null);
    try {
      await sending;
    } catch (cause) {
      setError(asHttpError(cause));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, onSubmit };
}

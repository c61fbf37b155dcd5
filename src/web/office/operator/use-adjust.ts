import { useState } from 'react';
import { adjustLine, type AdjustLineBody, type RequestDetail } from './requests-api.ts';

/** One adjustment of a line at a time: busy while it runs, the server's refusal kept for the form. */
export function useAdjust(requestId: string, lineId: string, onChanged: (next: RequestDetail, outcome?: string) => void) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<{ form: string; failure: unknown } | null>(null);
  const submit = async (form: string, body: AdjustLineBody, outcome: string): Promise<boolean> => {
    setBusy(form);
    setError(null);
    try {
      onChanged(await adjustLine(requestId, lineId, body), outcome);
      return true;
    } catch (failure) {
      setError({ form, failure });
      return false;
    } finally {
      setBusy(null);
    }
  };
  /** The refusal, if it came from this form. */
  const errorOf = (form: string): unknown => (error?.form === form ? error.failure : null);
  return { busy, submit, errorOf };
}

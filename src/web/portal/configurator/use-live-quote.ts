import { useEffect, useRef, useState } from 'react';
import type { QuoteLineRequest, QuoteResponse } from '../../endpoints/booking.ts';
import { quote } from '../../endpoints/booking.ts';

export type LiveQuote =
  | { status: 'loading'; quote: QuoteResponse | null; error: null }
  | { status: 'ok'; quote: QuoteResponse; error: null }
  | { status: 'refused'; quote: null; error: unknown };

/** Prices the lines as they change (after a short pause), dropping answers that arrive late. */
export function useLiveQuote(lines: QuoteLineRequest[] | null, delayMs = 250): LiveQuote {
  const [state, setState] = useState<LiveQuote>({ status: 'loading', quote: null, error: null });
  const key = JSON.stringify(lines);
  const call = useRef(0);
  useEffect(() => {
    if (!lines || lines.length === 0) return;
    const mine = ++call.current;
    setState((current) => ({ status: 'loading', quote: current.quote, error: null }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      quote(lines, controller.signal).then(
        (answer) => mine === call.current && setState({ status: 'ok', quote: answer, error: null }),
        (error: unknown) => mine === call.current && (error as Error).name !== 'AbortError' && setState({ status: 'refused', quote: null, error }),
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for the lines, compared by value: a new array with the same content is no change.
  }, [key, delayMs]);
  return state;
}

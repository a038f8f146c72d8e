import { useRef } from 'react';

/**
 * Idempotency keys for a create form: the same input sent again (a retry after a network
 * failure, a double click) carries the same key, so the platform records it once; a changed
 * input gets a fresh key, as it is another request.
 */
export function useIdempotencyKey(): (input: unknown) => string {
  const last = useRef<{ input: string; key: string } | null>(null);
  return (input) => {
    const json = JSON.stringify(input);
    if (last.current?.input !== json) last.current = { input: json, key: crypto.randomUUID() };
    return last.current.key;
  };
}

import { useEffect, useState } from 'react';

/**
 * Moves the focus once the page shows what was just set, e.g. back to a button that replaces a
 * confirmation after an answer. A `setTimeout` does not do it after an `await`: React renders
 * that update later, so the element may not be in the page yet when the timer runs. Here the
 * request is state, rendered with the rest, and the effect runs after that render.
 */
export function useFocusAfterRender(): (target: () => HTMLElement | null | undefined) => void {
  const [request, setRequest] = useState<{ target: () => HTMLElement | null | undefined } | null>(null);
  useEffect(() => {
    request?.target()?.focus();
  }, [request]);
  return (target) => setRequest({ target });
}

import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its heading (its chunk and its query on a slow network). */
const WAIT_MS = 15_000;

/**
 * After a navigation inside the portal, the focus goes to the new page's heading (its h1, made
 * focusable for this with tabindex=-1), as a page load would start a screen reader at the top:
 * otherwise it stays on the link followed, or falls to the body, and nothing says a new page came.
 * The first page of a visit is left alone (the browser reads it from the top), and so is:
 * - a change of the query string only (filters of the catalogue): the same page;
 * - a form's navigation within its own section (/verify → /verify/<number>): the form says what
 *   happened where the reader is;
 * - a reader who has moved on (typing somewhere) before the heading came.
 * The heading may come later than the navigation (a lazy page, then its data): it is waited for.
 */
export function useFocusHeadingOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef<string | null>(null);
  const lastFocused = useRef<Element | null>(null);

  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      lastFocused.current = event.target as Element;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const from = previous.current;
    previous.current = pathname;
    if (from === null || from === pathname) return;
    const section = (path: string) => path.split('/')[1] ?? '';
    if (section(from) === section(pathname) && lastFocused.current?.closest('form')) return;

    const before = document.activeElement;
    const movedOn = () => {
      const now = document.activeElement;
      return now !== null && now !== before && now !== document.body && now.isConnected;
    };
    let done = false;
    const observer = new MutationObserver(() => attempt());
    const timer = window.setTimeout(() => stop(), WAIT_MS);
    function stop() {
      done = true;
      observer.disconnect();
      window.clearTimeout(timer);
    }
    function attempt() {
      if (done) return;
      if (movedOn()) return stop();
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      stop();
    }
    if (main.current) observer.observe(main.current, { childList: true, subtree: true });
    attempt();
    return stop;
  }, [pathname, main]);
}

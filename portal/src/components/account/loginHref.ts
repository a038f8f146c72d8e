/** The login page, coming back to `next` afterwards. */
export function loginHref(next: string): string {
  return `/login?next=${encodeURIComponent(next)}`;
}

/**
 * Where to go after logging in: only a path of this portal ("/my/products"), never another
 * site ("//evil.example", "https://…"), so that a crafted login link cannot send people away.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

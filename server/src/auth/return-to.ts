const BASE = 'https://return-to.invalid';
const MAX_LENGTH = 2000;

/**
 * The path a sign-in returns to: only a same-origin relative path ("/instrumenter?x=1#a"), so
 * /auth/login cannot be used as an open redirect. Undefined when `given` is anything else
 * ("//evil.example", "/\\evil.example", "https://…", "javascript:…", control characters).
 */
export function safeReturnTo(given: string | null): string | undefined {
  if (given === null || given === '') return '/';
  if (given.length > MAX_LENGTH || !given.startsWith('/') || given.startsWith('//') || given.startsWith('/\\')) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(given)) return undefined;
  let url: URL;
  try {
    url = new URL(given, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

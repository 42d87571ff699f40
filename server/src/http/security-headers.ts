/**
 * The Content-Security-Policy under which the explorer, the GraphiQL page (Monaco), the graph view
 * and the print view run without violations (e2e/csp.e2e.test.ts): scripts only from this origin,
 * no framing. Styles allow 'unsafe-inline' because Monaco and GraphiQL inject <style> elements at
 * run time; script injection stays closed, which is what the policy is for.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The page a browser sees when a sign-in cannot complete: what happened, the stable code (also in
 * the `x-vmk-error-code` header) and the ways on. No detail of the cause: that is in the log.
 */
export function errorPage(code: string, title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Virkemiddelkart</title>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p>Code: <code id="error-code">${escapeHtml(code)}</code></p>
<p><a href="/auth/login">Sign in again</a> · <a href="/">Back to Virkemiddelkart</a></p>
</main>
</body>
</html>
`;
}

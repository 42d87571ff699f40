import { escapeHtml } from '../auth/error-page.ts';
import { DEV_PASSWORD, DEV_USERS } from './dev-users.ts';

/** The development provider's pages allow no script and no framing; styles are inline. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const STYLE = 'body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}label{display:block;margin-top:1rem;font-weight:600}select,input,button{font:inherit;padding:.4rem;margin-top:.25rem}button{margin-top:1.25rem}[role=alert]{color:#a00;font-weight:600}';

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Virkemiddelkart development sign-in</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The login form: choose a development user, type the development password. */
export function loginPage(uid: string, options: { email?: string; failed?: boolean } = {}): string {
  const choices = DEV_USERS.map((user) => {
    const roles = user.roles.length > 0 ? user.roles.join(', ') : 'no role';
    const selected = user.email === options.email ? ' selected' : '';
    return `<option value="${escapeHtml(user.email)}"${selected}>${escapeHtml(`${user.name} <${user.email}> (${roles})`)}</option>`;
  }).join('\n');
  const alert = options.failed ? '<p role="alert" id="login-error">Wrong user or password. Try again.</p>\n' : '';
  return page(
    'Sign in',
    `<p>This is the project's own identity provider for development and tests; it never runs in production.
The password of every user is <code>${escapeHtml(DEV_PASSWORD)}</code>.</p>
${alert}<form method="post" action="/interaction/${escapeHtml(uid)}">
<label for="email">User</label>
<select id="email" name="email" autocomplete="username">
${choices}
</select>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${options.failed ? ' aria-describedby="login-error" aria-invalid="true"' : ''}>
<div><button type="submit">Sign in</button></div>
</form>`,
  );
}

/** A page for a sign-in the provider cannot continue (expired interaction, unknown request). */
export const messagePage = (title: string, message: string): string => page(title, `<p>${escapeHtml(message)}</p>`);

/** RP-initiated logout: oidc-provider's hidden form, confirmed with one button. */
export const logoutPage = (form: string): string =>
  page('Sign out', `<p>Sign out of the development identity provider as well?</p>\n${form}\n<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>\n<button type="submit" form="op.logoutForm">No, stay signed in</button>`);

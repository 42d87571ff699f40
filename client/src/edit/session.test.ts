import { describe, expect, it } from 'vitest';
import { canEdit, canReview, parseSession, signInHref } from './session.ts';

describe('parseSession', () => {
  it('reads the server answer and keeps only known roles', () => {
    const session = parseSession({ signedIn: true, name: 'Rita Redaktør', email: 'redaktor@example.org', roles: ['editor', 'superuser'], csrfToken: 'abc', signInAvailable: true });
    expect(session).toEqual({ signedIn: true, name: 'Rita Redaktør', email: 'redaktor@example.org', roles: ['editor'], csrfToken: 'abc', signInAvailable: true });
    expect(canEdit(session)).toBe(true);
    expect(canReview(session)).toBe(false);
  });

  it('counts anything unexpected as signed out', () => {
    expect(parseSession('nope').signedIn).toBe(false);
    expect(parseSession({ signedIn: 'yes', roles: 'editor' })).toMatchObject({ signedIn: false, roles: [] });
  });

  it('lets an administrator edit and review', () => {
    const admin = parseSession({ signedIn: true, roles: ['administrator'] });
    expect(canEdit(admin) && canReview(admin)).toBe(true);
  });
});

describe('signInHref', () => {
  it('returns to a path on this site only', () => {
    expect(signInHref('/aktor/kdd?sprak=nn')).toBe('/auth/login?returnTo=%2Faktor%2Fkdd%3Fsprak%3Dnn');
    expect(signInHref('https://evil.example')).toBe('/auth/login?returnTo=%2F');
  });
});

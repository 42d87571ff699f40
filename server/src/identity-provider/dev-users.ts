import type { Role } from '../auth/viewer.ts';

/** The one password of every development user (the development provider never runs in production). */
export const DEV_PASSWORD = 'utvikler';

export interface DevUser {
  /** The `sub` the development provider issues. */
  id: string;
  email: string;
  name: string;
  roles: readonly Role[];
}

/** Who can sign in to the development provider; README.md lists them. */
export const DEV_USERS: readonly DevUser[] = [
  { id: 'dev-redaktor', email: 'redaktor@example.org', name: 'Rita Redaktør', roles: ['editor'] },
  { id: 'dev-redaktor2', email: 'redaktor2@example.org', name: 'Erik Redaktør', roles: ['editor'] },
  { id: 'dev-kontrollor', email: 'kontrollor@example.org', name: 'Kari Kontrollør', roles: ['reviewer'] },
  { id: 'dev-admin', email: 'admin@example.org', name: 'Ada Administrator', roles: ['administrator'] },
  { id: 'dev-leser', email: 'leser@example.org', name: 'Lars Leser', roles: [] },
];

export const devUserByEmail = (email: string): DevUser | undefined => DEV_USERS.find((user) => user.email === email.trim().toLowerCase());
export const devUserById = (id: string): DevUser | undefined => DEV_USERS.find((user) => user.id === id);

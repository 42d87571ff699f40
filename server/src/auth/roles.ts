import { z } from 'zod';
import { ROLES, type Role, type Viewer } from './viewer.ts';

/** E-mail (lower case) → roles, maintained by an administrator for providers without a roles claim (ID-porten). */
export type RoleMap = ReadonlyMap<string, readonly Role[]>;

export const EMPTY_ROLE_MAP: RoleMap = new Map();

const roleMapSchema = z.record(z.email(), z.array(z.enum(ROLES)));

/** Parses `{"kari@kommune.no": ["editor"], …}`; throws one readable line naming `source` otherwise. */
export function parseRoleMap(text: string, source: string): RoleMap {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${source} is not valid JSON (expected {"name@example.org": ["editor"]}).`);
  }
  const parsed = roleMapSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'invalid'} (roles are ${ROLES.join(', ')}).`);
  }
  return new Map(Object.entries(parsed.data).map(([email, roles]) => [email.toLowerCase(), roles]));
}

/** A claim by name, or by a dotted path for providers that nest it (Keycloak's `realm_access.roles`). */
function claimAt(claims: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Role names from a claim that is a list or a space-separated string; values that are no role are ignored. */
function rolesFromClaim(value: unknown): Role[] {
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : [];
  return values.flatMap((item) => {
    if (typeof item !== 'string') return [];
    const name = item.trim().toLowerCase();
    return ROLES.filter((role) => role === name);
  });
}

export interface ClaimNames {
  roles: string;
  email: string;
  name: string;
}

/**
 * The viewer a provider's claims describe: e-mail and name (the only personal data kept) and the
 * union of the roles claim and the role map's entry for the e-mail. Undefined without an e-mail.
 */
export function viewerFromClaims(claims: Readonly<Record<string, unknown>>, names: ClaimNames, roleMap: RoleMap): Viewer | undefined {
  const email = claimAt(claims, names.email);
  if (typeof email !== 'string' || !email.includes('@')) return undefined;
  const normalised = email.trim().toLowerCase();
  const name = claimAt(claims, names.name);
  const roles = new Set<Role>([...rolesFromClaim(claimAt(claims, names.roles)), ...(roleMap.get(normalised) ?? [])]);
  return {
    email: normalised,
    name: typeof name === 'string' && name.trim() !== '' ? name.trim() : normalised,
    roles: ROLES.filter((role) => roles.has(role)),
  };
}

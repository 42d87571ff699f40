/** The entity as the editor screen holds it: current facts in all three languages, its links and sources. */
import type { Direction, EntityType, LinkType } from '../gql/graphql.ts';
import type { SourceOption } from './ChangeForm.tsx';

export const LANGS = ['nb', 'nn', 'en'] as const;
export type TextLang = (typeof LANGS)[number];
export type LangTexts = Record<TextLang, string>;

export type EditableLink = {
  type: LinkType;
  direction: Direction;
  relationId: string | null;
  validFrom: string | null;
  validTo: string | null;
  entity: { id: string; name: string; type: EntityType };
};

export type EditableEntity = {
  id: string;
  type: EntityType;
  version: number;
  name: string;
  abbreviation: string | null;
  validFrom: string | null;
  validTo: string | null;
  /** Only kinds that have a web address (actors, strategies, legal bases); undefined otherwise. */
  url: string | null | undefined;
  texts: { name: LangTexts; description: LangTexts; note: LangTexts; howToApply: LangTexts | undefined };
  links: EditableLink[];
  sources: SourceOption[];
};

export const emptyTexts = (): LangTexts => ({ nb: '', nn: '', en: '' });

/**
 * A text in three languages as the API takes it, or null to remove it; undefined when nothing
 * changed. Empty nynorsk or English falls back to bokmål, so it is sent as null.
 */
export function changedText(before: LangTexts, after: LangTexts): { nb: string; nn: string | null; en: string | null } | null | undefined {
  const same = LANGS.every((lang) => before[lang].trim() === after[lang].trim());
  if (same) return undefined;
  if (LANGS.every((lang) => !after[lang].trim())) return null;
  return { nb: after.nb.trim(), nn: after.nn.trim() || null, en: after.en.trim() || null };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar date written YYYY-MM-DD (what the API's Date takes). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

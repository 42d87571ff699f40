/**
 * Change-feed entries as Atom entries, and the feeds' titles, in bokmål, nynorsk or English. An
 * entry's id is `urn:uuid:` of its change (or, for a publication without changes, of its change
 * set): stable whatever address the server is reached at. Its alternate link is the entity's
 * persistent URI.
 */
import type { ChangeEntry, FieldChange } from '../generated/graphql.ts';
import type { Lang } from '../modules/common/lang.ts';
import { TYPE_LABELS, URI_SLUGS, type EntityLabel } from '../vocabulary/index.ts';
import type { AtomEntry } from './atom.ts';
import type { FeedTarget } from './feed-request.ts';

const TYPE_NAMES: Record<Lang, Record<EntityLabel, string>> = {
  NB: { Instrument: 'virkemidler', Actor: 'aktører', TargetGroup: 'målgrupper', Goal: 'mål', Strategy: 'strategier', LegalBasis: 'rettsgrunnlag', Criterion: 'kriterier', Source: 'kilder' },
  NN: { Instrument: 'verkemiddel', Actor: 'aktørar', TargetGroup: 'målgrupper', Goal: 'mål', Strategy: 'strategiar', LegalBasis: 'rettsgrunnlag', Criterion: 'kriterium', Source: 'kjelder' },
  EN: { Instrument: 'instruments', Actor: 'actors', TargetGroup: 'target groups', Goal: 'goals', Strategy: 'strategies', LegalBasis: 'legal bases', Criterion: 'criteria', Source: 'sources' },
};

const FEED_WORDS: Record<Lang, { all: string; type: (name: string) => string; entity: (name: string) => string; subtitle: string }> = {
  NB: {
    all: 'Virkemiddelkart: siste endringer',
    type: (name) => `Virkemiddelkart: endringer i ${name}`,
    entity: (name) => `${name}: endringer i Virkemiddelkart`,
    subtitle: 'Publiserte endringer i kunnskapskartet over boligsosiale virkemidler, med dato, begrunnelse og kilder.',
  },
  NN: {
    all: 'Virkemiddelkart: siste endringar',
    type: (name) => `Virkemiddelkart: endringar i ${name}`,
    entity: (name) => `${name}: endringar i Virkemiddelkart`,
    subtitle: 'Publiserte endringar i kunnskapskartet over bustadsosiale verkemiddel, med dato, grunngjeving og kjelder.',
  },
  EN: {
    all: 'Virkemiddelkart: recent changes',
    type: (name) => `Virkemiddelkart: changes to ${name}`,
    entity: (name) => `${name}: changes in Virkemiddelkart`,
    subtitle: 'Published changes to the knowledge graph of Norwegian social-housing policy instruments, with date, reason and sources.',
  },
};

export function feedTitle(target: FeedTarget, entityName: string, lang: Lang): string {
  const words = FEED_WORDS[lang];
  if (target.kind === 'all') return words.all;
  return target.kind === 'type' ? words.type(TYPE_NAMES[lang][target.label]) : words.entity(entityName);
}

export const feedSubtitle = (lang: Lang): string => FEED_WORDS[lang].subtitle;

/** A stored JSON value as a person reads it: strings without their quotes, long values cut. */
function readable(value: string | null): string {
  if (value === null) return '–';
  let text = value;
  try {
    const parsed = JSON.parse(value) as unknown;
    text = typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    // Not JSON: shown as stored.
  }
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

const MAX_FIELD_LINES = 40;

/** The field diff, one line per field: `record · field: before → after`. */
function diffText(fields: readonly FieldChange[]): string {
  const lines = fields.slice(0, MAX_FIELD_LINES).map((field) => `${field.record} · ${field.field}: ${readable(field.before)} → ${readable(field.after)}`);
  if (fields.length > MAX_FIELD_LINES) lines.push(`… (${fields.length - MAX_FIELD_LINES})`);
  return lines.join('\n');
}

/** Entity ids and change ids are UUIDs; anything else (never expected) still gets a stable URN. */
const entryId = (id: string): string => (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:virkemiddelkart:change:${encodeURIComponent(id)}`);

export function atomEntryOf(entry: ChangeEntry, base: string, lang: Lang): AtomEntry {
  const entity = entry.entity;
  const label = entity?.type ? TYPE_LABELS[entity.type] : undefined;
  const title = entity && entry.change ? `${entity.name}: ${entry.change.summary}` : entry.publication.title;
  const alternate = entity?.uriPath ? `${base}${entity.uriPath}` : `${base}/siste-endringer`;
  return {
    id: entryId(entry.id),
    title,
    updated: entry.publication.publishedAt,
    published: entry.publication.publishedAt,
    links: [
      { rel: 'alternate', href: alternate },
      ...entry.sources.filter((source) => source.url).map((source) => ({ rel: 'related' as const, href: source.url ?? '', title: source.title })),
    ],
    authors: [entry.author.name],
    categories: label ? [{ term: URI_SLUGS[label], label: TYPE_NAMES[lang][label] }] : [],
    summary: entry.text,
    content: entry.change ? diffText(entry.change.fields) : '',
  };
}

/**
 * A feed row as the GraphQL `ChangeEntry`, and its words: the entity's name then, a one-line
 * summary (the same as the entity's Endringslogg) and one readable paragraph in bokmål, nynorsk or
 * English, which the Atom feeds carry as their summary. Public: names of people, never e-mails.
 */
import type { ChangedEntity, ChangeEntry, CitedSource } from '../../generated/graphql.ts';
import { entityUri, isEntityLabel, LABEL_TYPES, URI_SLUGS, type EntityLabel } from '../../vocabulary/index.ts';
import type { Lang } from '../common/lang.ts';
import { changeOf } from '../editing/models.ts';
import { encodeChangeCursor } from './changes.service.ts';
import type { ChangeRow, FeedEntityRecord } from './statements.ts';

type Words = { published: string; reason: string; source: string; sources: string; imported: (count: number) => string };

const WORDS: Record<Lang, Words> = {
  NB: { published: 'Publisert', reason: 'Begrunnelse', source: 'Kilde', sources: 'Kilder', imported: (count) => `${count} oppføringer importert fra seeds/` },
  NN: { published: 'Publisert', reason: 'Grunngjeving', source: 'Kjelde', sources: 'Kjelder', imported: (count) => `${count} oppføringar importerte frå seeds/` },
  EN: { published: 'Published', reason: 'Reason', source: 'Source', sources: 'Sources', imported: (count) => `${count} records imported from seeds/` },
};

const LOCALES: Record<Lang, string> = { NB: 'nb-NO', NN: 'nn-NO', EN: 'en-GB' };

/** "2. desember 2026" (or "2 December 2026"), the day in Norway. */
export function formatDay(instant: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date(instant));
}

/** An instant from Neo4j (nanoseconds, sometimes) as an ISO string in UTC with milliseconds. */
export function isoInstant(value: string): string {
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1').replace(/\[[^\]]*\]$/, '');
  const parsed = Date.parse(trimmed);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

/** The entity label of a record, from its labels (a part of an entity has none). */
export function entityLabelOf(record: FeedEntityRecord | null, fallback: string): EntityLabel | null {
  const label = record?.labels.find((candidate) => isEntityLabel(candidate));
  if (label && isEntityLabel(label)) return label;
  return isEntityLabel(fallback) ? fallback : null;
}

/** What a record is called in `lang`: a name, else a source's title, else a criterion's text, else its id. */
export function nameOf(record: FeedEntityRecord | null, id: string, lang: Lang): string {
  if (!record) return id;
  const pick = (nb: string | null | undefined, nn: string | null | undefined, en: string | null | undefined): string | null => (lang === 'NN' ? (nn ?? nb) : lang === 'EN' ? (en ?? nb) : nb) ?? null;
  return pick(record.name_nb, record.name_nn, record.name_en) ?? record.title ?? pick(record.text_nb, record.text_nn, record.text_en) ?? id;
}

const withoutStop = (text: string): string => text.trim().replace(/[.\s]+$/, '');

function changedEntityOf(row: ChangeRow, lang: Lang): ChangedEntity | null {
  if (!row.change) return null;
  const id = row.change.entityId;
  const label = entityLabelOf(row.entity, row.change.entityLabel);
  return {
    id,
    type: label ? LABEL_TYPES[label] : null,
    name: nameOf(row.entity, id, lang),
    uriPath: label ? entityUri('', label, id) : null,
    feedPath: label ? `/feeds/${URI_SLUGS[label]}/${encodeURIComponent(id)}.atom` : null,
  };
}

/** The readable paragraph: what changed, when, why and on whose authority. */
function paragraph(row: ChangeRow, entity: ChangedEntity | null, summary: string | null, sources: readonly CitedSource[], lang: Lang): string {
  const words = WORDS[lang];
  const day = formatDay(row.publication.publishedAt, lang);
  if (!row.change || !entity || summary === null) {
    const what = row.recordCount !== null ? `: ${words.imported(row.recordCount)}` : '';
    return `${withoutStop(row.publication.title)}${what}. ${words.published} ${day}.`;
  }
  const reason = withoutStop(row.change.reason || row.changeSet.reason || '');
  const cited = sources.map((source) => withoutStop(source.title)).join('; ');
  return [
    `${entity.name}: ${withoutStop(summary)}.`,
    `${words.published} ${day}.`,
    ...(reason ? [`${words.reason}: ${reason}.`] : []),
    ...(cited ? [`${sources.length > 1 ? words.sources : words.source}: ${cited}.`] : []),
  ].join(' ');
}

export function entryOf(row: ChangeRow, lang: Lang): ChangeEntry {
  const change = row.change ? changeOf(row.change, { lang, showEmail: false }) : null;
  const entity = changedEntityOf(row, lang);
  const sources: CitedSource[] = row.sources.map((source) => ({ id: source.id, title: source.title, url: source.url ?? null, publisher: source.publisher ?? null }));
  const publishedAt = isoInstant(row.publication.publishedAt);
  const publication = { ...row.publication, publishedAt };
  return {
    id: row.change?.id ?? row.changeSet.id,
    publication,
    changeSetReason: row.changeSet.reason ?? '',
    author: { name: row.changeSet.authorName, email: null },
    reviewer: row.changeSet.reviewerName ? { name: row.changeSet.reviewerName, email: null } : null,
    change,
    entity,
    sources,
    recordCount: row.recordCount,
    text: paragraph({ ...row, publication }, entity, change?.summary ?? null, sources, lang),
    cursor: encodeChangeCursor(row),
  };
}

/** The entity a row is about, for filtering live updates: its label and id (null for a publication without changes). */
export function subjectOf(row: ChangeRow): { id: string; label: EntityLabel | null } | null {
  return row.change ? { id: row.change.entityId, label: entityLabelOf(row.entity, row.change.entityLabel) } : null;
}

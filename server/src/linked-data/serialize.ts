/**
 * Writes resources as a document, one resource at a time, so a caller can hand each chunk to the
 * socket as soon as it is made: Turtle through n3's Writer, JSON-LD by hand as
 * `{"@context": {…}, "@graph": [ …one compacted node object per resource… ]}` with the context
 * inline (the server has no internet, and a harvester should not need it either).
 */
import { DataFactory, Writer } from 'n3';
import type { Quad_Object } from 'n3';
import { compactIri, PREFIXES } from './namespaces.ts';
import { RDF_TYPE, type Resource, type Term } from './rdf-model.ts';

export type RdfFormat = 'jsonld' | 'turtle';

export const MEDIA_TYPES: Record<RdfFormat, string> = {
  jsonld: 'application/ld+json',
  turtle: 'text/turtle; charset=utf-8',
};

export interface DocumentSerializer {
  /** What comes before the first resource (prefixes, the context). */
  start(): string;
  resource(resource: Resource): string;
  /** What closes the document. */
  end(): string;
}

export function serializerFor(format: RdfFormat): DocumentSerializer {
  return format === 'turtle' ? turtleSerializer() : jsonLdSerializer();
}

const { namedNode, literal } = DataFactory;

function objectOf(term: Term): Quad_Object {
  if (term.kind === 'iri') return namedNode(term.value);
  if (term.kind === 'lang') return literal(term.value, term.lang);
  return term.datatype ? literal(term.value, namedNode(term.datatype)) : literal(term.value);
}

/**
 * n3's Writer groups a subject's triples and ends a statement only when the next one starts, so
 * each chunk taken after a resource may end mid-statement; `end()` closes the last one.
 */
function turtleSerializer(): DocumentSerializer {
  let buffer = '';
  const sink = {
    write: (chunk: string, _encoding?: string, done?: () => void): void => {
      buffer += chunk;
      done?.();
    },
    end: (done?: () => void): void => done?.(),
  };
  const writer = new Writer(sink, { prefixes: PREFIXES, end: false });
  const take = (): string => {
    const out = buffer;
    buffer = '';
    return out;
  };
  return {
    start: take,
    resource: (resource) => {
      const subject = namedNode(resource.id);
      for (const [predicate, from] of resource.reverse ?? []) writer.addQuad(namedNode(from), namedNode(predicate), subject);
      for (const type of resource.types) writer.addQuad(subject, namedNode(RDF_TYPE), namedNode(type));
      for (const [predicate, object] of resource.values) writer.addQuad(subject, namedNode(predicate), objectOf(object));
      return take();
    },
    end: () => {
      writer.end();
      return `${take()}`;
    },
  };
}

/** The context: only the prefixes, so every key and type is a compact IRI and every value says what it is. */
export const JSONLD_CONTEXT: Readonly<Record<string, string>> = { ...PREFIXES };

type JsonValue = string | { '@id': string } | { '@value': string; '@language': string } | { '@value': string; '@type': string };

function jsonValueOf(term: Term): JsonValue {
  if (term.kind === 'iri') return { '@id': term.value };
  if (term.kind === 'lang') return { '@value': term.value, '@language': term.lang };
  return term.datatype ? { '@value': term.value, '@type': compactIri(term.datatype) } : term.value;
}

/** A resource as a compacted node object: one key per property, a single value unwrapped as compaction does. */
export function nodeObject(resource: Resource): Record<string, unknown> {
  const node: Record<string, unknown> = { '@id': resource.id };
  if (resource.types.length > 0) node['@type'] = resource.types.length === 1 ? compactIri(resource.types[0] ?? '') : resource.types.map(compactIri);
  const byPredicate = new Map<string, JsonValue[]>();
  for (const [predicate, object] of resource.values) {
    const key = compactIri(predicate);
    byPredicate.set(key, [...(byPredicate.get(key) ?? []), jsonValueOf(object)]);
  }
  for (const [key, values] of byPredicate) node[key] = values.length === 1 ? values[0] : values;
  if (resource.reverse && resource.reverse.length > 0) {
    const reverse: Record<string, { '@id': string }[]> = {};
    for (const [predicate, from] of resource.reverse) (reverse[compactIri(predicate)] ??= []).push({ '@id': from });
    node['@reverse'] = Object.fromEntries(Object.entries(reverse).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
  }
  return node;
}

function jsonLdSerializer(): DocumentSerializer {
  let first = true;
  return {
    start: () => `{"@context":${JSON.stringify(JSONLD_CONTEXT)},"@graph":[\n`,
    resource: (resource) => {
      const separator = first ? '' : ',\n';
      first = false;
      return `${separator}${JSON.stringify(nodeObject(resource))}`;
    },
    end: () => '\n]}\n',
  };
}

/** A whole (small) document at once: what /id/ answers for one entity. */
export function serializeAll(format: RdfFormat, resources: readonly Resource[]): string {
  const serializer = serializerFor(format);
  return serializer.start() + resources.map((resource) => serializer.resource(resource)).join('') + serializer.end();
}

/**
 * Reading and checking the CPSV-AP-NO export in tests: Turtle parsed with n3, JSON-LD turned into
 * triples with jsonld (a document loader that refuses the network: the export carries its context
 * inline), both validated with rdf-validate-shacl against the project's shapes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import type { JsonLdDocument } from 'jsonld';
import { Parser, Store, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { ROOT_DIR } from '../../server/src/config.ts';

export const SHAPES_FILE = path.join(ROOT_DIR, 'server/src/linked-data/shapes/cpsv-ap-no.shapes.ttl');

export function parseTurtle(text: string, baseIRI?: string): Store {
  return new Store(new Parser({ format: 'text/turtle', ...(baseIRI ? { baseIRI } : {}) }).parse(text));
}

/** Refuses every remote context: a document that needs one is not self-contained. */
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`The JSON-LD document asked to load ${url}; it must carry its context inline.`);
};

export async function parseJsonLd(text: string): Promise<Store> {
  const document = JSON.parse(text) as JsonLdDocument;
  const nquads = (await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader: noNetwork })) as string;
  return new Store(new Parser({ format: 'application/n-quads' }).parse(nquads));
}

export interface ShaclResult {
  focusNode: string;
  path: string;
  constraint: string;
  message: string;
}

let shapes: Store | undefined;

export async function validate(data: Store): Promise<{ conforms: boolean; results: ShaclResult[] }> {
  shapes ??= parseTurtle(readFileSync(SHAPES_FILE, 'utf8'));
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    results: report.results.map((result) => ({
      focusNode: result.focusNode?.value ?? '',
      path: result.path?.value ?? '',
      constraint: result.sourceConstraintComponent?.value ?? '',
      message: result.message.map((m) => m.value).join(' '),
    })),
  };
}

const line = (quad: Quad): string => `${quad.subject.value} ${quad.predicate.value} ${quad.object.termType === 'Literal' ? JSON.stringify(quad.object.value) + '@' + quad.object.language + '^^' + quad.object.datatype.value : quad.object.value}`;

/** The triples only one of two datasets has (no blank nodes in the export, so equal sets are isomorphic). */
export function differences(a: Store, b: Store): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const first = new Set(a.getQuads(null, null, null, null).map(line));
  const second = new Set(b.getQuads(null, null, null, null).map(line));
  return { onlyInFirst: [...first].filter((t) => !second.has(t)), onlyInSecond: [...second].filter((t) => !first.has(t)) };
}

export const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

export function subjectsOfType(store: Store, type: string): string[] {
  return store.getSubjects(RDF_TYPE, type, null).map((term) => term.value).sort();
}

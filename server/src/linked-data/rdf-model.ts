/**
 * The one model both formats are written from: a resource is an IRI, its classes and its
 * property values. Turtle and JSON-LD serialise the same resources, so they carry the same triples
 * by construction (linked-data.int.test.ts checks it on the real graph).
 */
import { LANGS, type LangTag, rdf } from './namespaces.ts';

export type Term =
  | { readonly kind: 'iri'; readonly value: string }
  | { readonly kind: 'lang'; readonly value: string; readonly lang: LangTag }
  /** A literal of a datatype; xsd:string when `datatype` is absent. */
  | { readonly kind: 'literal'; readonly value: string; readonly datatype?: string };

export interface Resource {
  readonly id: string;
  readonly types: readonly string[];
  readonly values: ReadonlyArray<readonly [predicate: string, object: Term]>;
  /**
   * Triples whose object is this resource (`<subject> <predicate> <id>`): the catalogue's
   * `dcatno:containsService`, written with each service as it streams past, so the catalogue need
   * not hold a list of its services. JSON-LD writes them as the node's `@reverse`.
   */
  readonly reverse?: ReadonlyArray<readonly [predicate: string, subject: string]>;
}

export const iri = (value: string): Term => ({ kind: 'iri', value });
export const text = (value: string): Term => ({ kind: 'literal', value });
export const typed = (value: string, datatype: string): Term => ({ kind: 'literal', value, datatype });
export const langText = (value: string, lang: LangTag): Term => ({ kind: 'lang', value, lang });

type Props = Readonly<Record<string, unknown>>;

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** `<field>_nb`, `<field>_nn`, `<field>_en` of a flattened row as language-tagged literals (the ones present). */
export function langTexts(props: Props, field: string): Term[] {
  return LANGS.flatMap((lang) => {
    const value = props[`${field}_${lang}`];
    return nonEmpty(value) ? [langText(value, lang)] : [];
  });
}

/** A string property, or null when absent or blank. */
export function stringProp(props: Props, key: string): string | null {
  const value = props[key];
  return nonEmpty(value) ? value : null;
}

/** Builds a resource one property at a time; empty value lists add nothing. */
export class ResourceBuilder {
  private readonly values: Array<readonly [string, Term]> = [];
  private readonly reverse: Array<readonly [string, string]> = [];

  constructor(
    readonly id: string,
    private readonly types: readonly string[],
  ) {}

  add(predicate: string, objects: Term | readonly Term[] | null | undefined): this {
    if (!objects) return this;
    for (const object of Array.isArray(objects) ? objects : [objects as Term]) this.values.push([predicate, object]);
    return this;
  }

  /** `<subject> <predicate> <this resource>`. */
  addReverse(predicate: string, subject: string): this {
    this.reverse.push([predicate, subject]);
    return this;
  }

  has(predicate: string): boolean {
    return this.values.some(([p]) => p === predicate);
  }

  build(): Resource {
    return { id: this.id, types: [...this.types], values: [...this.values], ...(this.reverse.length > 0 ? { reverse: [...this.reverse] } : {}) };
  }
}

export const RDF_TYPE = rdf('type');

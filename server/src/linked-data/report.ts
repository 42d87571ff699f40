/**
 * What an export could not say. A resource the graph lacks a mandatory value for is left out of the
 * catalogue (an invalid record helps no harvester) rather than given an invented one; one that is
 * in the catalogue with less than it could carry is listed too. docs/linked-data.md explains each.
 */
import type { EntityLabel } from '../vocabulary/index.ts';

export interface ReportEntry {
  /** The resource's persistent URI. */
  uri: string;
  id: string;
  label: EntityLabel | 'Catalog';
  /** `omitted`: not in the export at all; `incomplete`: in it, without what `property` names. */
  outcome: 'omitted' | 'incomplete';
  /** The CPSV-AP-NO property (or class) the graph could not supply, as a compact IRI. */
  property: string;
  reason: string;
}

export interface CatalogReport {
  asOf: string;
  knownAt: string | null;
  /** Resources written, by class (compact IRI): cpsv:PublicService, cv:PublicOrganisation, … */
  written: Record<string, number>;
  entries: ReportEntry[];
}

/** Counts what is written and gathers the entries while an export runs. */
export class ReportBuilder {
  private readonly written = new Map<string, number>();
  private readonly entries: ReportEntry[] = [];

  count(type: string): void {
    this.written.set(type, (this.written.get(type) ?? 0) + 1);
  }

  add(entries: readonly ReportEntry[]): void {
    this.entries.push(...entries);
  }

  build(scope: { asOf: string; knownAt: string | null }): CatalogReport {
    return { asOf: scope.asOf, knownAt: scope.knownAt, written: Object.fromEntries([...this.written].sort(([a], [b]) => a.localeCompare(b))), entries: [...this.entries] };
  }
}

/**
 * `datapackage.json` in the CSV ZIP: a Frictionless Tabular Data Package descriptor naming every
 * file, its columns and their types, so tools (and people) read the files without guessing.
 * https://specs.frictionlessdata.io/tabular-data-package/
 */
import type { CsvFile } from './columns.ts';

type FieldType = 'string' | 'date' | 'boolean' | 'integer';

const DATE_COLUMNS = new Set(['validFrom', 'validTo', 'compiledOn', 'verifiedOn', 'verifiedCopyDate']);
const BOOLEAN_COLUMNS = new Set(['supplySide', 'required', 'discretionary']);
const INTEGER_COLUMNS = new Set(['order', 'thresholdYear']);
const URI_COLUMNS = new Set(['uri', 'url', 'verifiedUrl']);

function field(name: string): { name: string; type: FieldType; format?: string } {
  if (DATE_COLUMNS.has(name)) return { name, type: 'date' };
  if (BOOLEAN_COLUMNS.has(name)) return { name, type: 'boolean' };
  if (INTEGER_COLUMNS.has(name)) return { name, type: 'integer' };
  return URI_COLUMNS.has(name) ? { name, type: 'string', format: 'uri' } : { name, type: 'string' };
}

export interface PackageInfo {
  asOf: string;
  /** The publication the data is as known at, or null for the graph as published now. */
  knownAt: string | null;
  homepage: string;
}

export function dataPackage(files: readonly CsvFile[], info: PackageInfo): string {
  const descriptor = {
    profile: 'tabular-data-package',
    name: 'virkemiddelkart',
    title: 'Virkemiddelkart: sosialboligpolitiske virkemidler',
    description: `Instruments, actors, target groups, goals, strategies, legal bases, criteria and sources in force on ${info.asOf}${info.knownAt ? `, as published at ${info.knownAt}` : ''}, and the relationships between them. Lists in a cell are separated by "; "; structured values are JSON.`,
    homepage: info.homepage,
    resources: files.map((file) => ({
      name: file.name.replace(/\.csv$/, ''),
      path: file.name,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: { fields: file.header.map(field), ...(file.header[0] === 'id' ? { primaryKey: ['id'] } : {}) },
    })),
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

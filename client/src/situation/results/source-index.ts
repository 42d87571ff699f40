/**
 * Every source's name and address, so a plan can cite its sources by name with a link instead of
 * by id. Read page by page (the API caps a page at 100) once per language and date.
 */
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { SourceIndexQuery as SourceIndexResult } from '../../gql/graphql.ts';
import { useGlobalParams } from '../../app/global-params.ts';

export const SourceIndexQuery = graphql(`
  query SourceIndex($after: String, $asOf: Date, $lang: Lang) {
    sources(first: 100, after: $after, asOf: $asOf, lang: $lang) {
      nodes { id title publisher url }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export type SourceRef = { id: string; title: string; publisher: string; url: string };

export function useSourceIndex(): ReadonlyMap<string, SourceRef> {
  const client = useClient();
  const { asOf, lang } = useGlobalParams();
  const [index, setIndex] = useState<ReadonlyMap<string, SourceRef>>(new Map());
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = new Map<string, SourceRef>();
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const result = await client.query(SourceIndexQuery, { after, asOf, lang }).toPromise();
        const connection: SourceIndexResult['sources'] | undefined = result.data?.sources;
        if (!connection) break;
        for (const node of connection.nodes) found.set(node.id, node);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      if (!cancelled) setIndex(found);
    })();
    return () => {
      cancelled = true;
    };
  }, [client, asOf, lang]);
  return index;
}

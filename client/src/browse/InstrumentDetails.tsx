import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import type { InstrumentDetailKind } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { InlineSources, SourceItemFragment } from './SourceList.tsx';

export const InstrumentDetailFragment = graphql(`
  fragment InstrumentDetailItem on InstrumentDetail {
    kind
    text
    url
    title
    fallback
    confidence
    note
    sources { ...SourceItem }
  }
`);

export type InstrumentDetailRef = FragmentType<typeof InstrumentDetailFragment>;

/** True when any of the details fell back to bokmål. */
export function anyDetailFallback(details: readonly (InstrumentDetailRef | null | undefined)[]): boolean {
  return details.some((detail) => detail != null && getFragmentData(InstrumentDetailFragment, detail).fallback);
}

/** "Ikke funnet i kildene": a detail the sources consulted do not give, shown rather than hidden. */
export function NotFound({ kind }: { kind: InstrumentDetailKind }) {
  const { t } = useT();
  return <span className="muted detail-not-found" data-not-found={kind}>{t.common.notFound}</span>;
}

/** One sourced detail: a page as a link (its title, or the address), or a statement; with its sources. */
export function InstrumentDetailValue({ detail, kind, label }: { detail: InstrumentDetailRef | null | undefined; kind: InstrumentDetailKind; label?: string }) {
  const prefix: ReactNode = label ? <>{label}: </> : null;
  if (!detail) return <div className="instrument-detail" data-detail={kind}>{prefix}<NotFound kind={kind} /></div>;
  const data = getFragmentData(InstrumentDetailFragment, detail);
  const lang = data.fallback ? 'nb' : undefined;
  const sources = data.sources.map((source) => getFragmentData(SourceItemFragment, source));
  return (
    <div className="instrument-detail" data-detail={kind} data-found="true">
      {prefix}
      {data.url ? (
        <a className="ds-link" href={data.url} rel="noreferrer" lang={data.title ? lang : undefined}>{data.title ?? data.url}</a>
      ) : (
        <span lang={lang}>{data.text}</span>
      )}
      {data.url && data.text && <> <span lang={lang}>{data.text}</span></>}
      <InlineSources sources={sources} />
    </div>
  );
}

/** "Dokumenter å ta med", each document with its sources, or "Ikke funnet i kildene". */
export function DocumentsToBring({ documents, className }: { documents: readonly InstrumentDetailRef[]; className?: string }) {
  if (documents.length === 0) return <p><NotFound kind="DOCUMENT" /></p>;
  return (
    <ul className={className ?? 'document-list'}>
      {documents.map((document, index) => {
        const data = getFragmentData(InstrumentDetailFragment, document);
        const sources = data.sources.map((source) => getFragmentData(SourceItemFragment, source));
        return (
          <li key={`${data.text ?? ''}-${index}`} data-detail="DOCUMENT">
            <span lang={data.fallback ? 'nb' : undefined}>{data.text}</span>
            <InlineSources sources={sources} />
          </li>
        );
      })}
    </ul>
  );
}

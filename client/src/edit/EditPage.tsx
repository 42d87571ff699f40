/**
 * `/rediger/:type/:id`: the entity's current facts and version, the draft the changes go into,
 * and one form per domain operation. Every change names the version it was drafted against, so a
 * reviewer publishing after someone else changed the entity gets a CONFLICT instead of silently
 * overwriting it (decision 0008).
 */
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useClient, useQuery, type OperationResult } from 'urql';
import { graphql } from '../gql/index.ts';
import { Alert, Heading, Paragraph } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { entityPath } from '../browse/routes.ts';
import { useEditT } from './use-edit-t.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { formatDate } from '../i18n/format.ts';
import { canEdit, useSession } from './session.ts';
import { SignInPrompt } from './SignInPrompt.tsx';
import { EditClientProvider } from './EditClientProvider.tsx';
import { DraftPicker, type DraftOption } from './DraftPicker.tsx';
import { ChoiceField } from './fields.tsx';
import { FactsForm } from './FactsForm.tsx';
import { RenameForm } from './RenameForm.tsx';
import { AddRelationForm, EndEntityForm, EndRelationForm, MoveResponsibilityForm } from './RelationForms.tsx';
import { SourceForm } from './SourceForm.tsx';
import type { SourceOption } from './ChangeForm.tsx';
import { changeSetPath, isEditSegment } from './routes.ts';
import type { EditableEntity, LangTexts, TextLang } from './editable-entity.ts';
import type { EditEntityQuery, EditSourcesQuery as EditSourcesResult } from '../gql/graphql.ts';
import './edit.css';

const EditEntityQueryDocument = graphql(`
  query EditEntity($id: ID!) {
    nb: node(id: $id, lang: NB) {
      __typename
      id
      ... on Entity {
        type
        version
        name
        abbreviation
        validFrom
        validTo
        description
        note
        missingTranslations
        sources { id title }
        links { type direction relationId validFrom validTo entity { id name type } }
      }
      ... on Instrument { howToApply }
      ... on Actor { url }
      ... on Strategy { url }
      ... on LegalBasis { url }
    }
    nn: node(id: $id, lang: NN) {
      id
      ... on Entity { name description note missingTranslations }
      ... on Instrument { howToApply }
    }
    en: node(id: $id, lang: EN) {
      id
      ... on Entity { name description note missingTranslations }
      ... on Instrument { howToApply }
    }
  }
`);

const EditDraftsQuery = graphql(`
  query EditDrafts($lang: Lang) {
    changeSets(status: [DRAFT], first: 50, lang: $lang) {
      nodes { id title changes { id operation entityId summary } }
    }
  }
`);

const EditSourcesQueryDocument = graphql(`
  query EditSources($after: String) {
    sources(first: 100, after: $after) {
      nodes { id title }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const EditActorsQuery = graphql(`
  query EditActors {
    actors(first: 100) { nodes { id name } }
  }
`);

type Operation = 'facts' | 'rename' | 'move' | 'end' | 'addRelation' | 'endRelation' | 'addSource';

type TextFields = { name: string; description: string | null; note: string | null; missingTranslations: string[]; howToApply?: string | null };

/** The three readings as one entity; a text that fell back to bokmål counts as missing in that language. */
function toEditable(data: EditEntityQuery): EditableEntity | null {
  const base = data.nb;
  if (!base || !('version' in base)) return null;
  const readings: Record<TextLang, TextFields | null> = {
    nb: base,
    nn: data.nn && 'name' in data.nn ? (data.nn as TextFields) : null,
    en: data.en && 'name' in data.en ? (data.en as TextFields) : null,
  };
  const text = (field: 'name' | 'description' | 'note' | 'howToApply'): LangTexts => {
    const value = (lang: TextLang) => {
      const reading = readings[lang];
      if (!reading || (lang !== 'nb' && reading.missingTranslations.includes(field))) return '';
      return reading[field] ?? '';
    };
    return { nb: value('nb'), nn: value('nn'), en: value('en') };
  };
  return {
    id: base.id,
    type: base.type,
    version: base.version,
    name: base.name,
    abbreviation: base.abbreviation ?? null,
    validFrom: base.validFrom ?? null,
    validTo: base.validTo ?? null,
    url: 'url' in base ? (base.url ?? null) : undefined,
    texts: { name: text('name'), description: text('description'), note: text('note'), howToApply: base.__typename === 'Instrument' ? text('howToApply') : undefined },
    links: base.links.map((link) => ({ ...link, relationId: link.relationId ?? null, validFrom: link.validFrom ?? null, validTo: link.validTo ?? null })),
    sources: base.sources.map((source) => ({ id: source.id, title: source.title })),
  };
}

/** Every source in the graph, page by page (the API gives at most 100 at a time). */
function useAllSources(): SourceOption[] {
  const client = useClient();
  const [sources, setSources] = useState<SourceOption[]>([]);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all: SourceOption[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result: OperationResult<EditSourcesResult> = await client.query(EditSourcesQueryDocument, { after }).toPromise();
        const connection = result.data?.sources;
        if (!connection) break;
        all.push(...connection.nodes);
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      if (!cancelled) setSources(all);
    })();
    return () => {
      cancelled = true;
    };
  }, [client]);
  return sources;
}

function EditScreen({ id }: { id: string }) {
  const { t, locale } = useEditT();
  const { lang } = useGlobalParams();
  const [params, setParams] = useSearchParams();
  const draftId = params.get('utkast');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EditEntityQueryDocument, variables: { id } });
  const [drafts, refetchDrafts] = useQuery({ query: EditDraftsQuery, variables: { lang } });
  const entity = data ? toEditable(data) : null;
  const [actors] = useQuery({ query: EditActorsQuery, pause: entity?.type !== 'INSTRUMENT' });
  const allSources = useAllSources();
  const [operation, setOperation] = useState<Operation>('facts');
  const [added, setAdded] = useState<{ summary: string; key: number } | null>(null);
  const [addedSources, setAddedSources] = useState<SourceOption[]>([]);
  const statusRef = useRef<HTMLDivElement>(null);

  if (data && !entity) return <NotFoundPage />;

  const draftList: DraftOption[] = (drafts.data?.changeSets.nodes ?? []).map((draft) => ({ id: draft.id, title: draft.title, changeCount: draft.changes.length }));
  const chosen = drafts.data?.changeSets.nodes.find((draft) => draft.id === draftId);
  // Sources the chosen draft adds can be cited by its later changes.
  const draftSources: SourceOption[] = [
    ...(chosen?.changes.filter((change) => change.operation === 'ADD_SOURCE').map((change) => ({ id: change.entityId, title: change.summary })) ?? []),
    ...addedSources,
  ];
  const selectDraft = (next: string | null) => {
    const search = new URLSearchParams(params);
    if (next) search.set('utkast', next);
    else search.delete('utkast');
    setParams(search, { replace: true });
  };
  const onAdded = (summary: string) => {
    setAdded((current) => ({ summary, key: (current?.key ?? 0) + 1 }));
    refetchDrafts({ requestPolicy: 'network-only' });
    window.setTimeout(() => statusRef.current?.focus(), 0);
  };

  const operations: { value: Operation; label: string }[] = [
    { value: 'facts', label: t.edit.operations.facts },
    { value: 'rename', label: t.edit.operations.rename },
    ...(entity?.type === 'INSTRUMENT' ? [{ value: 'move' as const, label: t.edit.operations.move }] : []),
    { value: 'end', label: t.edit.operations.end },
    { value: 'addRelation', label: t.edit.operations.addRelation },
    { value: 'endRelation', label: t.edit.operations.endRelation },
    { value: 'addSource', label: t.edit.operations.addSource },
  ];

  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {entity && (
        <>
          <PageTitle title={t.edit.editor.title(entity.name)}>{t.edit.editor.title(entity.name)}</PageTitle>
          <p><AppLink {...entityPath(entity.type, entity.id)}>{t.edit.editor.backToPage(entity.name)}</AppLink></p>
          <section aria-labelledby="slik-na" className="stack">
            <Heading level={2} data-size="xs" id="slik-na">{t.edit.editor.current}</Heading>
            <dl className="fact-list">
              <dt>{t.edit.editor.version}</dt><dd data-item="version">{entity.version}</dd>
              <dt>{t.edit.fieldNames.name}</dt><dd>{entity.name}{entity.abbreviation ? ` (${entity.abbreviation})` : ''}</dd>
              <dt>{t.edit.fieldNames.validFrom}</dt><dd>{entity.validFrom ? formatDate(entity.validFrom, locale) : t.common.unknownDate}</dd>
              <dt>{t.edit.fieldNames.validTo}</dt><dd>{entity.validTo ? formatDate(entity.validTo, locale) : t.edit.editor.stillInForce}</dd>
              {entity.texts.description.nb && <><dt>{t.edit.fieldNames.description}</dt><dd>{entity.texts.description.nb}</dd></>}
              {entity.url !== undefined && <><dt>{t.edit.fieldNames.url}</dt><dd>{entity.url ?? t.common.none}</dd></>}
            </dl>
          </section>
          <DraftPicker drafts={draftList} selected={chosen ? chosen.id : null} onSelect={selectDraft} onCreated={(created) => { selectDraft(created); refetchDrafts({ requestPolicy: 'network-only' }); }} />
          {drafts.error && <Alert data-color="danger" role="alert">{drafts.error.graphQLErrors[0]?.message ?? t.common.errorBody}</Alert>}
          <div ref={statusRef} tabIndex={-1} role="status" className="edit-status">
            {added && (
              <Paragraph>
                {t.edit.form.added(added.summary)}{' '}
                {chosen && <AppLink to={changeSetPath(chosen.id)}>{t.edit.draft.open(chosen.title)}</AppLink>}
              </Paragraph>
            )}
          </div>
          <section aria-labelledby="endre" className="stack">
            <Heading level={2} data-size="xs" id="endre">{t.edit.editor.changeTitle}</Heading>
            {!chosen && <p className="muted">{t.edit.form.draftRequired}</p>}
            <ChoiceField
              id="operasjon"
              name="operasjon"
              type="radio"
              legend={t.edit.editor.chooseOperation}
              options={operations}
              isChecked={(value) => value === operation}
              onToggle={(value, checked) => checked && setOperation(value as Operation)}
            />
            <div key={`${operation}-${added?.key ?? 0}`}>
              {(() => {
                const props = { entity, changeSetId: chosen?.id ?? null, sources: [...entity.sources, ...draftSources], allSources, onAdded };
                switch (operation) {
                  case 'facts':
                    return <FactsForm {...props} />;
                  case 'rename':
                    return <RenameForm {...props} />;
                  case 'move':
                    return <MoveResponsibilityForm {...props} actors={actors.data?.actors.nodes ?? []} />;
                  case 'end':
                    return <EndEntityForm {...props} />;
                  case 'addRelation':
                    return <AddRelationForm {...props} />;
                  case 'endRelation':
                    return <EndRelationForm {...props} />;
                  case 'addSource':
                    return <SourceForm entity={entity} changeSetId={chosen?.id ?? null} onAdded={(summary, source) => { setAddedSources((current) => [...current, source]); onAdded(summary); }} />;
                }
              })()}
            </div>
          </section>
        </>
      )}
    </QueryState>
  );
}

export default function EditPage() {
  const { type, id = '' } = useParams();
  const { t } = useEditT();
  const session = useSession();
  if (!isEditSegment(type)) return <NotFoundPage />;
  if (!session) return null;
  if (!canEdit(session)) {
    return (
      <>
        <PageTitle title={t.edit.editor.signInTitle}>{t.edit.editor.signInTitle}</PageTitle>
        <SignInPrompt message={session.signedIn ? t.edit.editor.notEditor : t.edit.editor.signInNeeded} />
      </>
    );
  }
  return (
    <EditClientProvider>
      <EditScreen id={id} />
    </EditClientProvider>
  );
}

/**
 * `/endringer/:id`: a change set with its changes and their diffs. The author submits or takes it
 * back; a reviewer who is not the author publishes it or rejects it with a note. A refusal because
 * an entity changed meanwhile (CONFLICT) says which entity and which version it is now.
 */
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql/index.ts';
import type { ChangeSetPageQuery } from '../gql/graphql.ts';
import { Alert, Button, Heading, Paragraph } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { entityPath } from '../browse/routes.ts';
import { useEditT } from './use-edit-t.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { formatDateTime } from './datetime.ts';
import { canReview, isStaff, useSession, type Session } from './session.ts';
import { SignInPrompt } from './SignInPrompt.tsx';
import { EditClientProvider } from './EditClientProvider.tsx';
import { conflictOf, splitErrors } from './api-errors.ts';
import { DiffView } from './DiffView.tsx';
import { TextField } from './fields.tsx';
import { StatusTag } from './StatusTag.tsx';
import './edit.css';

const ChangeSetPageQueryDocument = graphql(`
  query ChangeSetPage($id: ID!, $lang: Lang) {
    changeSet(id: $id, lang: $lang) {
      id
      title
      reason
      kind
      status
      createdAt
      submittedAt
      reviewedAt
      reviewNote
      revision
      publishedAt
      author { name email }
      reviewer { name email }
      changes {
        id
        operation
        entityId
        entityType
        baseVersion
        reason
        sourceIds
        summary
        fields { record action field before after }
      }
    }
  }
`);

const SubmitMutation = graphql(`
  mutation ChangeSetSubmit($id: ID!) { submitChangeSet(id: $id) { id status } }
`);
const WithdrawMutation = graphql(`
  mutation ChangeSetWithdraw($id: ID!) { withdrawChangeSet(id: $id) { id status } }
`);
const PublishMutation = graphql(`
  mutation ChangeSetPublish($id: ID!, $note: String) { publishChangeSet(id: $id, note: $note) { id status revision } }
`);
const RejectMutation = graphql(`
  mutation ChangeSetReject($id: ID!, $note: String!) { rejectChangeSet(id: $id, note: $note) { id status } }
`);
const RemoveChangeMutation = graphql(`
  mutation ChangeSetRemoveChange($changeSetId: ID!, $changeId: ID!) { removeChange(changeSetId: $changeSetId, changeId: $changeId) { id } }
`);

type ChangeSet = NonNullable<ChangeSetPageQuery['changeSet']>;

const sameEmail = (a: string | null | undefined, b: string | null | undefined) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());

function Outcome({ message, error, outcomeRef }: { message: string | null; error: CombinedError | null; outcomeRef: Ref<HTMLDivElement> }) {
  const { t } = useEditT();
  const conflict = conflictOf(error ?? undefined);
  const general = error ? splitErrors(error, []).general : [];
  return (
    <div ref={outcomeRef} tabIndex={-1} className="edit-outcome">
      {message && <Alert data-color="success" role="status">{message}</Alert>}
      {conflict && (
        <Alert data-color="danger" role="alert" data-conflict={conflict.entities.map((entity) => entity.entityId).join(' ')}>
          <Heading level={2} data-size="xs">{t.edit.changeSet.conflictTitle}</Heading>
          {conflict.entities.map((entity) => (
            <Paragraph key={entity.entityId}>
              {entity.currentVersion === null
                ? t.edit.changeSet.conflictGone(entity.entityId)
                : t.edit.changeSet.conflictBody(entity.entityId, String(entity.currentVersion))}
            </Paragraph>
          ))}
          <Paragraph className="muted" lang="en">{conflict.message}</Paragraph>
        </Alert>
      )}
      {!conflict && general.length > 0 && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t.edit.changeSet.actionFailed}</Paragraph>
          <ul>{general.map((item) => <li key={item}>{item}</li>)}</ul>
        </Alert>
      )}
    </div>
  );
}

function ReviewForm({ changeSet, onDone }: { changeSet: ChangeSet; onDone: (message: string | null, error: CombinedError | null) => void }) {
  const { t } = useEditT();
  const [, publish] = useMutation(PublishMutation);
  const [, reject] = useMutation(RejectMutation);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const noteId = 'vurdering-merknad';

  const onPublish = async () => {
    setBusy(true);
    const result = await publish({ id: changeSet.id, note: note.trim() || null });
    setBusy(false);
    const revision = result.data?.publishChangeSet.revision;
    onDone(result.data ? t.edit.changeSet.published(revision ?? 0) : null, result.error ?? null);
  };
  const onReject = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t.edit.changeSet.noteRequired);
      document.getElementById(noteId)?.focus();
      return;
    }
    setNoteError(undefined);
    setBusy(true);
    const result = await reject({ id: changeSet.id, note: note.trim() });
    setBusy(false);
    onDone(result.data ? t.edit.changeSet.rejected : null, result.error ?? null);
  };
  return (
    <form className="stack" noValidate onSubmit={(event) => void onReject(event)} aria-labelledby="vurdering">
      <Heading level={2} data-size="xs" id="vurdering">{t.edit.changeSet.reviewTitle}</Heading>
      <TextField id={noteId} label={t.edit.changeSet.note} help={t.edit.changeSet.noteHelp} value={note} onChange={setNote} multiline error={noteError} />
      <div className="row">
        <Button type="button" disabled={busy} onClick={() => void onPublish()}>{t.edit.changeSet.publish}</Button>
        <Button type="submit" variant="secondary" data-color="danger" disabled={busy}>{t.edit.changeSet.reject}</Button>
      </div>
    </form>
  );
}

function ChangeSetView({ id, session }: { id: string; session: Session }) {
  const { t, locale } = useEditT();
  const { lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ChangeSetPageQueryDocument, variables: { id, lang } });
  const [, submit] = useMutation(SubmitMutation);
  const [, withdraw] = useMutation(WithdrawMutation);
  const [, removeChange] = useMutation(RemoveChangeMutation);
  const [outcome, setOutcome] = useState<{ message: string | null; error: CombinedError | null }>({ message: null, error: null });
  const outcomeRef = useRef<HTMLDivElement>(null);
  const changeSet = data?.changeSet;

  const done = (message: string | null, failure: CombinedError | null) => {
    setOutcome({ message, error: failure });
    reexecute({ requestPolicy: 'network-only' });
    // Focus goes to the outcome, so keyboard and screen-reader users learn what happened.
    window.setTimeout(() => outcomeRef.current?.focus(), 50);
  };

  if (data && !changeSet) {
    return (
      <>
        <PageTitle title={t.edit.changeSet.notFoundTitle}>{t.edit.changeSet.notFoundTitle}</PageTitle>
        <Paragraph>{t.edit.changeSet.notFound}</Paragraph>
        <p><AppLink to="/endringer">{t.edit.queue.title}</AppLink></p>
      </>
    );
  }

  const isAuthor = changeSet ? sameEmail(changeSet.author.email, session.email) : false;
  const date = (value: unknown) => formatDateTime(value, locale);

  return (
    <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
      {changeSet && (
        <>
          <PageTitle title={t.edit.changeSet.title(changeSet.title)}>{t.edit.changeSet.title(changeSet.title)}</PageTitle>
          <p><AppLink to="/endringer">{t.edit.queue.backToQueue}</AppLink></p>
          <div className="row"><StatusTag status={changeSet.status} /></div>
          <dl className="fact-list">
            <dt>{t.edit.changeSet.reason}</dt><dd>{changeSet.reason}</dd>
            <dt>{t.edit.changeSet.author}</dt><dd>{changeSet.author.name}{changeSet.author.email ? ` (${changeSet.author.email})` : ''}</dd>
            <dt>{t.edit.changeSet.createdAt}</dt><dd>{date(changeSet.createdAt)}</dd>
            {Boolean(changeSet.submittedAt) && <><dt>{t.edit.changeSet.submittedAt}</dt><dd>{date(changeSet.submittedAt)}</dd></>}
            {changeSet.reviewer && <><dt>{t.edit.changeSet.reviewer}</dt><dd>{changeSet.reviewer.name}{changeSet.reviewedAt ? `, ${date(changeSet.reviewedAt)}` : ''}</dd></>}
            {changeSet.reviewNote && <><dt>{t.edit.changeSet.reviewNote}</dt><dd>{changeSet.reviewNote}</dd></>}
            {changeSet.revision !== null && changeSet.revision !== undefined && <><dt>{t.edit.changeSet.revision}</dt><dd>{changeSet.revision}</dd></>}
          </dl>
          <Outcome message={outcome.message} error={outcome.error} outcomeRef={outcomeRef} />
          <section aria-labelledby="endringene" className="stack">
            <Heading level={2} data-size="xs" id="endringene">{t.edit.changeSet.changes}</Heading>
            {changeSet.changes.length === 0 && <p className="muted">{t.edit.changeSet.noChanges}</p>}
            <ol className="change-list">
              {changeSet.changes.map((change) => {
                const link = change.entityType ? entityPath(change.entityType, change.entityId) : null;
                return (
                  <li key={change.id} className="change-item stack" data-change={change.id} data-operation={change.operation}>
                    <Heading level={3} data-size="2xs">{t.edit.operationNames[change.operation]}: {change.summary}</Heading>
                    <dl className="fact-list">
                      <dt>{t.edit.changeSet.entity}</dt>
                      <dd>
                        {link ? <AppLink {...link}>{change.entityId}</AppLink> : change.entityId} ({t.edit.changeSet.baseVersion(change.baseVersion)})
                      </dd>
                      <dt>{t.edit.changeSet.reason}</dt><dd>{change.reason}</dd>
                      <dt>{t.common.sources}</dt><dd>{change.sourceIds.join(', ') || t.common.none}</dd>
                    </dl>
                    <DiffView fields={change.fields} />
                    {isAuthor && changeSet.status === 'DRAFT' && (
                      <div className="row">
                        <Button
                          variant="tertiary"
                          onClick={() => void removeChange({ changeSetId: changeSet.id, changeId: change.id }).then((result) => done(result.data ? t.edit.changeSet.removed : null, result.error ?? null))}
                        >
                          {t.edit.changeSet.remove}
                        </Button>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
          {isAuthor && (changeSet.status === 'DRAFT' || changeSet.status === 'SUBMITTED') && (
            <section aria-labelledby="handlinger" className="stack">
              <Heading level={2} data-size="xs" id="handlinger">{t.edit.changeSet.actions}</Heading>
              <div className="row">
                {changeSet.status === 'DRAFT' && (
                  <Button disabled={changeSet.changes.length === 0} onClick={() => void submit({ id: changeSet.id }).then((result) => done(result.data ? t.edit.changeSet.submitted : null, result.error ?? null))}>
                    {t.edit.changeSet.submit}
                  </Button>
                )}
                <Button variant="secondary" onClick={() => void withdraw({ id: changeSet.id }).then((result) => done(result.data ? t.edit.changeSet.withdrawn : null, result.error ?? null))}>
                  {t.edit.changeSet.withdraw}
                </Button>
              </div>
            </section>
          )}
          {changeSet.status === 'SUBMITTED' && canReview(session) && !isAuthor && <ReviewForm changeSet={changeSet} onDone={done} />}
          {changeSet.status === 'SUBMITTED' && canReview(session) && isAuthor && <p className="muted">{t.edit.changeSet.ownNoReview}</p>}
        </>
      )}
    </QueryState>
  );
}

export default function ChangeSetPage() {
  const { id = '' } = useParams();
  const { t } = useEditT();
  const session = useSession();
  if (!session) return null;
  if (!isStaff(session)) {
    return (
      <>
        <PageTitle title={t.edit.changeSet.signInTitle}>{t.edit.changeSet.signInTitle}</PageTitle>
        <SignInPrompt message={session.signedIn ? t.edit.queue.noRole : t.edit.queue.signInPrompt} />
      </>
    );
  }
  return (
    <EditClientProvider>
      <ChangeSetView id={id} session={session} />
    </EditClientProvider>
  );
}

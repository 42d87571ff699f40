/**
 * `/endringer`: what waits for staff. Reviewers see the change sets submitted for review, editors
 * their own drafts, and both the readers' reports ("Meld feil"), which they close with a note.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import type { ReviewQueueSuggestionsQuery } from '../gql/graphql.ts';
import { Alert, Button, Heading, Paragraph } from '../components/ds.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useEditT } from './use-edit-t.ts';
import { useGlobalParams } from '../app/global-params.ts';
import { formatDay } from './datetime.ts';
import { canEdit, canReview, isStaff, useSession } from './session.ts';
import { SignInPrompt } from './SignInPrompt.tsx';
import { EditClientProvider } from './EditClientProvider.tsx';
import { splitErrors } from './api-errors.ts';
import { TextField } from './fields.tsx';
import { StatusTag } from './StatusTag.tsx';
import { changeSetPath } from './routes.ts';
import './edit.css';

const ReviewQueueChangeSetsQuery = graphql(`
  query ReviewQueueChangeSets($status: [ChangeSetStatus!], $lang: Lang) {
    changeSets(status: $status, first: 50, lang: $lang) {
      nodes { id title status createdAt submittedAt author { name } changes { id } }
    }
  }
`);

const ReviewQueueSuggestionsQueryDocument = graphql(`
  query ReviewQueueSuggestions {
    suggestions(status: OPEN, first: 50) { id entityId page text createdAt status }
  }
`);

const CloseSuggestionMutation = graphql(`
  mutation ReviewQueueCloseSuggestion($id: ID!, $note: String!) {
    closeSuggestion(id: $id, note: $note) { id status closingNote }
  }
`);

function ChangeSetList({ headingId, title, status }: { headingId: string; title: string; status: 'SUBMITTED' | 'DRAFT' }) {
  const { t, locale } = useEditT();
  const { lang } = useGlobalParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewQueueChangeSetsQuery, variables: { status: [status], lang } });
  const nodes = data?.changeSets.nodes ?? [];
  return (
    <section aria-labelledby={headingId} className="stack" data-queue={status}>
      <Heading level={2} data-size="xs" id={headingId}>{title}</Heading>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {nodes.length === 0 ? (
          <p className="muted">{t.edit.queue.none}</p>
        ) : (
          <ul className="plain-list">
            {nodes.map((changeSet) => (
              <li key={changeSet.id} data-change-set={changeSet.id}>
                <AppLink to={changeSetPath(changeSet.id)}>{changeSet.title}</AppLink>{' '}
                <StatusTag status={changeSet.status} />{' '}
                <span className="muted">
                  {t.edit.history.by(changeSet.author.name)}, {formatDay(changeSet.submittedAt ?? changeSet.createdAt, locale)}. {t.edit.queue.changeCount(changeSet.changes.length)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

type Suggestion = ReviewQueueSuggestionsQuery['suggestions'][number];

function SuggestionItem({ suggestion, onClosed }: { suggestion: Suggestion; onClosed: (message: string) => void }) {
  const { t, locale } = useEditT();
  const [, close] = useMutation(CloseSuggestionMutation);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const noteId = `melding-${suggestion.id}-svar`;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError(t.edit.queue.noteRequired);
      document.getElementById(noteId)?.focus();
      return;
    }
    const result = await close({ id: suggestion.id, note: note.trim() });
    if (!result.data) {
      setError(splitErrors(result.error, []).general.join(' ') || t.common.errorBody);
      document.getElementById(noteId)?.focus();
      return;
    }
    onClosed(t.edit.queue.closed);
  };
  return (
    <li className="stack suggestion" data-suggestion={suggestion.id}>
      <Paragraph className="suggestion__text">{suggestion.text}</Paragraph>
      <p className="muted">
        {t.edit.report.page}: <AppLink to={suggestion.page}>{suggestion.page}</AppLink>
        {suggestion.entityId ? ` · ${t.edit.report.entity}: ${suggestion.entityId}` : ''} · {formatDay(suggestion.createdAt, locale)}
      </p>
      <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={t.edit.queue.closeLabel(suggestion.id)}>
        <TextField id={noteId} label={t.edit.queue.closingNote} value={note} onChange={setNote} multiline error={error} />
        <div className="row">
          <Button type="submit" variant="secondary">{t.edit.queue.close}</Button>
        </div>
      </form>
    </li>
  );
}

function Suggestions() {
  const { t } = useEditT();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewQueueSuggestionsQueryDocument });
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  return (
    <section aria-labelledby="meldinger" className="stack">
      <Heading level={2} data-size="xs" id="meldinger">{t.edit.queue.suggestions}</Heading>
      <p ref={statusRef} tabIndex={-1} role="status" className="edit-status">{message}</p>
      <QueryState fetching={fetching && !data} error={error} retry={() => reexecute({ requestPolicy: 'network-only' })}>
        {data && data.suggestions.length === 0 && <p className="muted">{t.edit.queue.none}</p>}
        <ul className="plain-list suggestion-list">
          {data?.suggestions.map((suggestion) => (
            <SuggestionItem
              key={suggestion.id}
              suggestion={suggestion}
              onClosed={(text) => {
                setMessage(text);
                reexecute({ requestPolicy: 'network-only' });
                window.setTimeout(() => statusRef.current?.focus(), 50);
              }}
            />
          ))}
        </ul>
      </QueryState>
    </section>
  );
}

export default function ReviewQueuePage() {
  const { t } = useEditT();
  const session = useSession();
  return (
    <>
      <PageTitle title={t.edit.queue.title}>{t.edit.queue.title}</PageTitle>
      {session && !isStaff(session) && <SignInPrompt message={session.signedIn ? t.edit.queue.noRole : t.edit.queue.signInPrompt} />}
      {session && isStaff(session) && (
        <EditClientProvider>
          <Paragraph>{t.edit.queue.intro}</Paragraph>
          {canReview(session) && <ChangeSetList headingId="til-kontroll" title={t.edit.queue.submitted} status="SUBMITTED" />}
          {canEdit(session) && (
            <>
              <ChangeSetList headingId="mine-utkast" title={t.edit.queue.drafts} status="DRAFT" />
              <Alert data-color="info" data-size="sm">{t.edit.queue.newDraftHint}</Alert>
            </>
          )}
          {canEdit(session) && !canReview(session) && <ChangeSetList headingId="sendt" title={t.edit.queue.sentByAll} status="SUBMITTED" />}
          <Suggestions />
        </EditClientProvider>
      )}
    </>
  );
}

/**
 * The "Meld feil" dialog: a reader tells the editors what is wrong on the page. It sends the page's
 * path (no query string, so no answers or dates), the entity the page shows, and the text; nothing
 * about the reader. Works without sign-in. A native modal <dialog>: focus stays inside while it is
 * open, Escape closes it.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql/index.ts';
import { Alert, Button, Heading, Paragraph } from '../components/ds.tsx';
import { useEditT } from './use-edit-t.ts';
import { formatDateTime } from './datetime.ts';
import { splitErrors } from './api-errors.ts';
import { TextField } from './fields.tsx';
import { entityIdFromPath } from './routes.ts';
import './edit.css';

const ReportProblemMutation = graphql(`
  mutation ReportProblem($input: SuggestionInput!) {
    reportProblem(input: $input) { id createdAt }
  }
`);

export default function ReportProblemDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useEditT();
  const location = useLocation();
  const page = location.pathname;
  const entityId = entityIdFromPath(page);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const receiptRef = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string[]>([]);
  const [receipt, setReceipt] = useState<{ id: string; createdAt: unknown } | null>(null);
  const [{ fetching }, report] = useMutation(ReportProblemMutation);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setFieldError(t.edit.report.textRequired);
      document.getElementById('meld-feil-tekst')?.focus();
      return;
    }
    setFieldError(undefined);
    const result = await report({ input: { page, entityId, text: text.trim() } });
    const answer = result.data?.reportProblem;
    if (!answer) {
      const split = splitErrors(result.error, ['text']);
      if (split.fields.text) setFieldError(split.fields.text);
      setFailure(split.general.length > 0 || split.fields.text ? split.general : [t.common.errorBody]);
      window.setTimeout(() => (split.fields.text ? document.getElementById('meld-feil-tekst') : document.getElementById('meld-feil-feil'))?.focus(), 0);
      return;
    }
    setFailure([]);
    setReceipt(answer);
    window.setTimeout(() => receiptRef.current?.focus(), 0);
  };

  return (
    <dialog
      ref={dialogRef}
      className="ds-dialog report-dialog"
      aria-labelledby="meld-feil-tittel"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {receipt ? (
        <div className="stack">
          <Heading level={2} data-size="sm" id="meld-feil-tittel" ref={receiptRef} tabIndex={-1}>{t.edit.report.receiptTitle}</Heading>
          <Paragraph role="status" data-receipt={receipt.id}>{t.edit.report.receipt(receipt.id, formatDateTime(receipt.createdAt, locale))}</Paragraph>
          <Paragraph className="muted">{t.edit.report.receiptNext}</Paragraph>
          <div className="row">
            <Button onClick={onClose}>{t.common.close}</Button>
          </div>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={(event) => void onSubmit(event)}>
          <Heading level={2} data-size="sm" id="meld-feil-tittel">{t.edit.report.title}</Heading>
          <Paragraph>{t.edit.report.intro}</Paragraph>
          <dl className="fact-list">
            <dt>{t.edit.report.page}</dt><dd data-item="page">{page}</dd>
            {entityId && <><dt>{t.edit.report.entity}</dt><dd data-item="entity">{entityId}</dd></>}
          </dl>
          {failure.length > 0 && (
            <Alert data-color="danger" role="alert" id="meld-feil-feil" tabIndex={-1}>
              <Paragraph>{t.edit.report.failed}</Paragraph>
              <ul>{failure.map((message) => <li key={message}>{message}</li>)}</ul>
            </Alert>
          )}
          <TextField id="meld-feil-tekst" label={t.edit.report.text} help={t.edit.report.noPersonal} value={text} onChange={setText} multiline error={fieldError} />
          <div className="row">
            <Button type="submit" disabled={fetching}>{fetching ? t.edit.report.sending : t.edit.report.send}</Button>
            <Button variant="secondary" onClick={onClose}>{t.common.close}</Button>
          </div>
        </form>
      )}
    </dialog>
  );
}

import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/i18n.ts';
import { Alert, Button } from '../../components/ds.tsx';
import { withGlobalParams } from '../../app/global-params.ts';
import { useSituation } from '../SituationProvider.tsx';
import { encodeAnswers } from '../share-encoding.ts';

/**
 * "Kopier lenke" with the warning first. The link carries the answers only after `#`, which the
 * browser keeps to itself: opening the link sends nothing about the household to the server.
 */
export function ShareLink() {
  const { t } = useT();
  const { answers } = useSituation();
  const [params] = useSearchParams();
  const [stage, setStage] = useState<'closed' | 'warning' | 'made'>('closed');
  const [copied, setCopied] = useState(false);
  const inputId = useId();
  const link = `${window.location.origin}${withGlobalParams('/resultat', params)}#s=${encodeAnswers(answers)}`;

  const make = async () => {
    setStage('made');
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (permissions): the link is shown to copy by hand
    }
  };

  return (
    <div className="share-link no-print">
      <Button variant="secondary" aria-expanded={stage !== 'closed'} onClick={() => setStage(stage === 'closed' ? 'warning' : 'closed')}>
        {t.results.copyLink}
      </Button>
      {stage === 'warning' && (
        <Alert data-color="warning" className="share-warning">
          <p><strong>{t.results.shareWarningTitle}.</strong> {t.results.shareWarning}</p>
          <Button onClick={make}>{t.results.shareConfirm}</Button>
        </Alert>
      )}
      {stage === 'made' && (
        <div className="ds-field share-result">
          <label className="ds-label" htmlFor={inputId}>{t.results.shareLinkLabel}</label>
          <p data-field="description">{t.results.shareWarning}</p>
          <input id={inputId} className="ds-input" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}
      <p role="status" className="visually-hidden">{stage === 'made' && copied ? t.results.shareCopied : ''}</p>
    </div>
  );
}

/**
 * "Meld feil" in the footer of every page. The dialog itself is fetched when first opened, so it
 * costs the first page nothing.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import './shell.css';

const ReportProblemDialog = lazy(() => import('./ReportProblemDialog.tsx'));

export function ReportProblemButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={buttonRef} type="button" className="ds-link link-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.shell.footerReportError}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ReportProblemDialog
            onClose={() => {
              setOpen(false);
              // Back to where the person was before the dialog opened, once the modal dialog (which
              // makes the rest of the page inert) is gone.
              window.setTimeout(() => buttonRef.current?.focus(), 0);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

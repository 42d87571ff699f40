/**
 * Share and download: the view as PNG or SVG (white background; the SVG carries a title and a
 * description saying what it shows), and a link that rebuilds it, copied to the clipboard or, where
 * the browser refuses, shown to copy by hand.
 */
import { useId, useState, type RefObject } from 'react';
import { Button } from '../components/ds.tsx';
import type { CanvasExport } from './GraphCanvas.tsx';
import type { GraphTexts } from './texts.ts';

type Props = { g: GraphTexts; canvas: RefObject<CanvasExport | null>; fileName: string; title: string; description: string; canDraw: boolean };

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Puts a <title> and <desc> first in the SVG, where assistive technology and file browsers read them. */
export function withTitle(svg: string, title: string, description: string): string {
  return svg.replace(/<svg\b[^>]*>/, (open) => `${open.replace('<svg', '<svg role="img"')}<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`);
}

export function ExportPanel({ g, canvas, fileName, title, description, canDraw }: Props) {
  const id = useId();
  const [copy, setCopy] = useState<'copied' | 'manual' | null>(null);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };
  return (
    <section className="graph-export no-print" aria-labelledby={`${id}-title`}>
      <h2 className="ds-heading" data-size="2xs" id={`${id}-title`}>{g.exportTitle}</h2>
      <div className="row">
        {canDraw && (
          <>
            <Button variant="secondary" data-size="sm" onClick={async () => { const png = await canvas.current?.png(); if (png) download(png, `${fileName}.png`); }}>{g.png}</Button>
            <Button variant="secondary" data-size="sm" onClick={() => { const svg = canvas.current?.svg(); if (svg) download(new Blob([withTitle(svg, title, description)], { type: 'image/svg+xml' }), `${fileName}.svg`); }}>{g.svg}</Button>
          </>
        )}
        <Button variant="secondary" data-size="sm" onClick={copyLink}>{g.copyLink}</Button>
      </div>
      <div role="status">
        {copy === 'copied' && <p>{g.copied}</p>}
        {copy === 'manual' && (
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-link`}>{g.copyFallback}</label>
            <input id={`${id}-link`} className="ds-input" readOnly value={window.location.href} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
      </div>
    </section>
  );
}

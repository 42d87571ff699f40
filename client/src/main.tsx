/**
 * Entry point. Styles come first: Designsystemet's CSS and theme, then the self-hosted Inter font
 * (latin and latin-ext, for Norwegian and Sámi place names), then the app's own layout rules.
 */
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-ext-600.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { readGlobalParams } from './app/global-params.ts';
import { loadDictionary, loadedDictionary } from './i18n/i18n.ts';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
const render = () =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Bokmål is in this bundle; a nynorsk or English link first fetches its dictionary, so the first
// render is already in the page's language. (Should the fetch fail, the app asks again itself.)
const { locale } = readGlobalParams(new URLSearchParams(window.location.search));
if (loadedDictionary(locale)) render();
else loadDictionary(locale).then(render, render);

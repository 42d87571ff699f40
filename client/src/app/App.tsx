import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from '../shell/Layout.tsx';
import { ApiProvider } from './ApiProvider.tsx';
import { SituationProvider } from '../situation/SituationProvider.tsx';
import { Spinner } from '../components/ds.tsx';
import { nb } from '../i18n/nb.ts';

// Everything but the shell and the front page is loaded on demand, to keep the first load small
// (budget: 120 KB gzip of JS for the initial route). So are the nynorsk and English dictionaries
// (i18n.ts).
// The front page too: a first visit to /utforsk (policy staff's way in) must not pay for it.
const HomePage = lazy(() => import('../pages/HomePage.tsx').then((module) => ({ default: module.HomePage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage.tsx').then((module) => ({ default: module.NotFoundPage })));
const WizardIntroPage = lazy(() => import('../situation/wizard/WizardIntroPage.tsx'));
const WizardStepPage = lazy(() => import('../situation/wizard/WizardStepPage.tsx'));
const ReviewPage = lazy(() => import('../situation/wizard/ReviewPage.tsx'));
const ResultsPage = lazy(() => import('../situation/results/ResultsPage.tsx'));
const PrintPage = lazy(() => import('../situation/print/PrintPage.tsx'));
const ExplorePage = lazy(() => import('../browse/ExplorePage.tsx'));
const InstrumentPage = lazy(() => import('../browse/InstrumentPage.tsx'));
const ActorPage = lazy(() => import('../browse/ActorPage.tsx'));
const TargetGroupPage = lazy(() => import('../browse/TargetGroupPage.tsx'));
const GoalPage = lazy(() => import('../browse/GoalPage.tsx'));
const StrategyPage = lazy(() => import('../browse/StrategyPage.tsx'));
const LegalBasisPage = lazy(() => import('../browse/LegalBasisPage.tsx'));
const SearchPage = lazy(() => import('../pages/SearchPage.tsx'));
const AboutPage = lazy(() => import('../pages/AboutPage.tsx'));
const DeveloperPage = lazy(() => import('../dev/DeveloperPage.tsx'));
const GraphPage = lazy(() => import('../graph/GraphPage.tsx'));
const EditPage = lazy(() => import('../edit/EditPage.tsx'));
const ChangeSetPage = lazy(() => import('../edit/ChangeSetPage.tsx'));
const ReviewQueuePage = lazy(() => import('../edit/ReviewQueuePage.tsx'));
const ChangesPage = lazy(() => import('../changes/ChangesPage.tsx'));
const CoveragePage = lazy(() => import('../policy/coverage/CoveragePage.tsx'));
const GapsPage = lazy(() => import('../policy/gaps/GapsPage.tsx'));
const MinistryPage = lazy(() => import('../policy/ministry/MinistryPage.tsx'));

export function App() {
  return (
    <BrowserRouter>
      <ApiProvider>
        <SituationProvider>
          {/* Only while a dictionary is fetched for a language the URL changed to other than by the
              language switch, which fetches first; bokmål is the one language at hand then. */}
          <Suspense fallback={<Spinner label={nb.common.loading} size="lg" />}>
            <Routes>
              <Route element={<Layout />}>
                <Route index element={<HomePage />} />
                <Route path="situasjon" element={<WizardIntroPage />} />
                <Route path="situasjon/steg/:step" element={<WizardStepPage />} />
                <Route path="situasjon/oversikt" element={<ReviewPage />} />
                <Route path="resultat" element={<ResultsPage />} />
                <Route path="resultat/utskrift" element={<PrintPage />} />
                <Route path="utforsk" element={<ExplorePage />} />
                <Route path="utforsk/dekning" element={<CoveragePage />} />
                <Route path="utforsk/hull" element={<GapsPage />} />
                <Route path="utforsk/departement" element={<MinistryPage />} />
                <Route path="utforsk/departement/:id" element={<MinistryPage />} />
                <Route path="virkemiddel/:id" element={<InstrumentPage />} />
                <Route path="aktor/:id" element={<ActorPage />} />
                <Route path="malgruppe/:id" element={<TargetGroupPage />} />
                <Route path="mal/:id" element={<GoalPage />} />
                <Route path="strategi/:id" element={<StrategyPage />} />
                <Route path="rettsgrunnlag/:id" element={<LegalBasisPage />} />
                <Route path="sok" element={<SearchPage />} />
                <Route path="graf" element={<GraphPage />} />
                <Route path="utvikler" element={<DeveloperPage />} />
                <Route path="om" element={<AboutPage />} />
                <Route path="rediger/:type/:id" element={<EditPage />} />
                <Route path="endringer" element={<ReviewQueuePage />} />
                <Route path="endringer/:id" element={<ChangeSetPage />} />
                <Route path="siste-endringer" element={<ChangesPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </SituationProvider>
      </ApiProvider>
    </BrowserRouter>
  );
}

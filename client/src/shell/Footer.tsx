import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { formatDate } from '../i18n/format.ts';
import { AppLink } from '../components/AppLink.tsx';
import { ReportProblemButton } from '../edit/ReportProblemButton.tsx';

export const FooterDataVersionQuery = graphql(`
  query FooterDataVersion {
    dataVersion {
      checksum
      lastVerified
      lastCompiled
    }
  }
`);

/** Short form of the data checksum, long enough to tell versions apart on paper. */
export function shortVersion(checksum: string): string {
  return checksum.slice(0, 8);
}

export function Footer() {
  const { t, locale } = useT();
  const [{ data }] = useQuery({ query: FooterDataVersionQuery });
  const version = data?.dataVersion;
  return (
    <footer className="site-footer">
      <ul className="site-footer__links">
        <li><AppLink to="/om">{t.shell.footerAbout}</AppLink></li>
        <li><AppLink to="/om#tilgjengelighet">{t.shell.footerAccessibility}</AppLink></li>
        <li><AppLink to="/om#personvern">{t.shell.footerPrivacy}</AppLink></li>
        <li><AppLink to="/utvikler">{t.shell.footerDevelopers}</AppLink></li>
        <li><ReportProblemButton /></li>
      </ul>
      {version && (
        <p className="site-footer__version">
          {t.shell.dataVersion(shortVersion(version.checksum))}
          {version.lastVerified
            ? `, ${t.shell.dataVerified(formatDate(version.lastVerified, locale))}`
            : version.lastCompiled
              ? `, ${t.shell.dataNotVerified(formatDate(version.lastCompiled, locale))}`
              : ''}
        </p>
      )}
    </footer>
  );
}

import { Paragraph } from '../components/ds.tsx';
import { graphql, getFragmentData, type FragmentType } from '../gql/index.ts';
import { useT } from '../i18n/i18n.ts';
import { PageTitle } from '../components/PageTitle.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { Validity } from './Validity.tsx';
import { SubscribeLink } from '../changes/SubscribeLink.tsx';

export const EntityHeaderFragment = graphql(`
  fragment EntityHeader on Entity {
    id
    type
    name
    abbreviation
    description
    inForce
    validFrom
    validTo
    missingTranslations
  }
`);

/** H1, type, validity and description: the top of every browse page. */
export function EntityHeader({ entity, kindLabel }: { entity: FragmentType<typeof EntityHeaderFragment>; kindLabel?: string | undefined }) {
  const { t } = useT();
  const header = getFragmentData(EntityHeaderFragment, entity);
  const fallback = (field: string) => (header.missingTranslations.includes(field) ? 'nb' : undefined);
  const title = header.abbreviation && header.abbreviation !== header.name ? `${header.name} (${header.abbreviation})` : header.name;
  return (
    <>
      <PageTitle title={header.name}>
        <span lang={fallback('name')}>{title}</span>
      </PageTitle>
      <p className="muted">
        {t.entityTypes[header.type]}
        {kindLabel ? ` · ${kindLabel}` : ''}
      </p>
      <Validity inForce={header.inForce} validFrom={header.validFrom} validTo={header.validTo} missingTranslations={header.missingTranslations} />
      {header.description && <Paragraph data-size="lg" className="lead" lang={fallback('description')}>{header.description}</Paragraph>}
      <div className="row no-print">
        <AppLink to="/graf" params={{ fokus: header.id }}>{t.common.showInGraph}</AppLink>
        <SubscribeLink type={header.type} id={header.id} name={header.name} />
      </div>
    </>
  );
}

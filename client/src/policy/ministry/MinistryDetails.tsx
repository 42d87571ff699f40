/** The body of one ministry's overview: instruments by administering body, prioritised groups, unreached groups, goals. */
import { AppLink } from '../../components/AppLink.tsx';
import { entityPath } from '../../browse/routes.ts';
import { Heading, Paragraph } from '../../components/ds.tsx';
import type { EntityType, MinistryOverviewPageQuery } from '../../gql/graphql.ts';
import { useT } from '../../i18n/i18n.ts';
import { MINISTRY_TEXTS, type MinistryTexts } from './texts.ts';

type Overview = MinistryOverviewPageQuery['ministryOverview'];
type Instrument = Overview['byAdministrator'][number]['instruments'][number];
type Reach = Overview['targetGroups'][number];

function EntityLink({ entity }: { entity: { id: string; type: EntityType; name: string } }) {
  return <AppLink to={entityPath(entity.type, entity.id).to}>{entity.name}</AppLink>;
}

function Names({ entities, m }: { entities: readonly { id: string; type: EntityType; name: string }[]; m: MinistryTexts }) {
  if (entities.length === 0) return <>{m.none}</>;
  return <>{entities.map((entity, index) => <span key={entity.id}>{index > 0 && ', '}<EntityLink entity={entity} /></span>)}</>;
}

function reasonText(reason: Instrument['reasons'][number], m: MinistryTexts): string {
  if (!reason.via) return m.direct[reason.role];
  const via = reason.via.abbreviation ?? reason.via.name;
  return `${via} ${m.via[reason.role]} (${reason.chain.length > 1 ? m.viaPart : m.viaAnswers})`;
}

function InstrumentItem({ entry, m }: { entry: Instrument; m: MinistryTexts }) {
  const { t } = useT();
  return (
    <li className="ministry-instrument" data-instrument={entry.instrument.id}>
      <Heading level={4} data-size="2xs"><EntityLink entity={entry.instrument} /></Heading>
      <dl className="ministry-facts">
        <dt>{m.kinds}</dt>
        <dd>{entry.kinds.map((kind) => t.kinds[kind]).join(', ')}</dd>
        <dt>{m.why}</dt>
        <dd>
          {entry.reasons.map((reason) => reasonText(reason, m)).join('; ')}.
          {!entry.fundedByMinistry && <strong className="ministry-warning"> {m.onlyThroughAgency}.</strong>}
        </dd>
        <dt>{m.targetGroups}</dt>
        <dd><Names entities={entry.targetGroups} m={m} /></dd>
        <dt>{m.goals}</dt>
        <dd><Names entities={entry.goals} m={m} /></dd>
      </dl>
    </li>
  );
}

function ReachText({ group, m }: { group: Reach; m: MinistryTexts }) {
  const subgroups = group.reachedSubgroups.map((subgroup) => subgroup.name).join(', ');
  return (
    <span data-reach={group.reach}>
      {m.reach[group.reach]}
      {group.reach === 'DIRECT' && ` (${m.reachCount(group.instrumentCount)})`}
      {group.reach === 'SUBGROUP_ONLY' && ` (${m.throughSubgroups(subgroups)})`}
    </span>
  );
}

export function MinistryDetails({ overview }: { overview: Overview }) {
  const { locale } = useT();
  const m = MINISTRY_TEXTS[locale];
  const funded = overview.instruments.filter((entry) => entry.fundedByMinistry).length;
  const unreached = overview.targetGroups.filter((group) => group.reach !== 'DIRECT');
  return (
    <>
      <Paragraph data-summary>{overview.instruments.length === 0 ? m.noInstruments : m.summary(overview.instruments.length, funded)}</Paragraph>
      <section aria-labelledby="ministry-by-administrator">
        <Heading level={2} data-size="sm" id="ministry-by-administrator">{m.byAdministrator}</Heading>
        {overview.byAdministrator.map((group) => (
          <section key={group.administrator?.id ?? 'none'} className="ministry-group" data-administrator={group.administrator?.id ?? ''}>
            <Heading level={3} data-size="xs">
              {group.administrator ? <EntityLink entity={group.administrator} /> : m.noAdministrator} <span className="muted">– {m.groupCount(group.instruments.length)}</span>
            </Heading>
            <ul className="plain-list">
              {group.instruments.map((entry) => <InstrumentItem key={entry.instrument.id} entry={entry} m={m} />)}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="ministry-priorities" className="ministry-break">
        <Heading level={2} data-size="sm" id="ministry-priorities">{m.priorities}</Heading>
        <Paragraph>{m.prioritiesIntro}</Paragraph>
        {overview.priorities.length === 0 && <p className="muted">{m.noPriorities}</p>}
        {overview.priorities.map((priority) => (
          <section key={priority.strategy.id} data-strategy={priority.strategy.id}>
            <Heading level={3} data-size="xs"><EntityLink entity={priority.strategy} /></Heading>
            <ul className="ministry-reach">
              {priority.targetGroups.map((group) => (
                <li key={group.targetGroup.id}><EntityLink entity={group.targetGroup} />: <ReachText group={group} m={m} /></li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="ministry-unreached">
        <Heading level={2} data-size="sm" id="ministry-unreached">{m.unreached}</Heading>
        <Paragraph>{m.unreachedIntro}</Paragraph>
        {unreached.length === 0 ? <p className="muted">{m.allReached}</p> : (
          <ul className="ministry-reach" data-unreached>
            {unreached.map((group) => <li key={group.targetGroup.id}><EntityLink entity={group.targetGroup} />: <ReachText group={group} m={m} /></li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="ministry-goals">
        <Heading level={2} data-size="sm" id="ministry-goals">{m.goalsTitle}</Heading>
        {overview.goals.length === 0 ? <p className="muted">{m.noGoals}</p> : (
          <ul className="ministry-reach">
            {overview.goals.map((goal) => <li key={goal.entity.id}><EntityLink entity={goal.entity} />: {m.goalCount(goal.count)}</li>)}
          </ul>
        )}
      </section>
    </>
  );
}

/**
 * The legend doubles as the filters: entity types (shape and colour, counted as drawn), relation
 * types (counted as drawn) and whether what has ended by the date is shown too.
 */
import type { EntityType, LinkType } from '../gql/graphql.ts';
import { useT } from '../i18n/i18n.ts';
import { ENTITY_TYPES, TYPE_STYLE } from './graph-style.ts';
import type { GraphTexts } from './texts.ts';

type Props = {
  g: GraphTexts;
  focusType: EntityType;
  typeCounts: ReadonlyMap<EntityType, number>;
  hiddenTypes: readonly EntityType[];
  relationCounts: ReadonlyMap<LinkType, number>;
  hiddenRelations: readonly LinkType[];
  showEnded: boolean;
  onTypes: (hidden: EntityType[]) => void;
  onRelations: (hidden: LinkType[]) => void;
  onShowEnded: (shown: boolean) => void;
};

const toggled = <T,>(values: readonly T[], value: T, hide: boolean) => (hide ? [...values, value] : values.filter((known) => known !== value));

export function GraphFilters({ g, focusType, typeCounts, hiddenTypes, relationCounts, hiddenRelations, showEnded, onTypes, onRelations, onShowEnded }: Props) {
  const { t } = useT();
  return (
    <>
      <fieldset className="ds-fieldset legend no-print">
        <legend className="ds-label" id="tegnforklaring">{t.graph.legend}</legend>
        <p data-field="description" className="muted">{t.graph.legendHelp}</p>
        {ENTITY_TYPES.filter((type) => typeCounts.has(type) || hiddenTypes.includes(type)).map((type) => {
          const hidden = hiddenTypes.includes(type);
          return (
            <div className="ds-field" key={type} data-legend-type={type}>
              <input id={`type-${type}`} className="ds-input" type="checkbox" checked={!hidden} disabled={type === focusType && hidden}
                onChange={(event) => onTypes(toggled(hiddenTypes, type, !event.currentTarget.checked))} />
              <label className="ds-label" htmlFor={`type-${type}`}>
                <span aria-hidden="true" style={{ color: TYPE_STYLE[type].color }}>{TYPE_STYLE[type].symbol} </span>
                {t.entityTypes[type]} <span className="legend-count">({typeCounts.get(type) ?? 0})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <fieldset className="ds-fieldset legend no-print">
        <legend className="ds-label">{g.relations}</legend>
        <p className="muted">{g.relationsHelp}</p>
        {[...new Set([...relationCounts.keys(), ...hiddenRelations])].sort().map((type) => (
          <div className="ds-field" key={type} data-legend-relation={type}>
            <input id={`rel-${type}`} className="ds-input" type="checkbox" checked={!hiddenRelations.includes(type)}
              onChange={(event) => onRelations(toggled(hiddenRelations, type, !event.currentTarget.checked))} />
            <label className="ds-label" htmlFor={`rel-${type}`}>{t.linkTypes[type]} <span className="legend-count">({relationCounts.get(type) ?? 0})</span></label>
          </div>
        ))}
        <div className="ds-field graph-ended">
          <input id="vis-avsluttet" className="ds-input" type="checkbox" checked={showEnded} onChange={(event) => onShowEnded(event.currentTarget.checked)} />
          <label className="ds-label" htmlFor="vis-avsluttet">{g.showEnded}</label>
        </div>
      </fieldset>
    </>
  );
}

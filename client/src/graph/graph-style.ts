/**
 * One colour and one shape per entity type, so the type never rests on colour alone (the legend
 * and the list view also say it in words). Colours have at least 3:1 contrast against white
 * (WCAG 1.4.11 non-text contrast).
 */
import type { EntityType } from '../gql/graphql.ts';

export const ENTITY_TYPES: readonly EntityType[] = ['INSTRUMENT', 'ACTOR', 'TARGET_GROUP', 'GOAL', 'STRATEGY', 'LEGAL_BASIS', 'CRITERION', 'SOURCE'];

export const TYPE_STYLE: Record<EntityType, { color: string; shape: string; symbol: string }> = {
  INSTRUMENT: { color: '#1a5fb4', shape: 'ellipse', symbol: '●' },
  ACTOR: { color: '#8f3b00', shape: 'round-rectangle', symbol: '■' },
  TARGET_GROUP: { color: '#26700a', shape: 'diamond', symbol: '◆' },
  GOAL: { color: '#6f2aa6', shape: 'triangle', symbol: '▲' },
  STRATEGY: { color: '#a51d2d', shape: 'hexagon', symbol: '⬢' },
  LEGAL_BASIS: { color: '#4d4d4d', shape: 'rectangle', symbol: '▬' },
  CRITERION: { color: '#00636b', shape: 'star', symbol: '★' },
  SOURCE: { color: '#6b5b00', shape: 'tag', symbol: '▶' },
};

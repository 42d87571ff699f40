/**
 * The explorer's colour and shape per entity type (client/src/graph/graph-style.ts at 278a764),
 * copied for the five types the bench draws so the bench keeps running while the explorer's
 * files change under another helper's hands.
 */
import type { EntityType } from '../graph.ts';

export const TYPE_STYLE: Record<EntityType, { color: string; shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'triangle' | 'hexagon' }> = {
  INSTRUMENT: { color: '#1a5fb4', shape: 'ellipse' },
  ACTOR: { color: '#8f3b00', shape: 'round-rectangle' },
  TARGET_GROUP: { color: '#26700a', shape: 'diamond' },
  GOAL: { color: '#6f2aa6', shape: 'triangle' },
  STRATEGY: { color: '#a51d2d', shape: 'hexagon' },
};

/**
 * The engine's results with the date and language they were asked for, so nested fields can
 * resolve instruments as they stood then, in that language.
 */
import type { ReadScope } from '../entity/entity-model.ts';
import type { Assessment, Combination, CombinationStep, NoticeResult } from './engine/types.ts';

export type AssessmentModel = Assessment & { scope: ReadScope };
export type CombinationModel = Combination & { scope: ReadScope };
export type CombinationStepModel = CombinationStep & { scope: ReadScope };
export type NoticeModel = NoticeResult & { scope: ReadScope };

/**
 * One GraphQL Code Generator config, two outputs: resolver types for the server and typed
 * documents for the explorer, both from the SDL files next to the server modules.
 * `npm run codegen` writes them; `npm run codegen:check` fails when they are out of date.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { ENTITY_LABELS } from './server/src/vocabulary/index.ts';

const ENTITY_MODEL = '../modules/entity/entity-model.ts#EntityModel';
/**
 * Each entity label is the GraphQL object type of the same name, read from one EntityModel; a
 * source is read from its properties alone (below).
 */
const entityMappers = Object.fromEntries(ENTITY_LABELS.filter((label) => label !== 'Source').map((label) => [label, ENTITY_MODEL]));

const config: CodegenConfig = {
  schema: 'server/src/modules/**/*.graphql',
  ignoreNoDocuments: true,
  generates: {
    'server/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        contextType: '../context.ts#Context',
        mapperTypeSuffix: 'Model',
        mappers: {
          ...entityMappers,
          Entity: ENTITY_MODEL,
          Node: '../modules/entity/entity-model.ts#NodeModel',
          Link: '../modules/entity/entity-model.ts#LinkModel',
          EntitySummary: '../modules/entity/entity-model.ts#SummaryModel',
          Source: '../modules/entity/entity-model.ts#SourceModel',
          NamePeriod: '../modules/entity/entity-model.ts#NamePeriodModel',
          InstrumentDetail: '../modules/entity/entity-model.ts#InstrumentDetailModel',
          SituationResult: '../modules/situation/engine/types.ts#SituationResult',
          Assessment: '../modules/situation/models.ts#AssessmentModel',
          Combination: '../modules/situation/models.ts#CombinationModel',
          Notice: '../modules/situation/models.ts#NoticeModel',
          CombinationStep: '../modules/situation/models.ts#CombinationStepModel',
        },
        scalars: { Date: 'string', DateTime: 'string' },
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
    'client/src/gql/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string' } },
    },
  },
};

export default config;

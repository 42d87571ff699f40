/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActorRole on Link {\n    type\n    entity {\n      id\n      ...EntitySummaryLink\n    }\n  }\n": typeof types.ActorRoleFragmentDoc,
    "\n  query ActorPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Actor {\n        ...EntityHeader\n        kind\n        answersTo { ...EntitySummaryLink }\n        responsibleFor { ...EntitySummaryLink }\n        instruments { ...ActorRole }\n        strategies { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        nameHistory { ...NameHistoryItem }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": typeof types.ActorPageDocument,
    "\n  fragment CriterionItem on Criterion {\n    id\n    name\n    description\n    required\n    discretionary\n    checkable\n    whyNot\n    thresholdYear\n  }\n": typeof types.CriterionItemFragmentDoc,
    "\n  fragment EntityHeader on Entity {\n    id\n    type\n    name\n    abbreviation\n    description\n    inForce\n    validFrom\n    validTo\n    missingTranslations\n  }\n": typeof types.EntityHeaderFragmentDoc,
    "\n  fragment EntitySummaryLink on EntitySummary {\n    id\n    type\n    name\n    abbreviation\n    inForce\n    validFrom\n    validTo\n  }\n": typeof types.EntitySummaryLinkFragmentDoc,
    "\n  query Explore($asOf: Date, $lang: Lang) {\n    instruments(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name kinds supplySide } }\n    actors(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name abbreviation } }\n    targetGroups(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    goals(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    strategies(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n  }\n": typeof types.ExploreDocument,
    "\n  query GoalPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Goal {\n        ...EntityHeader\n        kind\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": typeof types.GoalPageDocument,
    "\n  query InstrumentPage($slug: String!, $asOf: Date, $lang: Lang) {\n    instrument(slug: $slug, asOf: $asOf, lang: $lang) {\n      id\n      name\n      abbreviation\n      description\n      kinds\n      supplySide\n      inForce\n      validFrom\n      validTo\n      note\n      missingTranslations\n      howToApply\n      documents\n      noLegalBasisNote\n      fundedBy { ...EntitySummaryLink }\n      administeredBy { ...EntitySummaryLink }\n      decidedBy { ...EntitySummaryLink }\n      deliveredBy { ...EntitySummaryLink }\n      legalBases { ...EntitySummaryLink }\n      targetGroups { ...EntitySummaryLink }\n      goals { ...EntitySummaryLink }\n      replacedBy { ...EntitySummaryLink }\n      criteria { ...CriterionItem }\n      relatedInstruments { ...RelatedLink }\n      nameHistory { ...NameHistoryItem }\n      sources { ...SourceItem }\n    }\n  }\n": typeof types.InstrumentPageDocument,
    "\n  fragment NameHistoryItem on NamePeriod {\n    name\n    abbreviation\n    validFrom\n    validTo\n  }\n": typeof types.NameHistoryItemFragmentDoc,
    "\n  fragment RelatedLink on Link {\n    type\n    direction\n    rationale\n    relationId\n    entity {\n      ...EntitySummaryLink\n    }\n    sources {\n      ...SourceItem\n    }\n  }\n": typeof types.RelatedLinkFragmentDoc,
    "\n  fragment SourceItem on Source {\n    id\n    title\n    publisher\n    url\n    checkedOn\n    confidence\n  }\n": typeof types.SourceItemFragmentDoc,
    "\n  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Strategy {\n        ...EntityHeader\n        kind\n        goals { ...EntitySummaryLink }\n        committedBy { ...EntitySummaryLink }\n        targetGroups { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": typeof types.StrategyPageDocument,
    "\n  query TargetGroupPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on TargetGroup {\n        ...EntityHeader\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        subgroupOf { ...EntitySummaryLink }\n        subgroups { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": typeof types.TargetGroupPageDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $lang: Lang) {\n    neighbourhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, lang: $lang) {\n      capped\n      totalNodes\n      center { id name type }\n      nodes { id name type }\n      edges { id type source target }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query About {\n    dataVersion {\n      checksum\n      nodeCount\n      relationshipCount\n      sourceCount\n      lastChecked\n      unverifiedCount\n    }\n  }\n": typeof types.AboutDocument,
    "\n  query Search($text: String!, $types: [EntityType!], $asOf: Date, $lang: Lang) {\n    search(text: $text, types: $types, first: 50, asOf: $asOf, lang: $lang) {\n      score\n      matchedFormerName\n      entity {\n        id\n        type\n        kind\n        ...EntitySummaryLink\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query FooterDataVersion {\n    dataVersion {\n      checksum\n      lastChecked\n    }\n  }\n": typeof types.FooterDataVersionDocument,
    "\n  fragment ResultInstrument on Instrument {\n    id\n    name\n    description\n    kinds\n    howToApply\n    documents\n    missingTranslations\n    decidedBy { id name }\n    administeredBy { id name }\n    fundedBy { id name }\n    sources { id title publisher url checkedOn confidence }\n  }\n": typeof types.ResultInstrumentFragmentDoc,
    "\n  fragment AssessmentCard on Assessment {\n    instrumentId\n    status\n    servesGoal\n    criteria {\n      criterionId\n      outcome\n      explanation\n      language\n      required\n      discretionary\n    }\n    whyNot {\n      criterionId\n      text\n      language\n    }\n    toCheck {\n      criterionId\n      text\n      language\n    }\n    instrument {\n      ...ResultInstrument\n    }\n  }\n": typeof types.AssessmentCardFragmentDoc,
    "\n  fragment CombinationPlan on Combination {\n    instrumentIds\n    rationale\n    rationales\n    relationIds\n    sourceIds\n    steps {\n      position\n      instrumentId\n      after\n      instrument { id name }\n      owners { actorId role name }\n    }\n  }\n": typeof types.CombinationPlanFragmentDoc,
    "\n  query Situation($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      asOf\n      assessments {\n        instrumentId\n        status\n        ...AssessmentCard\n      }\n      combinations {\n        ...CombinationPlan\n      }\n      openQuestions {\n        field\n        question\n        instrumentIds\n      }\n    }\n  }\n": typeof types.SituationDocument,
    "\n  query SituationCount($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      assessments {\n        instrumentId\n        status\n      }\n    }\n  }\n": typeof types.SituationCountDocument,
};
const documents: Documents = {
    "\n  fragment ActorRole on Link {\n    type\n    entity {\n      id\n      ...EntitySummaryLink\n    }\n  }\n": types.ActorRoleFragmentDoc,
    "\n  query ActorPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Actor {\n        ...EntityHeader\n        kind\n        answersTo { ...EntitySummaryLink }\n        responsibleFor { ...EntitySummaryLink }\n        instruments { ...ActorRole }\n        strategies { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        nameHistory { ...NameHistoryItem }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": types.ActorPageDocument,
    "\n  fragment CriterionItem on Criterion {\n    id\n    name\n    description\n    required\n    discretionary\n    checkable\n    whyNot\n    thresholdYear\n  }\n": types.CriterionItemFragmentDoc,
    "\n  fragment EntityHeader on Entity {\n    id\n    type\n    name\n    abbreviation\n    description\n    inForce\n    validFrom\n    validTo\n    missingTranslations\n  }\n": types.EntityHeaderFragmentDoc,
    "\n  fragment EntitySummaryLink on EntitySummary {\n    id\n    type\n    name\n    abbreviation\n    inForce\n    validFrom\n    validTo\n  }\n": types.EntitySummaryLinkFragmentDoc,
    "\n  query Explore($asOf: Date, $lang: Lang) {\n    instruments(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name kinds supplySide } }\n    actors(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name abbreviation } }\n    targetGroups(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    goals(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    strategies(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n  }\n": types.ExploreDocument,
    "\n  query GoalPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Goal {\n        ...EntityHeader\n        kind\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": types.GoalPageDocument,
    "\n  query InstrumentPage($slug: String!, $asOf: Date, $lang: Lang) {\n    instrument(slug: $slug, asOf: $asOf, lang: $lang) {\n      id\n      name\n      abbreviation\n      description\n      kinds\n      supplySide\n      inForce\n      validFrom\n      validTo\n      note\n      missingTranslations\n      howToApply\n      documents\n      noLegalBasisNote\n      fundedBy { ...EntitySummaryLink }\n      administeredBy { ...EntitySummaryLink }\n      decidedBy { ...EntitySummaryLink }\n      deliveredBy { ...EntitySummaryLink }\n      legalBases { ...EntitySummaryLink }\n      targetGroups { ...EntitySummaryLink }\n      goals { ...EntitySummaryLink }\n      replacedBy { ...EntitySummaryLink }\n      criteria { ...CriterionItem }\n      relatedInstruments { ...RelatedLink }\n      nameHistory { ...NameHistoryItem }\n      sources { ...SourceItem }\n    }\n  }\n": types.InstrumentPageDocument,
    "\n  fragment NameHistoryItem on NamePeriod {\n    name\n    abbreviation\n    validFrom\n    validTo\n  }\n": types.NameHistoryItemFragmentDoc,
    "\n  fragment RelatedLink on Link {\n    type\n    direction\n    rationale\n    relationId\n    entity {\n      ...EntitySummaryLink\n    }\n    sources {\n      ...SourceItem\n    }\n  }\n": types.RelatedLinkFragmentDoc,
    "\n  fragment SourceItem on Source {\n    id\n    title\n    publisher\n    url\n    checkedOn\n    confidence\n  }\n": types.SourceItemFragmentDoc,
    "\n  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Strategy {\n        ...EntityHeader\n        kind\n        goals { ...EntitySummaryLink }\n        committedBy { ...EntitySummaryLink }\n        targetGroups { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": types.StrategyPageDocument,
    "\n  query TargetGroupPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on TargetGroup {\n        ...EntityHeader\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        subgroupOf { ...EntitySummaryLink }\n        subgroups { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n": types.TargetGroupPageDocument,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $lang: Lang) {\n    neighbourhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, lang: $lang) {\n      capped\n      totalNodes\n      center { id name type }\n      nodes { id name type }\n      edges { id type source target }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query About {\n    dataVersion {\n      checksum\n      nodeCount\n      relationshipCount\n      sourceCount\n      lastChecked\n      unverifiedCount\n    }\n  }\n": types.AboutDocument,
    "\n  query Search($text: String!, $types: [EntityType!], $asOf: Date, $lang: Lang) {\n    search(text: $text, types: $types, first: 50, asOf: $asOf, lang: $lang) {\n      score\n      matchedFormerName\n      entity {\n        id\n        type\n        kind\n        ...EntitySummaryLink\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query FooterDataVersion {\n    dataVersion {\n      checksum\n      lastChecked\n    }\n  }\n": types.FooterDataVersionDocument,
    "\n  fragment ResultInstrument on Instrument {\n    id\n    name\n    description\n    kinds\n    howToApply\n    documents\n    missingTranslations\n    decidedBy { id name }\n    administeredBy { id name }\n    fundedBy { id name }\n    sources { id title publisher url checkedOn confidence }\n  }\n": types.ResultInstrumentFragmentDoc,
    "\n  fragment AssessmentCard on Assessment {\n    instrumentId\n    status\n    servesGoal\n    criteria {\n      criterionId\n      outcome\n      explanation\n      language\n      required\n      discretionary\n    }\n    whyNot {\n      criterionId\n      text\n      language\n    }\n    toCheck {\n      criterionId\n      text\n      language\n    }\n    instrument {\n      ...ResultInstrument\n    }\n  }\n": types.AssessmentCardFragmentDoc,
    "\n  fragment CombinationPlan on Combination {\n    instrumentIds\n    rationale\n    rationales\n    relationIds\n    sourceIds\n    steps {\n      position\n      instrumentId\n      after\n      instrument { id name }\n      owners { actorId role name }\n    }\n  }\n": types.CombinationPlanFragmentDoc,
    "\n  query Situation($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      asOf\n      assessments {\n        instrumentId\n        status\n        ...AssessmentCard\n      }\n      combinations {\n        ...CombinationPlan\n      }\n      openQuestions {\n        field\n        question\n        instrumentIds\n      }\n    }\n  }\n": types.SituationDocument,
    "\n  query SituationCount($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      assessments {\n        instrumentId\n        status\n      }\n    }\n  }\n": types.SituationCountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorRole on Link {\n    type\n    entity {\n      id\n      ...EntitySummaryLink\n    }\n  }\n"): (typeof documents)["\n  fragment ActorRole on Link {\n    type\n    entity {\n      id\n      ...EntitySummaryLink\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Actor {\n        ...EntityHeader\n        kind\n        answersTo { ...EntitySummaryLink }\n        responsibleFor { ...EntitySummaryLink }\n        instruments { ...ActorRole }\n        strategies { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        nameHistory { ...NameHistoryItem }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActorPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Actor {\n        ...EntityHeader\n        kind\n        answersTo { ...EntitySummaryLink }\n        responsibleFor { ...EntitySummaryLink }\n        instruments { ...ActorRole }\n        strategies { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        nameHistory { ...NameHistoryItem }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionItem on Criterion {\n    id\n    name\n    description\n    required\n    discretionary\n    checkable\n    whyNot\n    thresholdYear\n  }\n"): (typeof documents)["\n  fragment CriterionItem on Criterion {\n    id\n    name\n    description\n    required\n    discretionary\n    checkable\n    whyNot\n    thresholdYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityHeader on Entity {\n    id\n    type\n    name\n    abbreviation\n    description\n    inForce\n    validFrom\n    validTo\n    missingTranslations\n  }\n"): (typeof documents)["\n  fragment EntityHeader on Entity {\n    id\n    type\n    name\n    abbreviation\n    description\n    inForce\n    validFrom\n    validTo\n    missingTranslations\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitySummaryLink on EntitySummary {\n    id\n    type\n    name\n    abbreviation\n    inForce\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment EntitySummaryLink on EntitySummary {\n    id\n    type\n    name\n    abbreviation\n    inForce\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Explore($asOf: Date, $lang: Lang) {\n    instruments(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name kinds supplySide } }\n    actors(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name abbreviation } }\n    targetGroups(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    goals(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    strategies(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n  }\n"): (typeof documents)["\n  query Explore($asOf: Date, $lang: Lang) {\n    instruments(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name kinds supplySide } }\n    actors(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name abbreviation } }\n    targetGroups(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    goals(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n    strategies(first: 50, asOf: $asOf, lang: $lang) { totalCount nodes { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Goal {\n        ...EntityHeader\n        kind\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Goal {\n        ...EntityHeader\n        kind\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentPage($slug: String!, $asOf: Date, $lang: Lang) {\n    instrument(slug: $slug, asOf: $asOf, lang: $lang) {\n      id\n      name\n      abbreviation\n      description\n      kinds\n      supplySide\n      inForce\n      validFrom\n      validTo\n      note\n      missingTranslations\n      howToApply\n      documents\n      noLegalBasisNote\n      fundedBy { ...EntitySummaryLink }\n      administeredBy { ...EntitySummaryLink }\n      decidedBy { ...EntitySummaryLink }\n      deliveredBy { ...EntitySummaryLink }\n      legalBases { ...EntitySummaryLink }\n      targetGroups { ...EntitySummaryLink }\n      goals { ...EntitySummaryLink }\n      replacedBy { ...EntitySummaryLink }\n      criteria { ...CriterionItem }\n      relatedInstruments { ...RelatedLink }\n      nameHistory { ...NameHistoryItem }\n      sources { ...SourceItem }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentPage($slug: String!, $asOf: Date, $lang: Lang) {\n    instrument(slug: $slug, asOf: $asOf, lang: $lang) {\n      id\n      name\n      abbreviation\n      description\n      kinds\n      supplySide\n      inForce\n      validFrom\n      validTo\n      note\n      missingTranslations\n      howToApply\n      documents\n      noLegalBasisNote\n      fundedBy { ...EntitySummaryLink }\n      administeredBy { ...EntitySummaryLink }\n      decidedBy { ...EntitySummaryLink }\n      deliveredBy { ...EntitySummaryLink }\n      legalBases { ...EntitySummaryLink }\n      targetGroups { ...EntitySummaryLink }\n      goals { ...EntitySummaryLink }\n      replacedBy { ...EntitySummaryLink }\n      criteria { ...CriterionItem }\n      relatedInstruments { ...RelatedLink }\n      nameHistory { ...NameHistoryItem }\n      sources { ...SourceItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NameHistoryItem on NamePeriod {\n    name\n    abbreviation\n    validFrom\n    validTo\n  }\n"): (typeof documents)["\n  fragment NameHistoryItem on NamePeriod {\n    name\n    abbreviation\n    validFrom\n    validTo\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelatedLink on Link {\n    type\n    direction\n    rationale\n    relationId\n    entity {\n      ...EntitySummaryLink\n    }\n    sources {\n      ...SourceItem\n    }\n  }\n"): (typeof documents)["\n  fragment RelatedLink on Link {\n    type\n    direction\n    rationale\n    relationId\n    entity {\n      ...EntitySummaryLink\n    }\n    sources {\n      ...SourceItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceItem on Source {\n    id\n    title\n    publisher\n    url\n    checkedOn\n    confidence\n  }\n"): (typeof documents)["\n  fragment SourceItem on Source {\n    id\n    title\n    publisher\n    url\n    checkedOn\n    confidence\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Strategy {\n        ...EntityHeader\n        kind\n        goals { ...EntitySummaryLink }\n        committedBy { ...EntitySummaryLink }\n        targetGroups { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrategyPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on Strategy {\n        ...EntityHeader\n        kind\n        goals { ...EntitySummaryLink }\n        committedBy { ...EntitySummaryLink }\n        targetGroups { ...EntitySummaryLink }\n        replacedBy { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetGroupPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on TargetGroup {\n        ...EntityHeader\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        subgroupOf { ...EntitySummaryLink }\n        subgroups { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TargetGroupPage($id: ID!, $asOf: Date, $lang: Lang) {\n    node(id: $id, asOf: $asOf, lang: $lang) {\n      __typename\n      id\n      ... on TargetGroup {\n        ...EntityHeader\n        instruments { ...EntitySummaryLink }\n        strategies { ...EntitySummaryLink }\n        subgroupOf { ...EntitySummaryLink }\n        subgroups { ...EntitySummaryLink }\n        sources { ...SourceItem }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $lang: Lang) {\n    neighbourhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, lang: $lang) {\n      capped\n      totalNodes\n      center { id name type }\n      nodes { id name type }\n      edges { id type source target }\n    }\n  }\n"): (typeof documents)["\n  query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $lang: Lang) {\n    neighbourhood(id: $id, depth: $depth, limit: 150, asOf: $asOf, lang: $lang) {\n      capped\n      totalNodes\n      center { id name type }\n      nodes { id name type }\n      edges { id type source target }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query About {\n    dataVersion {\n      checksum\n      nodeCount\n      relationshipCount\n      sourceCount\n      lastChecked\n      unverifiedCount\n    }\n  }\n"): (typeof documents)["\n  query About {\n    dataVersion {\n      checksum\n      nodeCount\n      relationshipCount\n      sourceCount\n      lastChecked\n      unverifiedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $types: [EntityType!], $asOf: Date, $lang: Lang) {\n    search(text: $text, types: $types, first: 50, asOf: $asOf, lang: $lang) {\n      score\n      matchedFormerName\n      entity {\n        id\n        type\n        kind\n        ...EntitySummaryLink\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($text: String!, $types: [EntityType!], $asOf: Date, $lang: Lang) {\n    search(text: $text, types: $types, first: 50, asOf: $asOf, lang: $lang) {\n      score\n      matchedFormerName\n      entity {\n        id\n        type\n        kind\n        ...EntitySummaryLink\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FooterDataVersion {\n    dataVersion {\n      checksum\n      lastChecked\n    }\n  }\n"): (typeof documents)["\n  query FooterDataVersion {\n    dataVersion {\n      checksum\n      lastChecked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResultInstrument on Instrument {\n    id\n    name\n    description\n    kinds\n    howToApply\n    documents\n    missingTranslations\n    decidedBy { id name }\n    administeredBy { id name }\n    fundedBy { id name }\n    sources { id title publisher url checkedOn confidence }\n  }\n"): (typeof documents)["\n  fragment ResultInstrument on Instrument {\n    id\n    name\n    description\n    kinds\n    howToApply\n    documents\n    missingTranslations\n    decidedBy { id name }\n    administeredBy { id name }\n    fundedBy { id name }\n    sources { id title publisher url checkedOn confidence }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentCard on Assessment {\n    instrumentId\n    status\n    servesGoal\n    criteria {\n      criterionId\n      outcome\n      explanation\n      language\n      required\n      discretionary\n    }\n    whyNot {\n      criterionId\n      text\n      language\n    }\n    toCheck {\n      criterionId\n      text\n      language\n    }\n    instrument {\n      ...ResultInstrument\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentCard on Assessment {\n    instrumentId\n    status\n    servesGoal\n    criteria {\n      criterionId\n      outcome\n      explanation\n      language\n      required\n      discretionary\n    }\n    whyNot {\n      criterionId\n      text\n      language\n    }\n    toCheck {\n      criterionId\n      text\n      language\n    }\n    instrument {\n      ...ResultInstrument\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CombinationPlan on Combination {\n    instrumentIds\n    rationale\n    rationales\n    relationIds\n    sourceIds\n    steps {\n      position\n      instrumentId\n      after\n      instrument { id name }\n      owners { actorId role name }\n    }\n  }\n"): (typeof documents)["\n  fragment CombinationPlan on Combination {\n    instrumentIds\n    rationale\n    rationales\n    relationIds\n    sourceIds\n    steps {\n      position\n      instrumentId\n      after\n      instrument { id name }\n      owners { actorId role name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Situation($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      asOf\n      assessments {\n        instrumentId\n        status\n        ...AssessmentCard\n      }\n      combinations {\n        ...CombinationPlan\n      }\n      openQuestions {\n        field\n        question\n        instrumentIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query Situation($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      asOf\n      assessments {\n        instrumentId\n        status\n        ...AssessmentCard\n      }\n      combinations {\n        ...CombinationPlan\n      }\n      openQuestions {\n        field\n        question\n        instrumentIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SituationCount($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      assessments {\n        instrumentId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SituationCount($input: SituationInput!, $asOf: Date, $lang: Lang) {\n    situation(input: $input, asOf: $asOf, lang: $lang) {\n      assessments {\n        instrumentId\n        status\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
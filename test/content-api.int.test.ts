/**
 * The content structures of issue 11 through the real server and database: provenance that keeps
 * compiling and checking apart, what a caseworker needs per instrument, the strategy structures,
 * honest fact counts, unmapped goals, and bostøtte's limit table as the situation engine reads it
 * from Neo4j (the Cypher path the in-memory content tests do not cover).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSeeds } from '../server/src/seed/load-seeds.ts';
import { factsOf, isVerified, verifiedSourceIds } from '../server/src/seed/provenance.ts';
import { queryData } from './support/graphql.ts';

const baseUrl = inject('baseUrl');
const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

interface Summary {
  id: string;
}
interface Detail {
  kind: string;
  text: string | null;
  url: string | null;
  sources: { id: string }[];
}

describe('provenance in the API', () => {
  it('shows a compile date on every source and a verification only where a check was made', async () => {
    const data = await queryData<{
      sources: { nodes: { id: string; compiledOn: string; verified: boolean; checkedOn: string | null; verification: { verifiedOn: string; against: string; copy: string | null } | null }[] };
    }>(baseUrl, '{ sources(first: 100) { nodes { id compiledOn verified checkedOn verification { verifiedOn against copy } } } }');
    const sources = data.sources.nodes;
    expect(sources.length).toBe(100);
    for (const source of sources) {
      expect(source.compiledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(source.verified).toBe(source.verification !== null);
      expect(source.checkedOn).toBe(source.verification?.verifiedOn ?? null);
      if (source.verification?.against === 'STORED_COPY') expect(source.verification.copy).toBeTruthy();
    }
    expect(sources.some((source) => source.verified)).toBe(true);
    expect(sources.some((source) => !source.verified)).toBe(true);
  });

  it('counts facts and verified facts exactly as the seed pipeline defines them', async () => {
    const seeds = await loadSeeds(SEED_DIR);
    const facts = factsOf(seeds.graph);
    const verified = verifiedSourceIds(seeds.graph);
    const data = await queryData<{ dataVersion: { factCount: number; verifiedFactCount: number; verifiedSourceCount: number; lastVerified: string | null; lastCompiled: string } }>(
      baseUrl,
      '{ dataVersion { factCount verifiedFactCount verifiedSourceCount lastVerified lastCompiled } }',
    );
    expect(data.dataVersion).toMatchObject({
      factCount: facts.length,
      verifiedFactCount: facts.filter((fact) => isVerified(fact, verified)).length,
      verifiedSourceCount: verified.size,
    });
    expect(data.dataVersion.lastVerified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('what a caseworker needs per instrument', () => {
  it('bostøtte: applied for through the municipality, decided by Husbanken, appealed to Klagenemnda, with sourced documents', async () => {
    const data = await queryData<{
      instrument: {
        decidedBy: Summary[];
        appealBodies: Summary[];
        applyTo: Summary[];
        documentsToBring: Detail[];
        appealDeadline: Detail | null;
        processingTime: Detail | null;
        applicationPage: Detail | null;
        informationPage: Detail | null;
        missingDetails: string[];
      };
    }>(
      baseUrl,
      `{ instrument(slug: "bostotte") { decidedBy { id } appealBodies { id } applyTo { id }
         documentsToBring { kind text url sources { id } } appealDeadline { kind text url sources { id } }
         processingTime { kind text url sources { id } } applicationPage { kind text url sources { id } }
         informationPage { kind text url sources { id } } missingDetails } }`,
    );
    const bostotte = data.instrument;
    expect(bostotte.decidedBy.map((a) => a.id)).toEqual(['husbanken']);
    expect(bostotte.appealBodies.map((a) => a.id)).toEqual(['klagenemnda-husbanken']);
    expect(bostotte.applyTo.length).toBeGreaterThan(0);
    expect(bostotte.documentsToBring.length).toBeGreaterThan(2);
    for (const document of bostotte.documentsToBring) {
      expect(document.kind).toBe('DOCUMENT');
      expect(document.text).toBeTruthy();
      expect(document.sources.length).toBeGreaterThan(0);
    }
    expect(bostotte.appealDeadline?.text).toMatch(/3 uker|tre uker/i);
    const shown = { APPLICATION_PAGE: bostotte.applicationPage, INFORMATION_PAGE: bostotte.informationPage, PROCESSING_TIME: bostotte.processingTime, APPEAL_DEADLINE: bostotte.appealDeadline };
    for (const [kind, detail] of Object.entries(shown)) expect(bostotte.missingDetails.includes(kind)).toBe(detail === null);
  });

  it('answers details in nynorsk where written, and flags a fallback to bokmål', async () => {
    const data = await queryData<{ instrument: { appealDeadline: { text: string; fallback: boolean } | null } }>(
      baseUrl,
      '{ instrument(slug: "bostotte", lang: NN) { appealDeadline { text fallback } } }',
    );
    expect(data.instrument.appealDeadline).toMatchObject({ fallback: false });
    expect(data.instrument.appealDeadline?.text).toMatch(/veker/);
  });
});

describe('the structures of Bolig for velferd', () => {
  it('lists the joint action plans in force in 2015 with the six agencies that committed to them', async () => {
    const data = await queryData<{ strategies: { nodes: { id: string; kind: string; committedBy: Summary[]; partOf: Summary[]; coordinatedBy: Summary[] }[] } }>(
      baseUrl,
      '{ strategies(asOf: "2015-06-01", filter: { strategyKind: ACTION_PLAN }) { nodes { id kind committedBy { id } partOf { id } coordinatedBy { id } } } }',
    );
    expect(data.strategies.nodes.length).toBeGreaterThan(0);
    for (const plan of data.strategies.nodes) {
      expect(plan.kind).toBe('action_plan');
      expect(plan.partOf.map((s) => s.id)).toContain('bolig-for-velferd');
      expect(plan.coordinatedBy.map((a) => a.id)).toEqual(['husbanken']);
      expect(plan.committedBy.map((a) => a.id).sort()).toEqual(['arbeids-og-velferdsdirektoratet', 'bufdir', 'helsedirektoratet', 'husbanken', 'imdi', 'kriminalomsorgsdirektoratet']);
    }
  });

  it('shows the guide and the programme as parts of the strategy, and Statsforvalteren under DFD from 2024', async () => {
    const data = await queryData<{ bfv: { parts: Summary[] }; sf2023: { answersTo: Summary[] }; sf2024: { answersTo: Summary[] } }>(
      baseUrl,
      `{ bfv: node(id: "bolig-for-velferd", asOf: "2017-01-01") { ... on Strategy { parts { id } } }
         sf2023: node(id: "statsforvalteren", asOf: "2023-12-31") { ... on Actor { answersTo { id } } }
         sf2024: node(id: "statsforvalteren", asOf: "2024-01-01") { ... on Actor { answersTo { id } } } }`,
    );
    expect(data.bfv.parts.map((s) => s.id)).toEqual(expect.arrayContaining(['veiviseren', 'husbanken-kommuneprogram']));
    expect(data.sf2023.answersTo.map((a) => a.id)).toEqual(['kdd']);
    expect(data.sf2024.answersTo.map((a) => a.id)).toEqual(['dfd']);
  });

  it('links a section to its Lovdata text', async () => {
    const data = await queryData<{ node: { url: string } }>(baseUrl, '{ node(id: "sosialtjenesteloven-27") { ... on LegalBasis { url } } }');
    expect(decodeURI(data.node.url)).toMatch(/^https:\/\/lovdata\.no\/.*§ ?27/);
  });
});

describe('coverage for policy staff', () => {
  it('tells goals nobody has mapped apart from goals no instrument serves at the date', async () => {
    const data = await queryData<{ coverage: { uncoveredGoals: Summary[]; unmappedGoals: Summary[] } }>(
      baseUrl,
      '{ coverage(asOf: "2019-01-01") { uncoveredGoals { id } unmappedGoals { id } } }',
    );
    const unmapped = data.coverage.unmappedGoals.map((g) => g.id);
    expect(unmapped).toContain('bfv-godt-sted-a-bo');
    expect(data.coverage.uncoveredGoals.map((g) => g.id).filter((id) => unmapped.includes(id))).toEqual([]);
  });
});

describe('bostøtte income limits read from the database', () => {
  const SITUATION = `query Situation($input: SituationInput!, $asOf: Date) {
    situation(input: $input, asOf: $asOf) { assessments { instrumentId status criteria { criterionId outcome explanation } } } }`;
  let outcome: (input: Record<string, unknown>, asOf: string) => Promise<{ outcome: string; explanation: string }>;
  beforeAll(() => {
    outcome = async (input, asOf) => {
      const data = await queryData<{ situation: { assessments: { instrumentId: string; criteria: { criterionId: string | null; outcome: string; explanation: string }[] }[] } }>(
        baseUrl,
        SITUATION,
        { input: { adults: 1, children: 0, housing: 'RENTING_PRIVATE', goals: [], ...input }, asOf },
      );
      const result = data.situation.assessments.find((a) => a.instrumentId === 'bostotte')?.criteria.find((c) => c.criterionId === 'bostotte-income-limit');
      if (!result) throw new Error('bostotte-income-limit was not assessed');
      return result;
    };
  });

  it('uses the Oslo group for 0301 and the group of all others elsewhere', async () => {
    expect((await outcome({ municipalityNumber: '0301', annualHouseholdIncome: 235000 }, '2018-06-01')).outcome).toBe('MET');
    expect((await outcome({ municipalityNumber: '1804', annualHouseholdIncome: 235000 }, '2018-06-01')).outcome).toBe('NOT_MET');
  });

  it('after the newest table, says the limits were raised and links the calculator', async () => {
    const result = await outcome({ municipalityNumber: '1804', annualHouseholdIncome: 260000 }, '2026-06-01');
    expect(result.outcome).toBe('UNKNOWN');
    expect(result.explanation).toContain('tjenester.husbanken.no/bostotte-kalkulator');
  });
});

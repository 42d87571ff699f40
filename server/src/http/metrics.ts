import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../neo4j/database.ts';

/** Prometheus metrics: requests and latency by operation, Cypher time by statement. */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by root field(s) and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by root field(s).',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly cypherSeconds = new Histogram({
    name: 'cypher_statement_duration_seconds',
    help: 'Time per Cypher statement (file under cypher/) including the round trip.',
    labelNames: ['statement', 'mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** Where the in-flight gauge reads its value when scraped; set by the HTTP server. */
  inFlightSource: () => number = () => 0;
  readonly inFlight: Gauge = new Gauge({
    name: 'graphql_requests_in_flight',
    help: 'GraphQL requests being worked on now (bounded by VMK_MAX_IN_FLIGHT; past it the API answers 503).',
    registers: [this.registry],
    collect: (): void => this.inFlight.set(this.inFlightSource()),
  });

  constructor(db: Database) {
    collectDefaultMetrics({ register: this.registry });
    db.observe(({ name, mode, ms, ok }) => this.cypherSeconds.observe({ statement: name, mode, outcome: ok ? 'ok' : 'error' }, ms / 1000));
  }
}

/**
 * A problem with the embedded Neo4j that the user can fix. `message` is one plain sentence that says
 * what is missing and what to do; `detail` keeps the technical reason for the log.
 */
export class Neo4jSetupError extends Error {
  override readonly name = 'Neo4jSetupError';
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export const USE_EXISTING_HINT = 'or set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to use a Neo4j you already run';

import { GraphQLError } from 'graphql';

/** Stable error codes clients can rely on; messages are for people, codes are for programs. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  /** The field is refused with this HTTP method (situation answers are accepted only by POST). */
  METHOD_NOT_ALLOWED: 'METHOD_NOT_ALLOWED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error whose message is safe to show to any client. */
export class PublicError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badUserInput = (message: string, field?: string): PublicError =>
  new PublicError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

export const notFound = (message: string): PublicError => new PublicError(ErrorCode.NOT_FOUND, message);

/**
 * Raised by the Neo4j boundary when the database cannot be reached. Its message never carries
 * driver text; the driver's error is kept as `cause` for the log.
 */
export class DatabaseUnavailableError extends PublicError {
  constructor(readonly databaseError?: unknown) {
    super(ErrorCode.SERVICE_UNAVAILABLE, 'The database is not available right now. Try again in a moment.');
  }
}

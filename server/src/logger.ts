import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. Request bodies and GraphQL variables are never logged: situation answers
 * are personal data. `redact` is a second line of defence for headers that carry secrets.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'virkemiddelkart' },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'variables', '*.variables'], remove: true },
  };
  return destination ? pino(options, destination) : pino(options);
}

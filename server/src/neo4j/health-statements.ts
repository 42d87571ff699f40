/** The statement readiness runs (`Database.ping`). */
import { z } from 'zod';
import { defineStatement, none } from './statement.ts';

export const PING = defineStatement('health/ping', none, z.object({ ok: z.number().int() }));

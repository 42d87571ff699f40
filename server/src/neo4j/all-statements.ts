/**
 * Every module's statement descriptors, loaded together: for statements.test.ts, which ties each
 * one to its file under cypher/, and for anything else that needs the whole set. A module that runs
 * statements adds its `statements.ts` here.
 */
import '../modules/analytics/statements.ts';
import '../modules/entity/statements.ts';
import '../modules/graph/statements.ts';
import '../modules/search/statements.ts';
import '../modules/situation/statements.ts';
import '../revisions/statements.ts';
import '../seed/statements.ts';
import '../exports/statements.ts';
import '../seed/export/statements.ts';
import '../linked-data/statements.ts';
import '../modules/editing/statements.ts';
import '../modules/changes/statements.ts';
import '../modules/policy/statements.ts';
import '../modules/gaps/statements.ts';
import './health-statements.ts';
import { describedStatements, type Statement } from './statement.ts';

/** Every described statement, by name (path below cypher/ without the extension). */
export const ALL_STATEMENTS: ReadonlyMap<string, Statement> = describedStatements();

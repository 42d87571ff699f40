import path from 'node:path';
import { Neo4jSetupError, USE_EXISTING_HINT } from './errors.ts';
import { runProcess } from './run-process.ts';

const SUPPORTED_MAJORS = [17, 21];

/** The java binary to use: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Parses the major version out of `java -version` output ("17.0.15", "21", "1.8.0_392"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Checks that a Java that Neo4j 5.26 supports (17 or 21) is installed, and returns its binary. */
export async function requireJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const java = javaBinary(env);
  const result = await runProcess(java, ['-version'], env);
  if (result.code === null) {
    throw new Neo4jSetupError(
      `Java was not found (${java}): install Java 17 or 21 (for example "apt-get install openjdk-17-jre-headless"), ${USE_EXISTING_HINT}.`,
      result.stderr,
    );
  }
  const major = parseJavaMajor(result.stderr + result.stdout);
  if (major === undefined || !SUPPORTED_MAJORS.includes(major)) {
    throw new Neo4jSetupError(
      `Neo4j 5.26 needs Java 17 or 21, but ${java} is Java ${major ?? 'of an unknown version'}: point JAVA_HOME at a Java 17 or 21, ${USE_EXISTING_HINT}.`,
    );
  }
  return java;
}

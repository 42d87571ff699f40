import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Position, SeedProblem } from './problems.ts';

export type PathSegment = string | number;

/** A parsed YAML file that can say where any value in it is written. */
export class YamlSource {
  private readonly lineCounter = new LineCounter();
  readonly document: Document;

  constructor(
    readonly file: string,
    text: string,
  ) {
    this.document = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: true });
  }

  /** Syntax errors (bad indentation, duplicate keys, tabs) as located problems. */
  syntaxProblems(): SeedProblem[] {
    return this.document.errors.map((error) => {
      const { line, col } = this.lineCounter.linePos(error.pos[0]);
      return { file: this.file, line, col, message: error.message.split('\n')[0] ?? error.message };
    });
  }

  toJS(): unknown {
    return this.document.toJS();
  }

  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  positionOf(path: readonly PathSegment[]): Position {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return this.at(node.range[0]);
    }
    return { file: this.file, line: 1, col: 1 };
  }

  /** Position of the key `key` inside the map at `path` (for unknown fields). */
  positionOfKey(path: readonly PathSegment[], key: string): Position {
    const map = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      const keyNode = pair?.key as Node | undefined;
      if (keyNode?.range) return this.at(keyNode.range[0]);
    }
    return this.positionOf(path);
  }

  private at(offset: number): Position {
    const { line, col } = this.lineCounter.linePos(offset);
    return { file: this.file, line, col };
  }
}

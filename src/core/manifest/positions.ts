// Maps a path inside the parsed manifest back to line and column, so every finding points at the
// exact spot in models.yaml (and becomes an annotation there).
import { isMap, isPair, isScalar, isSeq, LineCounter, type Document, type Node, type Pair } from 'yaml';

export type YamlPath = ReadonlyArray<string | number>;

export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export class PositionIndex {
  /**
   * Each map's pairs by key, built on first use: looking every entry up through `doc.getIn` scans
   * the `models:` map from the top each time, which is quadratic in the number of deployments.
   */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter
  ) {}

  private pairOf(map: unknown, key: string | number): Pair | undefined {
    if (!isMap(map)) return undefined;
    let index = this.pairs.get(map);
    if (!index) {
      index = new Map();
      // The first of a duplicated key, as getIn finds it.
      for (const item of map.items) if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      this.pairs.set(map, index);
    }
    return index.get(String(key));
  }

  /** The node at `path` (keys through maps, indexes through lists), or undefined. */
  private nodeAt(path: YamlPath): unknown {
    let node: unknown = this.doc.contents;
    for (const step of path) {
      if (isSeq(node)) node = node.items[Number(step)];
      else node = this.pairOf(node, step)?.value;
      if (node === undefined || node === null) return node;
    }
    return node;
  }

  private at(offset: number): { line: number; col: number } {
    return this.lines.linePos(offset);
  }

  /** Line and column of a character offset in the source. */
  offset(offset: number): Position {
    const p = this.at(offset);
    return { line: p.line, column: p.col };
  }

  private range(node: { range?: [number, number, number] | null } | null | undefined): Position | undefined {
    if (!node?.range) return undefined;
    const start = this.at(node.range[0]);
    const end = this.at(node.range[1]);
    return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** The value at `path`, or the nearest ancestor that exists (a missing field points at its parent). */
  value(path: YamlPath): Position | undefined {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.nodeAt(path.slice(0, depth)) as Node | undefined;
      const pos = this.range(node);
      if (pos) return pos;
    }
    return { line: 1, column: 1 };
  }

  /** The key `key` of the map at `path` (for unknown or duplicate keys), falling back to the map. */
  key(path: YamlPath, key: string): Position | undefined {
    const pair = this.pairOf(this.nodeAt(path), key);
    if (pair && isScalar(pair.key)) return this.range(pair.key);
    return this.value(path);
  }

  /**
   * Dotted field path of the deepest key whose entry contains `offset`, for findings the YAML
   * parser reports by position only (syntax errors, tags, aliases, bad bytes).
   */
  fieldAt(offset: number): string | undefined {
    // A broken line (a tab, a stray bracket) belongs to no node; the key written just before it
    // is where the reader should look.
    for (let at = offset; at >= Math.max(0, offset - 400); at--) {
      const field = this.fieldContaining(at);
      if (field) return field;
    }
    return undefined;
  }

  private fieldContaining(offset: number): string | undefined {
    const path: string[] = [];
    let node: unknown = this.doc.contents;
    // Deeper than any real field: name the entry, not a path thousands of keys long.
    while (path.length < 7) {
      if (isMap(node)) {
        const hit = node.items.find((p) => {
          const start = (isScalar(p.key) || isMap(p.key) ? p.key.range?.[0] : undefined) ?? Infinity;
          const end = (p.value as Node | null)?.range?.[2] ?? (isScalar(p.key) ? p.key.range?.[2] : undefined) ?? -1;
          return start <= offset && offset <= end;
        });
        if (!hit || !isScalar(hit.key)) break;
        path.push(String(hit.key.value));
        node = hit.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((i) => {
          const r = (i as Node | null)?.range;
          return r !== undefined && r !== null && r[0] <= offset && offset <= r[2];
        });
        if (index < 0) break;
        path.push(String(index));
        node = node.items[index];
      } else break;
    }
    return path.length ? path.join('.') : undefined;
  }

  /** True when the map at `path` spells out `key` itself (not inherited from defaults). */
  has(path: YamlPath, key: string): boolean {
    return this.pairOf(this.nodeAt(path), key) !== undefined;
  }
}

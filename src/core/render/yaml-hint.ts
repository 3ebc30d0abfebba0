// A hint for the most common manifest mistake: a deployment field indented to the wrong column.
// The YAML parser reports it on the line before, or as a deployment named after the field
// ("models.instance: expected object"); the hint names the field and the column it should be at.
import type { Diagnostic } from '../types.js';

/** Fields of a deployment entry (manifest version 1). */
const FIELDS = new Set([
  'model', 'revision', 'engine', 'engine_version', 'engine_args', 'service', 'instance', 'region', 'scaling', 'spot',
  'api_key', 'hf_token_secret', 'https', 'network', 'ttl', 'schedule', 'protect', 'params_b', 'tags'
]);

interface Line {
  n: number;
  indent: number;
  key?: string;
}

function lines(source: string): Line[] {
  return source.split(/\r?\n/).map((text, i) => {
    const m = /^(\s*)([A-Za-z_][\w-]*)\s*:/.exec(text);
    return { n: i + 1, indent: m ? m[1].length : text.length - text.trimStart().length, key: m?.[2] };
  });
}

/** One hint per misplaced field near an error, e.g. "is `instance` indented under its deployment? …". */
export function indentationHints(source: string, diagnostics: Diagnostic[]): string[] {
  const all = lines(source);
  const hints = new Set<string>();
  for (const d of diagnostics.filter((d) => d.severity === 'error' && d.line)) {
    for (const l of all.slice(Math.max(0, d.line! - 1), d.line! + 1)) {
      if (!l.key || !FIELDS.has(l.key)) continue;
      // The field above it that belongs to a deployment, and the deployment's own line.
      const sibling = [...all.slice(0, l.n - 1)].reverse().find((p) => p.key && FIELDS.has(p.key));
      if (!sibling || sibling.indent === l.indent) continue;
      const owner = [...all.slice(0, sibling.n - 1)].reverse().find((p) => p.key && p.indent < sibling.indent);
      const under = owner?.key ? ` \`${owner.key}\`` : ' its deployment';
      hints.add(`is \`${l.key}\` (line ${l.n}) indented under${under}? It starts at column ${l.indent + 1}; the fields of${under} start at column ${sibling.indent + 1}`);
    }
  }
  return [...hints];
}

// Reads models.yaml into deployment specs, collecting every problem at once (never just the
// first), each with file, line, column and field. Nothing here touches the network or AWS.
import { LineCounter, parseDocument, visit, isScalar, type Document } from 'yaml';
import type { DeploymentSpec, Diagnostic } from '../types.js';
import { allowedKeysAt, parseManifestShape, type RawDefaults, type RawEntry, type RawManifest, type ShapeIssue } from './schema.js';
import { PositionIndex, type YamlPath } from './positions.js';
import { checkEntry } from './rules.js';
import { editDistance } from '../catalog/instances.js';
import { findSecretLikeValue, looksLikeKeyMaterial } from './secrets.js';

/** Files larger than this are refused before parsing: a manifest is a few kilobytes. */
export const MAX_MANIFEST_BYTES = 512 * 1024;

export interface ManifestOptions {
  /** Shown in diagnostics and used for annotations, relative to the repository root. */
  path: string;
  stackPrefix: string;
  /** Region for entries that name none (action input `aws-region`, then AWS_REGION). */
  defaultRegion?: string;
}

export interface LoadedManifest {
  path: string;
  specs: DeploymentSpec[];
  diagnostics: Diagnostic[];
  /** True when there is no error: the specs are complete and may be planned and applied. */
  valid: boolean;
  /**
   * Entries that passed every rule, even when others did not: an invalid manifest is still
   * fit-checked entry by entry so that one run reports every problem. Never planned or applied.
   */
  checkedSpecs: DeploymentSpec[];
  /** Where each deployment's name is written, to place plan findings (fit, cost) on the file. */
  entryPositions: Record<string, { line: number; column: number }>;
}

export function loadManifest(content: string | Uint8Array, options: ManifestOptions): LoadedManifest {
  const out = new Collector(options.path);
  const text = decode(content, out);
  if (text === undefined) return out.result([]);

  const lines = new LineCounter();
  // Duplicate keys are found below with their field path, so the parser's own check is off.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true, strict: true });
  const where = new PositionIndex(doc, lines);

  // Unknown tags (`!Ref`, `!!js/function`) resolve to plain strings with a warning; in a file
  // that drives deployments that is a silent change of meaning, so warnings are refused too.
  for (const e of [...doc.errors, ...doc.warnings]) {
    const [start] = e.linePos ?? [];
    const field = where.fieldAt(e.pos[0]);
    out.add({ severity: 'error', message: `${field ? `${field}: ` : ''}${yamlErrorText(e.code, e.message)}`, field, line: start?.line, column: start?.col });
  }
  if (doc.errors.length > 0) return out.result([]);

  rejectAliasesAndDuplicates(doc, where, out);
  if (out.hasErrors()) return out.result([]);

  if (doc.contents === null) {
    out.add({ severity: 'error', message: 'version: the file is empty: expected `version: 1` and a `models:` map', field: 'version', line: 1, column: 1 });
    return out.result([]);
  }

  const secrets: (string | number)[][] = [];
  const js = doc.toJS({ maxAliasCount: 0 }) as unknown;
  scanForSecrets(js, [], where, out, secrets);
  // A field holding something secret-like is reported above and never echoed by a later message
  // (withoutPaths works on a copy).
  const raw = withoutPaths(js, secrets);

  let parsed = parseManifestShape(raw);
  let setAside = new Set<string>();
  if (!parsed.ok) {
    for (const issue of parsed.issues) reportIssue(issue, raw, where, out);
    // Every problem in one run: the fields that failed their shape are set aside and the rest
    // of each entry still goes through the rules (and, for the action, the fit check).
    setAside = new Set(parsed.issues.map((i) => String(i.path[i.path[0] === 'models' ? 2 : 1] ?? '')));
    parsed = parseManifestShape(withoutFailedFields(raw, parsed.issues));
    if (!parsed.ok) return out.result([]);
  }

  const specs = buildSpecs(parsed.data, options, where, out, setAside);
  for (const name of Object.keys(parsed.data.models)) {
    const pos = where.key(['models'], name);
    if (pos) out.positions[name] = { line: pos.line, column: pos.column };
  }
  return out.result(specs);
}

/**
 * A copy of the document without the fields a schema issue points into (for unknown keys, the
 * keys themselves), so the remaining fields can be checked. The result may still not parse (a
 * `models:` that is not a map); then there is nothing more to check.
 */
function withoutFailedFields(raw: unknown, issues: ShapeIssue[]): unknown {
  const drops: (string | number)[][] = [];
  const drop = (path: (string | number)[]) => drops.push(path);
  for (const issue of issues) {
    const path = issue.path;
    if (issue.code === 'unknown_key') {
      for (const key of unknownKeys(raw, path)) drop([...path, key]);
      continue;
    }
    // The field of an entry (models.<name>.<field>) or of defaults (defaults.<field>) as a whole.
    const depth = path[0] === 'models' ? 3 : path[0] === 'defaults' ? 2 : 1;
    if (path.length >= depth && !(path[0] === 'models' && path[2] === 'model')) drop(path.slice(0, depth));
    else if (path[0] === 'models' && path.length >= 2) drop(path.slice(0, 2));
  }
  return withoutPaths(raw, drops);
}

/** A copy without the values at `paths` (a path into a field of an entry removes that field). */
function withoutPaths(raw: unknown, paths: (string | number)[][]): unknown {
  if (!paths.length || raw === null || typeof raw !== 'object') return raw;
  const copy = structuredClone(raw) as Record<string, unknown>;
  for (const full of paths) {
    const depth = full[0] === 'models' ? 3 : full[0] === 'defaults' ? 2 : 1;
    const path = full.slice(0, Math.max(1, Math.min(depth, full.length)));
    let cur: unknown = copy;
    for (const p of path.slice(0, -1)) {
      if (cur === null || typeof cur !== 'object') break;
      cur = (cur as Record<string | number, unknown>)[p];
    }
    if (cur !== null && typeof cur === 'object') delete (cur as Record<string | number, unknown>)[path[path.length - 1]];
  }
  return copy;
}

function buildSpecs(manifest: RawManifest, options: ManifestOptions, where: PositionIndex, out: Collector, setAside: ReadonlySet<string>): DeploymentSpec[] {
  const defaults: RawDefaults = manifest.defaults ?? {};
  const specs: DeploymentSpec[] = [];
  for (const [name, entry] of Object.entries(manifest.models)) {
    const merged = mergeDefaults(defaults, entry);
    const origin = (field: string): YamlPath =>
      where.has(['models', name], field) || !(field in defaults) ? ['models', name, field] : ['defaults', field];
    const report = (severity: Diagnostic['severity'], field: string | undefined, message: string, sub: YamlPath = []) => {
      const path = field ? [...origin(field), ...sub] : ['models', name];
      const label = field ? [...path].join('.') : `models.${name}`;
      const pos = field ? where.value(path) : where.key(['models'], name);
      out.add({ severity, message: `${label}: ${message}`, field: label, deployment: name, ...pos });
    };
    const spec = checkEntry(name, merged, { stackPrefix: options.stackPrefix, defaultRegion: options.defaultRegion, setAside }, report);
    if (spec) specs.push(spec);
  }
  if (Object.keys(manifest.models).length === 0) {
    out.add({ severity: 'warning', message: 'models: no deployments listed', field: 'models', ...where.value(['models']) });
  }
  return specs;
}

/** Fields replace the default; `tags` merge key by key so a team tag can live in defaults. */
function mergeDefaults(defaults: RawDefaults, entry: RawEntry): RawEntry {
  const merged: RawEntry = { ...defaults, ...entry };
  if (defaults.tags || entry.tags) merged.tags = { ...defaults.tags, ...entry.tags };
  return merged;
}

function decode(content: string | Uint8Array, out: Collector): string | undefined {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > MAX_MANIFEST_BYTES) {
    out.add({ severity: 'error', message: `the file is ${size} bytes; manifests are limited to ${MAX_MANIFEST_BYTES} bytes`, line: 1, column: 1 });
    return undefined;
  }
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    const at = firstInvalidUtf8(content);
    const before = Buffer.from(content.subarray(0, at)).toString('utf8');
    const line = before.split('\n').length;
    // Parse a lenient decoding only to say which field holds the bad bytes.
    const lines = new LineCounter();
    const lenient = parseDocument(Buffer.from(content).toString('utf8'), { lineCounter: lines });
    const field = new PositionIndex(lenient, lines).fieldAt(before.length);
    out.add({
      severity: 'error',
      message: `${field ? `${field}: ` : ''}the file is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8`,
      field,
      line,
      column: before.length - before.lastIndexOf('\n')
    });
    return undefined;
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search the longest valid prefix; a cut inside a multibyte sequence is tolerated by
  // checking a few bytes ahead.
  while (lo < hi) {
    const mid = Math.floor((lo + hi + 1) / 2);
    let ok = false;
    for (let k = 0; k < 4 && mid + k <= bytes.length && !ok; k++) {
      try {
        decoder.decode(bytes.subarray(0, mid + k));
        ok = true;
      } catch {
        /* keep looking */
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function yamlErrorText(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'RESOURCE_EXHAUSTION':
      return 'nested too deeply or too large to read; no field of a manifest needs more than a few levels';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document; keep one';
    case 'TAG_RESOLVE_FAILED':
      return `${first}: custom YAML tags are not allowed in a manifest`;
    default:
      return `YAML syntax: ${first}`;
  }
}

/**
 * Anchors, aliases and merge keys (reviewers must see what is deployed), and keys written twice
 * (the parser's own check is off: this one names the field). One walk of the document for both.
 */
function rejectAliasesAndDuplicates(doc: Document, where: PositionIndex, out: Collector): void {
  const at = (offset: number | undefined, message: string) => {
    const field = offset === undefined ? undefined : where.fieldAt(offset);
    out.add({ severity: 'error', message: `${field ? `${field}: ` : ''}${message}`, field, ...(offset === undefined ? {} : where.offset(offset)) });
  };
  visit(doc, {
    Alias(_key, node) {
      at(node.range?.[0], `alias *${node.source}: anchors and aliases are not allowed; write values out (shared values belong in defaults:) so reviewers see what is deployed`);
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') at(pair.key.range?.[0], 'merge key <<: not allowed; use defaults: for shared values');
    },
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        if (seen.has(name) && pair.key.range) {
          const parent = where.fieldAt(pair.key.range[0]);
          const field = parent?.endsWith(name) ? parent : parent ? `${parent}.${name}` : name;
          out.add({
            severity: 'error',
            message: `${field}: written twice; each deployment name and field may appear once`,
            field,
            ...where.offset(pair.key.range[0])
          });
        }
        seen.add(name);
      }
    }
  });
}

/** No field of the manifest nests deeper than this; anything deeper is refused before validation. */
const MAX_DEPTH = 6;

/**
 * `path` is one array pushed and popped on the way down (a copy is kept only for a finding): a
 * 1,000-deployment manifest has tens of thousands of values.
 */
function scanForSecrets(value: unknown, path: (string | number)[], where: PositionIndex, out: Collector, found: (string | number)[][]): void {
  if (path.length > MAX_DEPTH && value !== null && typeof value === 'object') {
    const field = path.join('.');
    found.push([...path]);
    out.add({ severity: 'error', message: `${field}: nested too deeply; no field of a manifest goes deeper than ${MAX_DEPTH} levels`, field, ...where.value([...path]) });
    return;
  }
  if (typeof value === 'string') {
    const kind = findSecretLikeValue(value);
    if (kind) {
      found.push([...path]);
      const field = path.join('.') || '(document)';
      out.add({
        severity: 'error',
        message: `${field}: looks like ${kind} written in plain text; never commit secrets — store it in AWS Secrets Manager and reference the secret (api_key: { secret: <name> }, hf_token_secret: <name>)`,
        field,
        ...where.value([...path])
      });
    }
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      scanForSecrets(value[i], path, where, out, found);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      path.push(k);
      scanForSecrets((value as Record<string, unknown>)[k], path, where, out, found);
      path.pop();
    }
  }
}

function reportIssue(issue: ShapeIssue, raw: unknown, where: PositionIndex, out: Collector): void {
  const path = issue.path;
  const label = path.join('.') || '(top level)';
  const actual = valueAt(raw, path);
  if (issue.code === 'unknown_key') {
    // Every unknown key of this map, not only the first the validator stopped at.
    const allowed = allowedKeysAt(path).filter((k) => k !== '$schema');
    for (const key of unknownKeys(raw, path)) {
      const hint = suggest(key, allowed);
      const field = [...path, key].join('.');
      out.add({
        severity: 'error',
        message: `${field}: unknown field${hint ? ` (did you mean \`${hint}\`?)` : ''}; allowed here: ${allowed.join(', ')}`,
        field,
        ...where.key(path, key)
      });
    }
    return;
  }
  let text: string;
  switch (issue.code) {
    case 'missing':
      text = 'required field is missing';
      break;
    case 'invalid_type':
      text = `expected ${issue.expected}, got ${describe(actual)}`;
      break;
    case 'invalid_value': {
      const values = issue.values ?? [];
      text = `${values.length === 1 ? `must be ${JSON.stringify(values[0])}` : `must be one of ${values.map((v) => String(v)).join(', ')}`}, got ${describe(actual)}`;
      break;
    }
    case 'invalid_union':
      text =
        path[path.length - 1] === 'api_key' && typeof actual === 'string'
          ? 'a key must never be written in the manifest; use generate, none, or store it in AWS Secrets Manager and write { secret: <name or ARN> }'
          : `${issue.message}, got ${describe(actual)}`;
      break;
    case 'too_small':
      text =
        typeof actual === 'string'
          ? 'must not be empty'
          : Array.isArray(actual)
            ? `needs at least ${issue.minimum} item(s)`
            : `must be ${issue.exclusive ? 'more than' : 'at least'} ${issue.minimum}, got ${describe(actual)}`;
      break;
    case 'too_big':
      text = `must be at most ${issue.maximum}, got ${describe(actual)}`;
      break;
    case 'invalid_format':
      text = `${issue.message}, got ${describe(actual)}`;
      break;
    default:
      text = issue.message;
  }
  out.add({ severity: 'error', message: `${label}: ${text}`, field: label, ...where.value(path) });
}

/** The keys of the map at `path` that the schema does not know. */
function unknownKeys(raw: unknown, path: (string | number)[]): string[] {
  const map = valueAt(raw, path);
  if (!map || typeof map !== 'object' || Array.isArray(map)) return [];
  const allowed = new Set(allowedKeysAt(path));
  return Object.keys(map).filter((k) => !allowed.has(k));
}

function suggest(key: string, allowed: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase().replace(/-/g, '_'), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}


function valueAt(root: unknown, path: (string | number)[]): unknown {
  let cur = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string' && (findSecretLikeValue(value) || looksLikeKeyMaterial(value))) return 'a value that looks like a secret (not shown)';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value} ${String(value)}`;
}

class Collector {
  private readonly items: Diagnostic[] = [];
  readonly positions: LoadedManifest['entryPositions'] = {};
  constructor(private readonly file: string) {}
  add(d: Diagnostic): void {
    this.items.push({ file: this.file, ...d });
  }
  hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
  result(specs: DeploymentSpec[]): LoadedManifest {
    const diagnostics = [...this.items].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const valid = !this.hasErrors();
    return { path: this.file, specs: valid ? specs : [], checkedSpecs: specs, diagnostics, valid, entryPositions: this.positions };
  }
}

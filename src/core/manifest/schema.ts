// The manifest's shape, written once: the validator uses it and `schema/models.schema.json`
// (for editors speaking yaml-language-server) is generated from it. Semantic rules that need
// more than shape (cron, durations, instance catalog, service limits) live in rules.ts.
//
// Valibot, not zod: its schemas are plain functions, so the CLI's start does not pay for a
// validator class hierarchy it never uses (importing zod cost about 80 ms of each start, as much
// as the rest of an offline plan). What the loader needs from a failed parse is `ShapeIssue`, so
// the library stays inside this file.
import * as v from 'valibot';
import { ENGINES, SERVICES } from '../types.js';

export const MANIFEST_VERSION = 1;

/** Deployment names become `<prefix>-<name>` stack names and resource names. */
export const NAME_PATTERN = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$/;

/** A DNS name for an alias record: lowercase labels, at most 253 characters. */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/**
 * The whole shape of an ACM certificate ARN (partition, region, account, certificate/<uuid>), not
 * just its prefix: the value becomes a CloudFormation parameter of the load balancer's listener.
 */
export const ACM_CERTIFICATE_ARN = /^arn:aws(?:-[a-z]+)*:acm:[a-z]{2}(?:-[a-z]+)+-\d{1,2}:\d{12}:certificate\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const described = <S extends v.GenericSchema>(schema: S, text: string) => v.pipe(schema, v.description(text));
const nonEmpty = () => v.pipe(v.string(), v.minLength(1));
const int = () => v.pipe(v.number(), v.integer());

const scalar = v.union([v.string(), v.number(), v.boolean()], 'must be a string, a number or true/false');

const apiKey = v.union(
  [v.literal('generate'), v.literal('none'), v.strictObject({ secret: described(nonEmpty(), 'Secrets Manager secret name or ARN holding the key') })],
  'must be `generate`, `none` or `{ secret: <name or ARN> }`'
);

const scaling = v.strictObject({
  min: v.optional(described(v.pipe(int(), v.minValue(0)), 'Instances kept running (0 only for ecs and ec2)')),
  max: v.optional(described(v.pipe(int(), v.minValue(1), v.maxValue(100)), 'Upper bound for autoscaling'))
});

const schedule = v.strictObject({
  up: described(v.string(), '5-field cron: when the deployment comes up'),
  down: described(v.string(), '5-field cron: when it is torn down'),
  timezone: v.optional(described(v.string(), 'IANA time zone of the cron expressions, e.g. Europe/Berlin'))
});

/** Every field an entry may carry; all optional so the same object describes `defaults:`. */
const entryFields = {
  revision: described(nonEmpty(), 'Branch, tag or commit of the model repository (default main)'),
  engine: described(v.picklist(ENGINES), 'Serving engine (default vllm)'),
  engine_version: described(nonEmpty(), 'Pin of the engine image version'),
  engine_args: described(v.record(v.string(), scalar), 'Extra engine flags, e.g. { max-model-len: 8192 }'),
  service: described(v.picklist(SERVICES), 'Where it runs (default sagemaker)'),
  instance: described(nonEmpty(), 'Instance type, e.g. g5.2xlarge (ml. prefix optional for sagemaker)'),
  region: described(v.pipe(v.string(), v.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1')), 'AWS region'),
  scaling,
  spot: described(v.boolean(), 'Spot capacity (ecs and ec2 only)'),
  api_key: described(apiKey, 'generate | none | { secret: <name or ARN> }'),
  hf_token_secret: described(nonEmpty(), 'Secrets Manager secret (name or ARN) with a Hugging Face token, for gated models'),
  https: described(
    v.strictObject({
      certificate_arn: v.pipe(v.string(), v.regex(ACM_CERTIFICATE_ARN, 'must be an ACM certificate ARN: arn:<partition>:acm:<region>:<12-digit account>:certificate/<uuid>')),
      domain: v.optional(
        described(
          v.pipe(v.string(), v.regex(DOMAIN_PATTERN, 'must be a DNS name such as llm.example.com (lowercase, no wildcard)')),
          'DNS name the certificate covers; BaseUrl uses it (required on ecs and ec2)'
        )
      ),
      hosted_zone_id: v.optional(
        described(
          v.pipe(v.string(), v.regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')),
          'Route 53 public hosted zone of the domain: the alias record to the load balancer is created there'
        )
      )
    }),
    'Serve HTTPS with this ACM certificate under this domain (ecs and ec2)'
  ),
  network: described(
    v.strictObject({
      vpc_id: v.pipe(v.string(), v.regex(/^vpc-[0-9a-f]+$/, 'must look like vpc-0123abcd')),
      subnet_ids: v.pipe(v.array(v.pipe(v.string(), v.regex(/^subnet-[0-9a-f]+$/, 'must look like subnet-0123abcd'))), v.minLength(1)),
      public: v.optional(v.boolean())
    }),
    'Existing VPC and subnets; a minimal VPC is created when omitted'
  ),
  ttl: described(v.string(), 'Tear down this long after the last deploy, e.g. 8h, 2d'),
  schedule: described(schedule, 'Keep it up only inside a weekly window'),
  protect: described(v.boolean(), 'Never deleted or torn down automatically'),
  allow_remote_code: described(v.boolean(), 'Allow engine_args trust-remote-code: run Python code from the model repository (shown as a warning)'),
  params_b: described(v.pipe(v.number(), v.gtValue(0), v.maxValue(10000)), 'Parameter count in billions, where the catalog lacks the model'),
  tags: described(v.record(v.string(), v.string()), 'Extra tags on every resource')
};

const optionalFields = Object.fromEntries(Object.entries(entryFields).map(([k, s]) => [k, v.optional(s)])) as {
  [K in keyof typeof entryFields]: v.OptionalSchema<(typeof entryFields)[K], undefined>;
};

export const entrySchema = v.strictObject({
  model: described(nonEmpty(), 'Hugging Face repository id, e.g. Qwen/Qwen2.5-7B-Instruct'),
  ...optionalFields
});

export const defaultsSchema = v.strictObject(optionalFields);

export const manifestSchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: described(v.literal(MANIFEST_VERSION, `must be ${MANIFEST_VERSION}`), 'Manifest format version'),
  defaults: v.optional(described(defaultsSchema, 'Merged under every entry (tags merge key by key)')),
  models: described(v.record(v.string(), entrySchema), 'Deployments keyed by name: lowercase letters, digits and -')
});

export type RawEntry = v.InferOutput<typeof entrySchema>;
export type RawDefaults = v.InferOutput<typeof defaultsSchema>;
export type RawManifest = v.InferOutput<typeof manifestSchema>;


/** A failed shape check, in the loader's terms (file:line:column comes from `path`). */
export interface ShapeIssue {
  /** For `unknown_key`, the map holding the key; for the rest, the field itself. */
  path: (string | number)[];
  code: 'unknown_key' | 'missing' | 'invalid_type' | 'invalid_value' | 'invalid_union' | 'too_small' | 'too_big' | 'invalid_format' | 'other';
  expected?: string;
  values?: unknown[];
  minimum?: number;
  maximum?: number;
  /** `too_small` of a bound that is not itself allowed (params_b > 0). */
  exclusive?: boolean;
  message: string;
}

export type ShapeResult = { ok: true; data: RawManifest } | { ok: false; issues: ShapeIssue[] };

export function parseManifestShape(raw: unknown): ShapeResult {
  const lists: ShapeIssue[] = [];
  misplacedLists(raw, manifestSchema, [], lists);
  const result = v.safeParse(manifestSchema, raw);
  if (result.success && !lists.length) return { ok: true, data: result.output };
  const under = (path: (string | number)[], prefix: (string | number)[]) => prefix.every((p, i) => path[i] === p);
  const issues = (result.issues ?? []).map(shapeIssue).filter((i) => !lists.some((l) => under(i.path, l.path)));
  return { ok: false, issues: [...lists, ...issues] };
}

/**
 * Valibot's object and record schemas take a list as a map with keys 0, 1, …, so `models:` written
 * as a list would be reported entry by entry as `models.0`. A list where a map belongs is one
 * problem, reported at the field; what lies under it is not looked at.
 */
function misplacedLists(value: unknown, schema: v.GenericSchema, path: (string | number)[], out: ShapeIssue[]): void {
  const s = unwrap(schema) as Node & { item?: v.GenericSchema; message?: unknown };
  const isMap = s.type === 'strict_object' || s.type === 'object' || s.type === 'record';
  // `path` is pushed and popped on the way down; an issue keeps a copy.
  if (Array.isArray(value)) {
    if (isMap) out.push({ path: [...path], code: 'invalid_type', expected: 'map', message: 'expected a map' });
    else if (s.type === 'union' && s.options?.some((o) => (o as Node).entries) && typeof s.message === 'string') out.push({ path: [...path], code: 'invalid_union', message: s.message });
    else if (s.type === 'array' && s.item) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        misplacedLists(value[i], s.item, path, out);
        path.pop();
      }
    }
    return;
  }
  if (!isMap || !value || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    const childSchema = s.type === 'record' ? s.value : s.entries?.[key];
    if (!childSchema) continue;
    path.push(key);
    misplacedLists((value as Record<string, unknown>)[key], childSchema, path, out);
    path.pop();
  }
}

const TYPE_NAMES: Record<string, string> = { Object: 'map', Array: 'list', string: 'string', number: 'number', boolean: 'true or false' };

function shapeIssue(issue: v.BaseIssue<unknown>): ShapeIssue {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  const base = { path, message: issue.message };
  const requirement = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  if (issue.type === 'strict_object' && issue.expected === 'never') return { ...base, path: path.slice(0, -1), code: 'unknown_key' };
  if (issue.kind === 'schema' && issue.received === 'undefined' && issue.path?.at(-1)?.origin === 'key') return { ...base, code: 'missing' };
  switch (issue.type) {
    case 'literal':
    case 'picklist': {
      const at = schemaAt(path);
      return { ...base, code: 'invalid_value', values: at?.options ?? (at && 'literal' in at ? [at.literal] : []) };
    }
    case 'union':
      return { ...base, code: 'invalid_union' };
    case 'integer':
      return { ...base, code: 'invalid_type', expected: 'whole number' };
    case 'min_length':
    case 'min_value':
      return { ...base, code: 'too_small', minimum: requirement };
    case 'gt_value':
      return { ...base, code: 'too_small', minimum: requirement, exclusive: true };
    case 'max_value':
      return { ...base, code: 'too_big', maximum: requirement };
    case 'regex':
      return { ...base, code: 'invalid_format' };
  }
  if (issue.kind === 'schema') return { ...base, code: 'invalid_type', expected: TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'something else' };
  return { ...base, code: 'other' };
}

function unwrap(schema: v.GenericSchema): v.GenericSchema {
  let s = schema as v.GenericSchema & { wrapped?: v.GenericSchema };
  while (s.type === 'optional' && s.wrapped) s = s.wrapped as typeof s;
  return s;
}

type Node = v.GenericSchema & { entries?: Record<string, v.GenericSchema>; value?: v.GenericSchema; options?: unknown[]; literal?: unknown };

/** The schema of the field at `path` (a record's key is any name), or undefined. */
function schemaAt(path: (string | number)[]): Node | undefined {
  let s = unwrap(manifestSchema) as Node;
  for (const p of path) {
    if (s.type === 'record' && s.value) s = unwrap(s.value) as Node;
    else if (s.entries?.[p]) s = unwrap(s.entries[p]) as Node;
    else return undefined;
  }
  return s;
}

/** The keys the map at `path` may hold (for "allowed here" and did-you-mean), read from the schema. */
export function allowedKeysAt(path: (string | number)[]): string[] {
  let s = schemaAt(path);
  if (s?.type === 'union') s = (s.options?.find((o) => (o as Node).entries) as Node | undefined) ?? s;
  return Object.keys(s?.entries ?? {});
}

/** JSON Schema for editors. Names are constrained here too so completion flags bad keys early. */
export async function manifestJsonSchema(): Promise<Record<string, unknown>> {
  // Loaded only for `emd-action schema` and `npm run schema`: plans never need it.
  const { toJsonSchema } = await import('@valibot/to-json-schema');
  const schema = toJsonSchema(manifestSchema, { target: 'draft-2020-12', errorMode: 'ignore' }) as Record<string, any>;
  schema.title = 'emd-action models.yaml';
  const models = schema.properties.models;
  models.propertyNames = { pattern: NAME_PATTERN.source, maxLength: 50 };
  return schema;
}

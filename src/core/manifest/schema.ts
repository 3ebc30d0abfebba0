// The manifest's shape, written once: the validator uses it and `schema/models.schema.json`
// (for editors speaking yaml-language-server) is generated from it. Semantic rules that need
// more than shape (cron, durations, instance catalog, service limits) live in validate.ts.
import { z } from 'zod';
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

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const apiKey = z.union(
  [
    z.literal('generate'),
    z.literal('none'),
    z.object({ secret: z.string().min(1).describe('Secrets Manager secret name or ARN holding the key') }).strict()
  ],
  { error: 'must be `generate`, `none` or `{ secret: <name or ARN> }`' }
);

const scaling = z
  .object({
    min: z.number().int().min(0).describe('Instances kept running (0 only for ecs and ec2)').optional(),
    max: z.number().int().min(1).max(100).describe('Upper bound for autoscaling').optional()
  })
  .strict();

const schedule = z
  .object({
    up: z.string().describe('5-field cron: when the deployment comes up'),
    down: z.string().describe('5-field cron: when it is torn down'),
    timezone: z.string().describe('IANA time zone of the cron expressions, e.g. Europe/Berlin').optional()
  })
  .strict();

/** Every field an entry may carry; all optional so the same object describes `defaults:`. */
const entryFields = {
  revision: z.string().min(1).describe('Branch, tag or commit of the model repository (default main)'),
  engine: z.enum(ENGINES).describe('Serving engine (default vllm)'),
  engine_version: z.string().min(1).describe('Pin of the engine image version'),
  engine_args: z.record(z.string(), scalar).describe('Extra engine flags, e.g. { max-model-len: 8192 }'),
  service: z.enum(SERVICES).describe('Where it runs (default sagemaker)'),
  instance: z.string().min(1).describe('Instance type, e.g. g5.2xlarge (ml. prefix optional for sagemaker)'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1').describe('AWS region'),
  scaling,
  spot: z.boolean().describe('Spot capacity (ecs and ec2 only)'),
  api_key: apiKey.describe('generate | none | { secret: <name or ARN> }'),
  hf_token_secret: z.string().min(1).describe('Secrets Manager secret (name or ARN) with a Hugging Face token, for gated models'),
  https: z
    .object({
      certificate_arn: z.string().regex(ACM_CERTIFICATE_ARN, 'must be an ACM certificate ARN: arn:<partition>:acm:<region>:<12-digit account>:certificate/<uuid>'),
      domain: z
        .string()
        .regex(DOMAIN_PATTERN, 'must be a DNS name such as llm.example.com (lowercase, no wildcard)')
        .describe('DNS name the certificate covers; BaseUrl uses it (required on ecs and ec2)')
        .optional(),
      hosted_zone_id: z
        .string()
        .regex(/^Z[A-Z0-9]{1,31}$/, 'must be a Route 53 hosted zone id such as Z0123456789ABCDEFGHIJ')
        .describe('Route 53 public hosted zone of the domain: the alias record to the load balancer is created there')
        .optional()
    })
    .strict()
    .describe('Serve HTTPS with this ACM certificate under this domain (ecs and ec2)'),
  network: z
    .object({
      vpc_id: z.string().regex(/^vpc-[0-9a-f]+$/, 'must look like vpc-0123abcd'),
      subnet_ids: z.array(z.string().regex(/^subnet-[0-9a-f]+$/, 'must look like subnet-0123abcd')).min(1),
      public: z.boolean().optional()
    })
    .strict()
    .describe('Existing VPC and subnets; a minimal VPC is created when omitted'),
  ttl: z.string().describe('Tear down this long after the last deploy, e.g. 8h, 2d'),
  schedule: schedule.describe('Keep it up only inside a weekly window'),
  protect: z.boolean().describe('Never deleted or torn down automatically'),
  allow_remote_code: z.boolean().describe('Allow engine_args trust-remote-code: run Python code from the model repository (shown as a warning)'),
  params_b: z.number().positive().max(10000).describe('Parameter count in billions, where the catalog lacks the model'),
  tags: z.record(z.string(), z.string()).describe('Extra tags on every resource')
};

const optionalFields = Object.fromEntries(
  Object.entries(entryFields).map(([k, v]) => [k, (v as z.ZodType).optional()])
) as { [K in keyof typeof entryFields]: z.ZodOptional<(typeof entryFields)[K]> };

export const entrySchema = z
  .object({
    model: z.string().min(1).describe('Hugging Face repository id, e.g. Qwen/Qwen2.5-7B-Instruct'),
    ...optionalFields
  })
  .strict();

export const defaultsSchema = z.object(optionalFields).strict();

export const manifestSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(MANIFEST_VERSION, { error: `must be ${MANIFEST_VERSION}` }).describe('Manifest format version'),
    defaults: defaultsSchema.describe('Merged under every entry (tags merge key by key)').optional(),
    models: z.record(z.string(), entrySchema).describe('Deployments keyed by name: lowercase letters, digits and -')
  })
  .strict();

export type RawEntry = z.infer<typeof entrySchema>;
export type RawDefaults = z.infer<typeof defaultsSchema>;
export type RawManifest = z.infer<typeof manifestSchema>;

export const ENTRY_FIELD_NAMES = ['model', ...Object.keys(entryFields)];

/** JSON Schema for editors. Names are constrained here too so completion flags bad keys early. */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, any>;
  schema.title = 'emd-action models.yaml';
  const models = schema.properties.models;
  models.propertyNames = { pattern: NAME_PATTERN.source, maxLength: 50 };
  return schema;
}

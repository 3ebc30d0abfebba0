// Rules that need more than the schema's shape: what each AWS service can honour, the instance
// catalog, cron and durations, and characters that would be unsafe downstream (stack names,
// shell in the build, template parameters). Every rule reports through `report` and carries on,
// so the user sees all problems in one run.
import type { ApiKeySpec, DeploymentSpec, Service, Severity } from '../types.js';
import { findInstance, suggestInstance, supportsService } from '../catalog/instances.js';
import { parseDuration } from '../duration.js';
import { isKnownRegion, suggestRegions } from '../catalog/regions.js';
import { isValidTimezone, validateCron } from '../schedule.js';
import { NAME_PATTERN, type RawEntry } from './schema.js';
import { looksLikeKeyMaterial } from './secrets.js';
import { checkEngineForModel } from './engine-model.js';
import { checkEngineFlags } from './engine-flags.js';
import { checkApiKeySecretNaming } from './secret-naming.js';

/** `<prefix>-<name>` is also the base of resource names with tight limits (SageMaker, Lambda). */
export const MAX_STACK_NAME_LENGTH = 40;
export const RESERVED_NAMES = ['bootstrap'];
/**
 * Roles of `<prefix>-github` and `<prefix>-github-*`/`<prefix>-bootstrap-*` stacks would be named
 * like the GitHub and bootstrap roles, which the stack role is denied to touch.
 */
export const RESERVED_NAME_PATTERN = /^(github|github-.*|bootstrap-.*)$/;

const MODEL_ID = /^(?:[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/)?[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/;
const REVISION = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;
const ENGINE_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const ENGINE_ARG_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SECRET_REF = /^(?:arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+|[A-Za-z0-9/_+=.@-]{1,512})$/;
const TAG_KEY = /^[\p{L}\p{N} _.:/=+@-]{1,128}$/u;
const TAG_VALUE = /^[\p{L}\p{N} _.:/=+@-]{0,256}$/u;
const CONTROL = /[\u0000-\u001f\u007f]/;

export type Report = (severity: Severity, field: string | undefined, message: string, sub?: ReadonlyArray<string | number>) => void;

export interface RuleContext {
  stackPrefix: string;
  defaultRegion?: string;
  /** Fields already reported as malformed and set aside: their absence is not a second error. */
  setAside?: ReadonlySet<string>;
}

/** Only services whose scaling can reach zero instances; SageMaker endpoints keep at least one. */
const SCALE_TO_ZERO: ReadonlySet<Service> = new Set(['ecs', 'ec2']);
const SPOT: ReadonlySet<Service> = new Set(['ecs', 'ec2']);

export function checkEntry(name: string, e: RawEntry, ctx: RuleContext, report: Report): DeploymentSpec | undefined {
  let ok = true;
  const fail = (field: string | undefined, message: string, sub?: ReadonlyArray<string | number>) => {
    ok = false;
    report('error', field, message, sub);
  };

  checkName(name, ctx.stackPrefix, fail);

  if (!MODEL_ID.test(e.model) || e.model.includes('..') || e.model.includes('--')) {
    fail('model', `"${e.model}" is not a Hugging Face repository id; expected <org>/<name> such as Qwen/Qwen2.5-7B-Instruct`);
  }
  const revision = e.revision ?? 'main';
  if (!REVISION.test(revision) || revision.includes('..')) {
    fail('revision', 'must be a branch, tag or commit: letters, digits, . _ - /');
  }
  if (e.engine_version !== undefined && !ENGINE_VERSION.test(e.engine_version)) {
    fail('engine_version', 'must be an image version such as 0.10.1: letters, digits, . _ -');
  }
  for (const [key, value] of Object.entries(e.engine_args ?? {})) {
    if (!ENGINE_ARG_KEY.test(key)) {
      fail('engine_args', `flag "${key.slice(0, 40)}" must be lowercase letters, digits and - without leading dashes (write max-model-len, not --max-model-len)`, [key]);
    } else if (typeof value === 'string' && (CONTROL.test(value) || /\s/.test(value) || value.length > 1024)) {
      // The build hands each flag to the engine as one argument; whitespace would split or smuggle flags.
      fail('engine_args', 'values must be a single word without spaces or line breaks, at most 1024 characters', [key]);
    }
  }

  checkEngineFlags(e, fail, (field, message, sub) => report('warning', field, message, sub));
  const engineArgs = checkEngineForModel(e.model, e.engine ?? 'vllm', e.engine_version, e.engine_args ?? {}, (severity, field, message, sub) =>
    severity === 'error' ? fail(field, message, sub) : report(severity, field, message, sub)
  );

  const service: Service = e.service ?? 'sagemaker';
  const instance = checkInstance(e.instance ?? 'g5.2xlarge', service, e.instance !== undefined, fail);
  if (service === 'sagemaker' && e.engine === 'llama.cpp') {
    fail('engine', 'llama.cpp is not offered on sagemaker; use vllm or tgi there, or service ecs or ec2 for llama.cpp');
  }

  const region = e.region ?? ctx.defaultRegion;
  if (!region && ctx.setAside?.has('region')) ok = false;
  else if (!region) fail(undefined, 'no region: set region on the entry or under defaults:, or pass the aws-region input');
  else if (!isKnownRegion(region)) {
    const near = suggestRegions(region);
    const hint = near.length ? ` (did you mean ${near.join(' or ')}?)` : '';
    const from = e.region === undefined ? ' (from the aws-region input)' : '';
    fail(e.region === undefined ? undefined : 'region', `"${region}"${from} is not an AWS region the SDK's partition metadata knows${hint}`);
  }

  const min = e.scaling?.min ?? 1;
  const max = e.scaling?.max ?? Math.max(min, 1);
  if (min > max) fail('scaling', `min ${min} is greater than max ${max}`, ['min']);
  if (min === 0 && !SCALE_TO_ZERO.has(service)) {
    fail('scaling', `${service} endpoints cannot scale to zero; use min: 1, or service ecs or ec2 (or a schedule to switch it off)`, ['min']);
  }
  const spot = e.spot ?? false;
  if (spot && !SPOT.has(service)) fail('spot', `${service} has no spot capacity for real-time endpoints; spot is for ecs and ec2`);

  checkServing(e, service, fail);

  const apiKey = checkApiKey(e.api_key, fail);
  checkApiKeySecretNaming(apiKey, ctx.stackPrefix, (message) => report('warning', 'api_key', message, ['secret']));
  if (e.hf_token_secret !== undefined && !SECRET_REF.test(e.hf_token_secret)) {
    fail('hf_token_secret', 'must be the name or ARN of a Secrets Manager secret');
  } else if (e.hf_token_secret !== undefined && !e.hf_token_secret.startsWith(`${ctx.stackPrefix}/`) && !e.hf_token_secret.includes(`:secret:${ctx.stackPrefix}/`)) {
    // The build role may read only secrets under the prefix or tagged for it (least privilege).
    report('warning', 'hf_token_secret', `the build can read this secret only if it is tagged emd:hf-token=true; or name it ${ctx.stackPrefix}/…`);
  }

  if (e.ttl !== undefined && parseDuration(e.ttl) === undefined) {
    fail('ttl', `"${e.ttl}" is not a duration; use a number and a unit: 30m, 8h, 2d, 1w (or combined, 1h30m)`);
  }
  let schedule: DeploymentSpec['schedule'];
  if (e.schedule) {
    const timezone = e.schedule.timezone ?? 'UTC';
    for (const key of ['up', 'down'] as const) {
      const problem = validateCron(e.schedule[key]);
      if (problem) fail('schedule', `"${e.schedule[key]}" ${problem}`, [key]);
    }
    if (!isValidTimezone(timezone)) fail('schedule', `"${timezone}" is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC)`, ['timezone']);
    if (e.schedule.up.trim() === e.schedule.down.trim()) fail('schedule', 'up and down are the same expression', ['down']);
    schedule = { up: e.schedule.up.trim(), down: e.schedule.down.trim(), timezone };
  }
  const protect = e.protect ?? false;
  if (protect && (e.ttl !== undefined || e.schedule)) {
    report('warning', 'protect', 'protect: true wins over ttl and schedule: this deployment is never torn down automatically');
  }

  for (const [key, value] of Object.entries(e.tags ?? {})) {
    if (/^(aws|emd):/i.test(key)) fail('tags', `"${key}": the aws: and emd: tag prefixes are reserved`, [key]);
    else if (!TAG_KEY.test(key) || !TAG_VALUE.test(value)) {
      fail('tags', 'tag keys (≤128) and values (≤256) may hold letters, digits, spaces and _ . : / = + - @', [key]);
    }
  }
  if (Object.keys(e.tags ?? {}).length > 40) fail('tags', 'at most 40 tags (AWS allows 50 per resource and the action uses some)');

  if (!ok || !region || !apiKey) return undefined;
  return compact({
    name,
    model: e.model,
    revision,
    engine: e.engine ?? 'vllm',
    engine_version: e.engine_version,
    engine_args: engineArgs,
    service,
    instance,
    region,
    scaling: { min, max },
    spot,
    api_key: apiKey,
    hf_token_secret: e.hf_token_secret,
    https: e.https,
    network: e.network ? { vpc_id: e.network.vpc_id, subnet_ids: e.network.subnet_ids, public: e.network.public ?? true } : undefined,
    ttl: e.ttl,
    schedule,
    protect,
    params_b: e.params_b,
    allow_remote_code: e.allow_remote_code === true ? true : undefined,
    tags: e.tags ?? {}
  });
}

/** What each service's front can serve (issue 9: HTTPS a client can verify, private fronts, ALB zones). */
function checkServing(e: RawEntry, service: Service, fail: (f: string, m: string, sub?: ReadonlyArray<string | number>) => void): void {
  const balanced = service === 'ecs' || service === 'ec2';
  if (e.https && service === 'sagemaker') {
    fail('https', 'sagemaker is served through a Lambda function URL, always HTTPS with an AWS certificate; remove https (a custom domain would need CloudFront), or use ecs or ec2');
  } else if (e.https && balanced && !e.https.domain) {
    fail('https', 'https needs domain: the DNS name the certificate covers (the load balancer\'s own name is not on the certificate, so clients could not verify it); add hosted_zone_id to create the record');
  }
  if (e.https?.hosted_zone_id && !e.https.domain) fail('https', 'hosted_zone_id needs domain, the record to create in it', ['hosted_zone_id']);
  if (service === 'sagemaker' && e.network?.public === false) {
    // AWS_IAM auth on a function URL takes a SigV4 Authorization header, so the Bearer key could never arrive.
    fail('network', 'sagemaker has no private front: network.public: false would switch its function URL to IAM (SigV4) auth, which OpenAI clients cannot send with the key; omit public (the model still runs in your subnets), or use ecs or ec2 for an internal load balancer', ['public']);
  }
  if (balanced && e.network && e.network.subnet_ids.length < 2) {
    fail('network', `${service} puts an Application Load Balancer in these subnets, which needs at least two, in different Availability Zones`, ['subnet_ids']);
  }
}

function checkName(name: string, prefix: string, fail: (f: string | undefined, m: string) => void): void {
  if (!NAME_PATTERN.test(name)) {
    fail(undefined, `name "${name.slice(0, 60)}" must start with a lowercase letter and hold only lowercase letters, digits and single hyphens (not at the end)`);
    return;
  }
  if (RESERVED_NAMES.includes(name)) fail(undefined, `name "${name}" is reserved for the ${prefix}-${name} stack`);
  else if (RESERVED_NAME_PATTERN.test(name)) {
    fail(undefined, `name "${name}" is reserved: its roles would be named like the bootstrap and GitHub roles (${prefix}-bootstrap-*, ${prefix}-github-*), which deployments may never touch`);
  }
  const stack = `${prefix}-${name}`;
  if (stack.length > MAX_STACK_NAME_LENGTH) {
    fail(undefined, `name too long: stack "${stack}" has ${stack.length} characters, at most ${MAX_STACK_NAME_LENGTH} keep derived AWS resource names within their limits (use at most ${MAX_STACK_NAME_LENGTH - prefix.length - 1} characters)`);
  }
}

function checkInstance(written: string, service: Service, explicit: boolean, fail: (f: string, m: string) => void): string {
  const hasMl = /^ml\./i.test(written);
  const canonical = written.toLowerCase().replace(/^ml\./, '');
  if (hasMl && service !== 'sagemaker') {
    fail('instance', `the ml. prefix names SageMaker instances; for ${service} write ${canonical}`);
    return canonical;
  }
  const spec = findInstance(canonical);
  if (!spec) {
    const hint = suggestInstance(canonical, service);
    fail('instance', `"${written}" is not a known instance type${hint ? ` (did you mean ${hint}?)` : ''}`);
  } else if (!supportsService(canonical, service)) {
    fail('instance', `${canonical} is not offered for ${service}${service === 'sagemaker' ? ' real-time hosting' : ''}`);
  } else if (!explicit) {
    return spec.type;
  }
  return canonical;
}

function checkApiKey(value: RawEntry['api_key'], fail: (f: string, m: string) => void): ApiKeySpec | undefined {
  if (value === undefined || value === 'generate') return 'generate';
  if (value === 'none') return 'none';
  if (looksLikeKeyMaterial(value.secret)) {
    fail('api_key', 'secret looks like the key itself; store the key in Secrets Manager and write the secret name or ARN here');
    return undefined;
  }
  if (!SECRET_REF.test(value.secret)) {
    fail('api_key', 'secret must be the name or ARN of a Secrets Manager secret');
    return undefined;
  }
  return { secret: value.secret };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

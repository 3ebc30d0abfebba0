// Quota preflight, pure: which Service Quotas a plan draws on, how much it adds at maximum scale,
// and whether that fits what the account may run. The AWS side (src/aws/quotas.ts) reads the quota
// values and current use; nothing here calls AWS.
//
// Codes and names come from the Service Quotas listing (see docs/architecture.md, "Quota
// preflight", for the sources). EC2 quotas count vCPUs of running instances per class; SageMaker
// hosting quotas count instances of one type across the region's endpoints.
import { findInstance } from './catalog/instances.js';
import type { Plan, PlanEntry } from './plan.js';
import type { Diagnostic, DeploymentSpec } from './types.js';
import rawCodes from './data/quota-codes.json' with { type: 'json' };

export interface QuotaRef {
  serviceCode: 'ec2' | 'sagemaker';
  /** Undefined when the bundled table has no code for this quota name (looked up by name at run time). */
  quotaCode?: string;
  quotaName: string;
  unit: 'vCPU' | 'instances';
}

interface CodeTable {
  source: string;
  ec2: Record<string, { onDemand: { code: string; name: string }; spot: { code: string; name: string } }>;
  sagemakerEndpoint: Record<string, string>;
}

const CODES = rawCodes as unknown as CodeTable;

/** EC2 quota class of an instance family, as the "Running On-Demand … instances" quotas group them. */
export function ec2QuotaClass(family: string): string | undefined {
  const f = family.toLowerCase();
  if (/^p5/.test(f)) return 'P5';
  if (/^p\d/.test(f)) return 'P';
  if (/^(g|vt)\d/.test(f) || /^gr\d/.test(f)) return 'G';
  if (/^inf\d/.test(f)) return 'Inf';
  if (/^trn\d/.test(f)) return 'Trn';
  if (/^dl\d/.test(f)) return 'DL';
  if (/^[acdhimrtz]\d/.test(f)) return 'Standard';
  return undefined;
}

/** The quota an instance of `type` counts against on `service`, spot or on-demand. */
export function quotaFor(service: DeploymentSpec['service'], type: string, spot: boolean): QuotaRef | undefined {
  if (service === 'sagemaker') {
    const name = `ml.${type} for endpoint usage`;
    return { serviceCode: 'sagemaker', quotaCode: CODES.sagemakerEndpoint[`ml.${type}`], quotaName: name, unit: 'instances' };
  }
  const family = type.split('.')[0];
  const cls = ec2QuotaClass(family);
  if (!cls) return undefined;
  // On-demand P5 shares the "Running On-Demand P instances" quota; only spot has a P5 quota of its own.
  const row = CODES.ec2[cls === 'P5' && !spot ? 'P' : cls];
  if (!row) return undefined;
  const q = spot ? row.spot : row.onDemand;
  return { serviceCode: 'ec2', quotaCode: q.code, quotaName: q.name, unit: 'vCPU' };
}

/** Units of the quota one instance uses: its vCPUs for EC2, one for SageMaker. */
export function unitsPerInstance(ref: QuotaRef, type: string): number | undefined {
  if (ref.unit === 'instances') return 1;
  return findInstance(type)?.vcpu;
}

export function quotaKey(region: string, ref: Pick<QuotaRef, 'serviceCode' | 'quotaName'>): string {
  return `${region}|${ref.serviceCode}|${ref.quotaName}`;
}

export interface QuotaNeed {
  key: string;
  region: string;
  ref: QuotaRef;
  /** Units this plan adds at maximum scale. */
  adds: number;
  deployments: string[];
  /** Types counted, so the adapter knows which instance types to count current use for. */
  instanceTypes: string[];
  /**
   * Some of it comes from entries whose live state is unknown: they may already run (and so be in
   * the current use too), so going over is only a warning.
   */
  uncertain?: boolean;
}

function capacity(spec: DeploymentSpec): { ref: QuotaRef; units: number } | undefined {
  const ref = quotaFor(spec.service, spec.instance, spec.spot && spec.service !== 'sagemaker');
  if (!ref) return undefined;
  const per = unitsPerInstance(ref, spec.instance);
  if (per === undefined) return undefined;
  return { ref, units: per * spec.scaling.max };
}

/**
 * What each quota gains from the plan at maximum scale. A create or replace adds the whole new
 * deployment (a replacement runs beside the old one until it is ready); an update adds only its
 * growth on the same quota; unchanged, dormant, expired and delete add nothing.
 */
export function quotaNeeds(plan: Plan): QuotaNeed[] {
  const needs = new Map<string, QuotaNeed>();
  for (const entry of plan.entries) {
    const adds = addedCapacity(entry);
    if (!adds) continue;
    const key = quotaKey(entry.region, adds.ref);
    const need = needs.get(key) ?? { key, region: entry.region, ref: adds.ref, adds: 0, deployments: [], instanceTypes: [] };
    need.adds += adds.units;
    need.deployments.push(entry.name);
    if (entry.action === 'unknown') need.uncertain = true;
    if (entry.desired && !need.instanceTypes.includes(entry.desired.instance)) need.instanceTypes.push(entry.desired.instance);
    needs.set(key, need);
  }
  return [...needs.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function addedCapacity(entry: PlanEntry): { ref: QuotaRef; units: number } | undefined {
  const spec = entry.desired;
  if (!spec || entry.lifecycle || entry.blocked?.kind === 'busy') return undefined;
  if (!['create', 'replace', 'update', 'unknown'].includes(entry.action)) return undefined;
  const wanted = capacity(spec);
  if (!wanted || wanted.units === 0) return undefined;
  if (entry.action === 'update' && entry.deployed) {
    const before = capacity(entry.deployed);
    if (before && quotaKey(entry.region, before.ref) === quotaKey(entry.region, wanted.ref)) {
      const growth = wanted.units - before.units;
      return growth > 0 ? { ref: wanted.ref, units: growth } : undefined;
    }
  }
  return wanted;
}

/** What the AWS adapter found for one quota in one region. */
export type QuotaFact =
  | {
      key: string;
      known: true;
      value: number;
      /** Code as AWS answered it (also when the bundled table had none). */
      quotaCode: string;
      /** `applied` from GetServiceQuota, `default` from ListAWSDefaultServiceQuotas. */
      source: 'applied' | 'default';
      /** Units in use now; undefined when it could not be counted. */
      usage?: number;
      usageUnknown?: string;
    }
  | { key: string; known: false; reason: string };

export interface QuotaCheck {
  need: QuotaNeed;
  status: 'exceeds' | 'near' | 'ok' | 'unknown';
  value?: number;
  usage?: number;
  quotaCode?: string;
  message: string;
}

/** The Service Quotas console page where an increase is requested. */
export function increaseLink(region: string, ref: QuotaRef, code: string | undefined): string {
  const service = ref.serviceCode === 'ec2' ? 'ec2' : 'sagemaker';
  return code
    ? `https://${region}.console.aws.amazon.com/servicequotas/home/services/${service}/quotas/${code}`
    : `https://${region}.console.aws.amazon.com/servicequotas/home/services/${service}/quotas`;
}

const NEAR = 0.8;
/** Deployments named in one quota finding before the rest are counted: a fleet can share one quota. */
const NAMED = 5;

function namesOf(deployments: string[]): string {
  if (deployments.length <= NAMED) return deployments.join(', ');
  return `${deployments.slice(0, NAMED).join(', ')} and ${deployments.length - NAMED} more deployments`;
}

/**
 * Exceeding a quota is an error (the build would fail 20+ minutes later); above 80% of it is a
 * warning; a quota that could not be read is a warning that says so and is never taken as fine.
 */
export function evaluateQuotas(needs: QuotaNeed[], facts: QuotaFact[]): { checks: QuotaCheck[]; diagnostics: Diagnostic[] } {
  const byKey = new Map(facts.map((f) => [f.key, f]));
  const checks: QuotaCheck[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const need of needs) {
    const fact = byKey.get(need.key);
    const { ref, region } = need;
    const who = namesOf(need.deployments);
    const at = need.deployments.length === 1 ? { deployment: need.deployments[0], field: `models.${need.deployments[0]}` } : {};
    const units = (n: number) => `${n} ${ref.unit === 'vCPU' ? 'vCPU' : 'instance'}${n === 1 ? '' : 's'}`;
    if (!fact || !fact.known) {
      const reason = fact && !fact.known ? fact.reason : 'not read';
      const message = `${who}: quota "${ref.quotaName}"${ref.quotaCode ? ` (${ref.quotaCode})` : ''} in ${region} is unknown (${reason}); the plan adds ${units(need.adds)} at maximum scale`;
      checks.push({ need, status: 'unknown', quotaCode: ref.quotaCode, message });
      diagnostics.push({ severity: 'warning', message, ...at });
      continue;
    }
    const code = fact.quotaCode;
    const link = increaseLink(region, ref, code);
    const from = fact.source === 'default' ? ' (AWS default; the account value could not be read)' : '';
    if (fact.usage === undefined) {
      const total = need.adds;
      const status = total > fact.value ? 'exceeds' : 'unknown';
      const message =
        status === 'exceeds'
          ? `${who}: needs ${units(total)} of quota "${ref.quotaName}" (${code}) in ${region} at maximum scale, more than its ${fact.value}${from} even before counting what runs; request an increase: ${link}`
          : `${who}: quota "${ref.quotaName}" (${code}) in ${region} is ${fact.value}${from} and the plan adds ${units(total)}, but current use is unknown (${fact.usageUnknown ?? 'not counted'})`;
      checks.push({ need, status, value: fact.value, quotaCode: code, message });
      diagnostics.push({ severity: status === 'exceeds' ? 'error' : 'warning', message, ...at });
      continue;
    }
    const total = fact.usage + need.adds;
    const numbers = `${units(fact.usage)} in use + ${need.adds} added at maximum scale = ${total} of ${fact.value}${from}`;
    if (total > fact.value && need.uncertain) {
      const message = `${who}: may exceed quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}, counting as new what may already run (the live state is unknown); an increase: ${link}`;
      checks.push({ need, status: 'near', value: fact.value, usage: fact.usage, quotaCode: code, message });
      diagnostics.push({ severity: 'warning', message, ...at });
    } else if (total > fact.value) {
      const message = `${who}: exceeds quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}; request an increase: ${link}`;
      checks.push({ need, status: 'exceeds', value: fact.value, usage: fact.usage, quotaCode: code, message });
      diagnostics.push({ severity: 'error', message, ...at });
    } else if (total > NEAR * fact.value) {
      const message = `${who}: within ${Math.round((1 - NEAR) * 100)}% of quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}; an increase: ${link}`;
      checks.push({ need, status: 'near', value: fact.value, usage: fact.usage, quotaCode: code, message });
      diagnostics.push({ severity: 'warning', message, ...at });
    } else {
      checks.push({ need, status: 'ok', value: fact.value, usage: fact.usage, quotaCode: code, message: `quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}` });
    }
  }
  return { checks, diagnostics };
}

/** Source of the bundled quota codes, for the docs and the plan note. */
export const QUOTA_CODES_SOURCE = CODES.source;

// Quota facts for the preflight (src/core/quotas.ts): each quota's value from Service Quotas and
// what already runs against it. Calls are bounded by regions and quotas, never by deployments:
//   GetServiceQuota              one per distinct (region, quota)
//   ListAWSDefaultServiceQuotas  at most one paginated listing per (region, service), only when a
//                                quota has no applied value (NoSuchResourceException) or its code
//                                is not in the bundled table (looked up by name)
//   DescribeInstances            one paginated sweep per region with EC2 needs (running/pending,
//                                instance-type wildcards of the needed classes)
//   ListEndpoints + Describe…    SageMaker regions only: endpoints, their configs' instance types;
//                                capped at MAX_ENDPOINTS, above which current use is unknown
// A refusal or a throttle that outlasts the SDK's retries makes that fact unknown, never fine.
import type { ServiceQuotasClient, ServiceQuota } from '@aws-sdk/client-service-quotas';
import { findInstance } from '../core/catalog/instances.js';
import { ec2QuotaClass, quotaFor, quotaKey, type QuotaFact, type QuotaNeed } from '../core/quotas.js';
import type { AwsClients } from './clients.js';
import { describeAwsError, errorName } from './errors.js';

export const MAX_ENDPOINTS = 100;
const MAX_PAGES = 20;

type Usage = { ok: true; byQuota: Map<string, number> } | { ok: false; reason: string };

export async function readQuotaFacts(clients: AwsClients, needs: QuotaNeed[]): Promise<QuotaFact[]> {
  const defaults = new Map<string, Promise<ServiceQuota[]>>();
  const usage = new Map<string, Promise<Usage>>();
  const listDefaults = (region: string, service: string) => {
    const key = `${region}|${service}`;
    if (!defaults.has(key)) defaults.set(key, listDefaultQuotas(clients, region, service));
    return defaults.get(key)!;
  };
  const usageOf = (region: string, service: 'ec2' | 'sagemaker') => {
    const key = `${region}|${service}`;
    if (!usage.has(key)) {
      const classes = needs.filter((n) => n.region === region && n.ref.serviceCode === 'ec2').map((n) => n.instanceTypes.map((t) => ec2QuotaClass(t.split('.')[0]))).flat();
      usage.set(key, service === 'ec2' ? ec2Usage(clients, region, [...new Set(classes.filter((c): c is string => !!c))]) : sageMakerUsage(clients, region));
    }
    return usage.get(key)!;
  };

  // Each need on its own (the listings and usage sweeps they share are asked once, above), all at once.
  const factFor = async (need: QuotaNeed): Promise<QuotaFact> => {
    const { region, ref } = need;
    let code = ref.quotaCode;
    let value: number | undefined;
    let source: 'applied' | 'default' = 'applied';
    try {
      if (!code) {
        const listed = (await listDefaults(region, ref.serviceCode)).find((q) => q.QuotaName === ref.quotaName);
        if (!listed?.QuotaCode) return { key: need.key, known: false, reason: `no quota named "${ref.quotaName}" in the ${ref.serviceCode} defaults of ${region}` };
        code = listed.QuotaCode;
      }
      try {
        value = await appliedValue(await clients.serviceQuotas(region), ref.serviceCode, code);
      } catch (error) {
        // No applied value: the AWS default is the account's value. Any other error stays unknown.
        if (errorName(error) !== 'NoSuchResourceException') throw error;
        value = (await listDefaults(region, ref.serviceCode)).find((q) => q.QuotaCode === code)?.Value;
        source = 'default';
      }
    } catch (error) {
      return { key: need.key, known: false, reason: `${describeAwsError(error)} reading ${ref.serviceCode} quota ${code ?? ref.quotaName}` };
    }
    if (value === undefined) return { key: need.key, known: false, reason: `Service Quotas gave no value for ${code}` };
    const used = await usageOf(region, ref.serviceCode);
    return used.ok
      ? { key: need.key, known: true, value, quotaCode: code, source, usage: used.byQuota.get(need.key) ?? 0 }
      : { key: need.key, known: true, value, quotaCode: code, source, usageUnknown: used.reason };
  };
  return Promise.all(needs.map(factFor));
}

async function appliedValue(client: ServiceQuotasClient, service: string, code: string): Promise<number | undefined> {
  const { GetServiceQuotaCommand } = await import('@aws-sdk/client-service-quotas');
  const res = await client.send(new GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
  return res.Quota?.Value;
}

async function listDefaultQuotas(clients: AwsClients, region: string, service: string): Promise<ServiceQuota[]> {
  const { ListAWSDefaultServiceQuotasCommand } = await import('@aws-sdk/client-service-quotas');
  const client = await clients.serviceQuotas(region);
  const out: ServiceQuota[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.send(new ListAWSDefaultServiceQuotasCommand({ ServiceCode: service, NextToken: token, MaxResults: 100 }));
    out.push(...(res.Quotas ?? []));
    token = res.NextToken;
    if (!token) break;
  }
  return out;
}

/** Instance-type wildcards that cover each EC2 quota class (over-fetching is fine: each instance is classified again). */
const CLASS_PATTERNS: Record<string, string[]> = {
  G: ['g*', 'vt*'],
  P: ['p*'],
  P5: ['p*'],
  Inf: ['inf*'],
  Trn: ['trn*'],
  DL: ['dl*'],
  Standard: ['a*', 'c*', 'd*', 'h*', 'i*', 'm*', 'r*', 't*', 'z*']
};

async function ec2Usage(clients: AwsClients, region: string, classes: string[]): Promise<Usage> {
  const patterns = [...new Set(classes.flatMap((c) => CLASS_PATTERNS[c] ?? []))].sort();
  if (!patterns.length) return { ok: true, byQuota: new Map() };
  try {
    const { DescribeInstancesCommand } = await import('@aws-sdk/client-ec2');
    const client = await clients.ec2(region);
    const byQuota = new Map<string, number>();
    let token: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) return { ok: false, reason: `more than ${MAX_PAGES} pages of running instances in ${region}` };
      const res = await client.send(
        new DescribeInstancesCommand({
          Filters: [
            { Name: 'instance-state-name', Values: ['pending', 'running'] },
            { Name: 'instance-type', Values: patterns }
          ],
          MaxResults: 1000,
          NextToken: token
        })
      );
      for (const r of res.Reservations ?? []) {
        for (const i of r.Instances ?? []) {
          const type = String(i.InstanceType ?? '');
          const ref = quotaFor('ec2', type, i.InstanceLifecycle === 'spot');
          if (!ref) continue;
          // The quota counts the type's vCPUs; the CPU options are the fallback for a type not in the bundled data.
          const vcpu = findInstance(type)?.vcpu ?? (i.CpuOptions?.CoreCount ?? 0) * (i.CpuOptions?.ThreadsPerCore ?? 1);
          const key = quotaKey(region, ref);
          byQuota.set(key, (byQuota.get(key) ?? 0) + vcpu);
        }
      }
      token = res.NextToken || undefined;
      if (!token) break;
    }
    return { ok: true, byQuota };
  } catch (error) {
    return { ok: false, reason: `ec2:DescribeInstances: ${describeAwsError(error)}` };
  }
}

const COUNTED_ENDPOINT = new Set(['InService', 'Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'UpdateRollbackFailed']);

async function sageMakerUsage(clients: AwsClients, region: string): Promise<Usage> {
  try {
    const sm = await import('@aws-sdk/client-sagemaker');
    const client = await clients.sageMaker(region);
    const names: string[] = [];
    let token: string | undefined;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) break;
      const res = await client.send(new sm.ListEndpointsCommand({ MaxResults: 100, NextToken: token }));
      for (const e of res.Endpoints ?? []) if (e.EndpointName && COUNTED_ENDPOINT.has(String(e.EndpointStatus))) names.push(e.EndpointName);
      token = res.NextToken;
      if (!token) break;
    }
    if (names.length > MAX_ENDPOINTS) return { ok: false, reason: `${names.length} endpoints in ${region}, more than the ${MAX_ENDPOINTS} the preflight counts` };
    const configs = new Map<string, Map<string, string>>();
    const byQuota = new Map<string, number>();
    for (const name of names) {
      const endpoint = await client.send(new sm.DescribeEndpointCommand({ EndpointName: name }));
      const configName = endpoint.EndpointConfigName;
      if (!configName) continue;
      if (!configs.has(configName)) {
        const config = await client.send(new sm.DescribeEndpointConfigCommand({ EndpointConfigName: configName }));
        configs.set(configName, new Map((config.ProductionVariants ?? []).map((v) => [String(v.VariantName), String(v.InstanceType ?? '')])));
      }
      const types = configs.get(configName)!;
      for (const v of endpoint.ProductionVariants ?? []) {
        const type = types.get(String(v.VariantName));
        if (!type?.startsWith('ml.')) continue;
        const ref = quotaFor('sagemaker', type.slice(3), false)!;
        const key = quotaKey(region, ref);
        // While an update scales out, the larger of current and desired is what the quota sees.
        const count = Math.max(v.CurrentInstanceCount ?? 0, v.DesiredInstanceCount ?? 0);
        byQuota.set(key, (byQuota.get(key) ?? 0) + count);
      }
    }
    return { ok: true, byQuota };
  } catch (error) {
    return { ok: false, reason: `sagemaker endpoints: ${describeAwsError(error)}` };
  }
}

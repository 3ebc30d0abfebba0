// Service Quotas over awsJson1_1 (target ServiceQuotasV20190624): GetServiceQuota answers a quota
// with an applied (account) value and NoSuchResourceException otherwise; ListAWSDefaultServiceQuotas
// pages through the defaults with NextToken. Per region, keyed by service code and quota code.
// Seed with `setQuota(aws.store, 'eu-west-1', { serviceCode: 'ec2', code: 'L-DB2E81BA', name, value })`.
import { AwsServiceError, type ActionHandler, type HandlerConfig } from './protocol.js';
import type { AwsStore } from './store.js';

export interface FakeQuota {
  serviceCode: string;
  code: string;
  name: string;
  /** The AWS default, listed by ListAWSDefaultServiceQuotas. */
  defaultValue: number;
  /** The account's value; without one GetServiceQuota answers NoSuchResourceException. */
  applied?: number;
}

const SERVICE_NAMES: Record<string, string> = { ec2: 'Amazon Elastic Compute Cloud (Amazon EC2)', sagemaker: 'Amazon SageMaker' };
const state = new WeakMap<AwsStore, Map<string, Map<string, FakeQuota>>>();

function quotasOf(store: AwsStore, region: string): Map<string, FakeQuota> {
  let byRegion = state.get(store);
  if (!byRegion) {
    byRegion = new Map();
    state.set(store, byRegion);
  }
  let quotas = byRegion.get(region);
  if (!quotas) {
    quotas = new Map();
    byRegion.set(region, quotas);
  }
  return quotas;
}

export function setQuota(store: AwsStore, region: string, quota: { serviceCode: string; code: string; name: string; value?: number; defaultValue?: number }): void {
  quotasOf(store, region).set(`${quota.serviceCode}/${quota.code}`, {
    serviceCode: quota.serviceCode,
    code: quota.code,
    name: quota.name,
    defaultValue: quota.defaultValue ?? quota.value ?? 0,
    ...(quota.value !== undefined ? { applied: quota.value } : {})
  });
}

function shape(q: FakeQuota, region: string, accountId: string, value: number) {
  return {
    ServiceCode: q.serviceCode,
    ServiceName: SERVICE_NAMES[q.serviceCode] ?? q.serviceCode,
    QuotaArn: `arn:aws:servicequotas:${region}:${accountId}:${q.serviceCode}/${q.code}`,
    QuotaCode: q.code,
    QuotaName: q.name,
    Value: value,
    Unit: 'None',
    Adjustable: true,
    GlobalQuota: false
  };
}

export function serviceQuotasHandlers(config: HandlerConfig): Record<string, ActionHandler> {
  return {
    GetServiceQuota: (call, store) => {
      const input = call.input as { ServiceCode?: string; QuotaCode?: string };
      const q = quotasOf(store, call.region).get(`${input.ServiceCode}/${input.QuotaCode}`);
      if (!q || q.applied === undefined) {
        throw new AwsServiceError('NoSuchResourceException', 'The request failed because the specified resource does not exist.');
      }
      return { Quota: shape(q, call.region, call.accountId, q.applied) };
    },
    ListAWSDefaultServiceQuotas: (call, store) => {
      const input = call.input as { ServiceCode?: string; NextToken?: string; MaxResults?: number };
      if (!input.ServiceCode) throw new AwsServiceError('IllegalArgumentException', 'ServiceCode is required');
      const all = [...quotasOf(store, call.region).values()].filter((q) => q.serviceCode === input.ServiceCode).sort((a, b) => a.code.localeCompare(b.code));
      const size = Math.min(input.MaxResults ?? 100, config.pageSize('servicequotas:ListAWSDefaultServiceQuotas'));
      const start = input.NextToken ? Number(input.NextToken.replace(/^t/, '')) : 0;
      if (!Number.isInteger(start) || start < 0) throw new AwsServiceError('InvalidPaginationTokenException', 'Invalid pagination token');
      const page = all.slice(start, start + size);
      return {
        Quotas: page.map((q) => shape(q, call.region, '', q.defaultValue)),
        ...(start + size < all.length ? { NextToken: `t${start + size}` } : {})
      };
    }
  };
}

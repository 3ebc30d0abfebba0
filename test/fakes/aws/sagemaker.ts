// SageMaker over awsJson1_1 (target SageMaker): ListEndpoints (paged), DescribeEndpoint and
// DescribeEndpointConfig — what the quota preflight reads to count instances in use per type.
// A real DescribeEndpoint names no instance type; its endpoint config does. Seed with `putEndpoint`.
import { AwsServiceError, type ActionHandler, type HandlerConfig } from './protocol.js';
import type { AwsStore } from './store.js';

export interface FakeEndpoint {
  name: string;
  instanceType: string;
  count: number;
  status?: 'InService' | 'Creating' | 'Updating' | 'Failed' | 'Deleting' | 'OutOfService';
}

const state = new WeakMap<AwsStore, Map<string, FakeEndpoint[]>>();

function endpointsOf(store: AwsStore, region: string): FakeEndpoint[] {
  let byRegion = state.get(store);
  if (!byRegion) {
    byRegion = new Map();
    state.set(store, byRegion);
  }
  let list = byRegion.get(region);
  if (!list) {
    list = [];
    byRegion.set(region, list);
  }
  return list;
}

export function putEndpoint(store: AwsStore, region: string, endpoint: FakeEndpoint): void {
  endpointsOf(store, region).push(endpoint);
}

export function sageMakerHandlers(config: HandlerConfig): Record<string, ActionHandler> {
  const arn = (region: string, account: string, kind: string, name: string) => `arn:aws:sagemaker:${region}:${account}:${kind}/${name.toLowerCase()}`;
  return {
    ListEndpoints: (call, store) => {
      const input = call.input as { NextToken?: string; MaxResults?: number; StatusEquals?: string };
      const all = endpointsOf(store, call.region).filter((e) => !input.StatusEquals || (e.status ?? 'InService') === input.StatusEquals);
      const size = Math.min(input.MaxResults ?? 10, config.pageSize('sagemaker:ListEndpoints'));
      const start = input.NextToken ? Number(input.NextToken.replace(/^e/, '')) : 0;
      const page = all.slice(start, start + size);
      return {
        Endpoints: page.map((e) => ({
          EndpointName: e.name,
          EndpointArn: arn(call.region, call.accountId, 'endpoint', e.name),
          CreationTime: new Date(0),
          LastModifiedTime: new Date(0),
          EndpointStatus: e.status ?? 'InService'
        })),
        ...(start + size < all.length ? { NextToken: `e${start + size}` } : {})
      };
    },
    DescribeEndpoint: (call, store) => {
      const name = String((call.input as { EndpointName?: string }).EndpointName);
      const e = endpointsOf(store, call.region).find((x) => x.name === name);
      if (!e) throw new AwsServiceError('ValidationException', `Could not find endpoint "${arn(call.region, call.accountId, 'endpoint', name)}".`);
      return {
        EndpointName: e.name,
        EndpointArn: arn(call.region, call.accountId, 'endpoint', e.name),
        EndpointConfigName: `${e.name}-config`,
        ProductionVariants: [{ VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 1, CurrentInstanceCount: e.count, DesiredInstanceCount: e.count }],
        EndpointStatus: e.status ?? 'InService',
        CreationTime: new Date(0),
        LastModifiedTime: new Date(0)
      };
    },
    DescribeEndpointConfig: (call, store) => {
      const name = String((call.input as { EndpointConfigName?: string }).EndpointConfigName);
      const e = endpointsOf(store, call.region).find((x) => `${x.name}-config` === name);
      if (!e) throw new AwsServiceError('ValidationException', `Could not find endpoint configuration "${arn(call.region, call.accountId, 'endpoint-config', name)}".`);
      return {
        EndpointConfigName: name,
        EndpointConfigArn: arn(call.region, call.accountId, 'endpoint-config', name),
        ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: `${e.name}-model`, InitialInstanceCount: e.count, InstanceType: e.instanceType, InitialVariantWeight: 1 }],
        CreationTime: new Date(0)
      };
    }
  };
}

// EC2 over its own query protocol (Version 2016-11-15; `InstanceType.1`, `Filter.1.Value.1` in,
// lowerCamel XML with <item> lists out): DescribeSpotPriceHistory, DescribeInstances and
// DescribeSubnets, the reads of the price and quota preflight. Per region; seed with
// `putSpotPrice`, `putInstance`, `putSubnet`.
import { AwsServiceError, ec2Filters, ec2List, type ActionHandler, type HandlerConfig } from './protocol.js';
import type { AwsStore } from './store.js';

export interface FakeSpotPrice {
  zone: string;
  type: string;
  usd: number;
  at: Date;
  product?: string;
}

export interface FakeInstance {
  id: string;
  type: string;
  state: 'pending' | 'running' | 'stopping' | 'stopped' | 'terminated';
  lifecycle?: 'spot';
  cpu?: { cores: number; threads: number };
}

export interface FakeSubnet {
  id: string;
  zone: string;
  vpcId: string;
}

interface Ec2State {
  spot: FakeSpotPrice[];
  instances: FakeInstance[];
  subnets: FakeSubnet[];
}

const state = new WeakMap<AwsStore, Map<string, Ec2State>>();

export function ec2State(store: AwsStore, region: string): Ec2State {
  let byRegion = state.get(store);
  if (!byRegion) {
    byRegion = new Map();
    state.set(store, byRegion);
  }
  let s = byRegion.get(region);
  if (!s) {
    s = { spot: [], instances: [], subnets: [] };
    byRegion.set(region, s);
  }
  return s;
}

export function putSpotPrice(store: AwsStore, region: string, price: FakeSpotPrice): void {
  ec2State(store, region).spot.push(price);
}

export function putInstance(store: AwsStore, region: string, instance: FakeInstance): void {
  ec2State(store, region).instances.push(instance);
}

export function putSubnet(store: AwsStore, region: string, subnet: FakeSubnet): void {
  ec2State(store, region).subnets.push(subnet);
}

const STATE_CODES: Record<FakeInstance['state'], number> = { pending: 0, running: 16, stopping: 64, stopped: 80, terminated: 48 };

/** EC2 filter values allow `*` and `?` wildcards. */
function wildcard(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(value);
}

function page<T>(items: T[], input: Record<string, unknown>, size: number): { items: T[]; next?: string } {
  const max = input.MaxResults ? Math.min(Number(input.MaxResults), size) : size;
  const start = input.NextToken ? Number(String(input.NextToken).replace(/^n/, '')) : 0;
  if (!Number.isInteger(start) || start < 0) throw new AwsServiceError('InvalidPaginationToken', 'The pagination token is invalid.');
  return { items: items.slice(start, start + max), ...(start + max < items.length ? { next: `n${start + max}` } : {}) };
}

export function ec2Handlers(config: HandlerConfig): Record<string, ActionHandler> {
  return {
    DescribeSpotPriceHistory: (call, store) => {
      const types = ec2List(call.input, 'InstanceType');
      const products = ec2List(call.input, 'ProductDescription');
      const start = call.input.StartTime ? new Date(String(call.input.StartTime)) : undefined;
      const all = ec2State(store, call.region).spot.filter((p) => (!types.length || types.includes(p.type)) && (!products.length || products.includes(p.product ?? 'Linux/UNIX')));
      // With a StartTime EC2 answers the price in force then in each zone, and any later change.
      const shown = start
        ? all.filter((p) => p.at >= start || !all.some((q) => q.zone === p.zone && q.type === p.type && q.at <= start && q.at > p.at))
        : all;
      shown.sort((a, b) => b.at.getTime() - a.at.getTime() || a.zone.localeCompare(b.zone));
      const { items, next } = page(shown, call.input, config.pageSize('ec2:DescribeSpotPriceHistory'));
      return {
        spotPriceHistorySet: items.map((p) => ({
          availabilityZone: p.zone,
          instanceType: p.type,
          productDescription: p.product ?? 'Linux/UNIX',
          spotPrice: p.usd.toFixed(6),
          timestamp: p.at
        })),
        nextToken: next ?? ''
      };
    },
    DescribeInstances: (call, store) => {
      const filters = ec2Filters(call.input);
      for (const name of filters.keys()) {
        if (!['instance-state-name', 'instance-type'].includes(name)) throw new AwsServiceError('InvalidParameterValue', `The filter '${name}' is not supported by this fake`);
      }
      const states = filters.get('instance-state-name');
      const types = filters.get('instance-type');
      const matching = ec2State(store, call.region).instances.filter((i) => (!states || states.includes(i.state)) && (!types || types.some((t) => wildcard(t, i.type))));
      const { items, next } = page(matching, call.input, config.pageSize('ec2:DescribeInstances'));
      return {
        reservationSet: items.map((i) => ({
          reservationId: `r-${i.id.slice(2)}`,
          ownerId: call.accountId,
          instancesSet: [
            {
              instanceId: i.id,
              instanceType: i.type,
              instanceState: { code: STATE_CODES[i.state], name: i.state },
              ...(i.lifecycle ? { instanceLifecycle: i.lifecycle } : {}),
              ...(i.cpu ? { cpuOptions: { coreCount: i.cpu.cores, threadsPerCore: i.cpu.threads } } : {})
            }
          ]
        })),
        ...(next ? { nextToken: next } : {})
      };
    },
    DescribeSubnets: (call, store) => {
      const ids = ec2List(call.input, 'SubnetId');
      const subnets = ec2State(store, call.region).subnets;
      const missing = ids.filter((id) => !subnets.some((s) => s.id === id));
      if (missing.length) throw new AwsServiceError('InvalidSubnetID.NotFound', `The subnet ID '${missing.join(', ')}' does not exist`);
      return {
        subnetSet: subnets
          .filter((s) => !ids.length || ids.includes(s.id))
          .map((s) => ({ subnetId: s.id, availabilityZone: s.zone, availabilityZoneId: `${s.zone.slice(0, 3)}1-az${s.zone.slice(-1).charCodeAt(0) - 96}`, vpcId: s.vpcId, state: 'available' }))
      };
    }
  };
}

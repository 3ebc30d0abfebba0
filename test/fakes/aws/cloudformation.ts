// CloudFormation over awsQuery. Paging uses opaque NextTokens tied to the operation and the
// region, and a name that does not resolve answers the exact ValidationError the SDK surfaces.
import { AwsServiceError, queryList, type ActionHandler, type AwsCall, type HandlerConfig } from './protocol.js';
import type { AwsStore, StackRecord } from './store.js';

interface PageToken {
  op: string;
  region: string;
  offset: number;
}

function encodeToken(t: PageToken): string {
  return Buffer.from(JSON.stringify(t)).toString('base64');
}

function decodeToken(raw: string | undefined, op: string, region: string): number {
  if (raw === undefined) return 0;
  try {
    const t = JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as PageToken;
    if (t.op === op && t.region === region && Number.isInteger(t.offset) && t.offset >= 0) return t.offset;
  } catch {
    // fall through to the error real CloudFormation gives
  }
  throw new AwsServiceError('ValidationError', 'Invalid NextToken');
}

function page<T>(items: T[], call: AwsCall, config: HandlerConfig): { items: T[]; NextToken?: string } {
  const op = call.action;
  const offset = decodeToken(call.input.NextToken as string | undefined, op, call.region);
  const size = config.pageSize(`cloudformation:${op}`);
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeToken({ op, region: call.region, offset: offset + size }) : undefined;
  return { items: slice, NextToken: next };
}

function stackShape(s: StackRecord) {
  return {
    StackId: s.StackId,
    StackName: s.StackName,
    Description: s.Description,
    Parameters: s.Parameters,
    CreationTime: s.CreationTime,
    DeletionTime: s.DeletionTime,
    LastUpdatedTime: s.LastUpdatedTime,
    StackStatus: s.StackStatus,
    StackStatusReason: s.StackStatusReason,
    DisableRollback: false,
    NotificationARNs: [],
    Capabilities: s.Capabilities,
    Outputs: s.Outputs,
    Tags: s.Tags,
    EnableTerminationProtection: s.EnableTerminationProtection,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' }
  };
}

function summaryShape(s: StackRecord) {
  return {
    StackId: s.StackId,
    StackName: s.StackName,
    TemplateDescription: s.Description,
    CreationTime: s.CreationTime,
    LastUpdatedTime: s.LastUpdatedTime,
    DeletionTime: s.DeletionTime,
    StackStatus: s.StackStatus,
    StackStatusReason: s.StackStatusReason,
    DriftInformation: { StackDriftStatus: 'NOT_CHECKED' }
  };
}

function requireStack(store: AwsStore, call: AwsCall): StackRecord {
  const name = call.input.StackName as string | undefined;
  if (!name) throw new AwsServiceError('ValidationError', '1 validation error detected: Value null at \'stackName\' failed to satisfy constraint: Member must not be null');
  const stack = store.findStack(call.region, name);
  if (!stack) throw new AwsServiceError('ValidationError', `Stack with id ${name} does not exist`);
  return stack;
}

export function cloudFormationHandlers(config: HandlerConfig): Record<string, ActionHandler> {
  return {
    DescribeStacks: (call, store) => {
      if (call.input.StackName) return { Stacks: [stackShape(requireStack(store, call))] };
      const { items, NextToken } = page(store.liveStacks(call.region), call, config);
      return { Stacks: items.map(stackShape), NextToken };
    },

    ListStacks: (call, store) => {
      const filter = queryList(call.input as Record<string, string>, 'StackStatusFilter');
      const all = store.allStacks(call.region).filter((s) => !filter.length || filter.includes(s.StackStatus));
      const { items, NextToken } = page(all, call, config);
      return { StackSummaries: items.map(summaryShape), NextToken };
    },

    DescribeStackEvents: (call, store) => {
      const stack = requireStack(store, call);
      // Newest first, as CloudFormation lists them.
      const { items, NextToken } = page([...stack.events].reverse(), call, config);
      return { StackEvents: items, NextToken };
    },

    DeleteStack: (call, store) => {
      const name = call.input.StackName as string | undefined;
      const stack = name ? store.findStack(call.region, name) : undefined;
      // Deleting a stack that does not exist succeeds silently.
      if (!stack) return {};
      if (stack.EnableTerminationProtection) {
        throw new AwsServiceError('ValidationError', `Stack [${stack.StackName}] cannot be deleted while TerminationProtection is enabled`);
      }
      store.deleteStack(call.region, stack.StackId);
      return {};
    }
  };
}

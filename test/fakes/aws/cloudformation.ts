// CloudFormation over awsQuery. Paging uses opaque NextTokens tied to the operation and the
// region, and a name that does not resolve answers the exact ValidationError the SDK surfaces.
// CreateStack and UpdateStack read the template's Parameters and Resources (checking parameter
// values and IAM capabilities as CloudFormation does), move the stack through *_IN_PROGRESS with a
// pair of events per resource to *_COMPLETE after `store.stackOperationMs`, and refuse an update
// that changes nothing. A stack built from cloudformation/bootstrap.yaml gets that template's
// outputs, and its artifact bucket is created, so a later apply finds what bootstrap left.
import { parse } from 'yaml';
import { AwsServiceError, queryList, queryStructList, type ActionHandler, type AwsCall, type HandlerConfig } from './protocol.js';
import { TERMINAL_STATUSES, type AwsStore, type ResourceEventSeed, type StackRecord } from './store.js';

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

    CreateStack: (call, store) => createStack(call, store),

    UpdateStack: (call, store) => updateStack(call, store),

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

// ---- CreateStack / UpdateStack ------------------------------------------------------------------

interface TemplateParameter {
  Type?: string;
  Default?: unknown;
  AllowedValues?: unknown[];
  AllowedPattern?: string;
}

interface ParsedTemplate {
  Description?: string;
  Parameters: Record<string, TemplateParameter>;
  Resources: Record<string, { Type?: string; Condition?: string; Properties?: Record<string, unknown> }>;
  Outputs: Record<string, unknown>;
}

/** Intrinsic-function tags (!Ref, !Sub, …) are left unresolved: only the template's shape matters here. */
function parseTemplate(body: string): ParsedTemplate {
  let doc: Partial<ParsedTemplate> | undefined;
  try {
    doc = (body.trimStart().startsWith('{') ? JSON.parse(body) : parse(body, { logLevel: 'silent', maxAliasCount: -1 })) as Partial<ParsedTemplate>;
  } catch (error) {
    throw new AwsServiceError('ValidationError', `Template format error: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!doc || typeof doc !== 'object' || !doc.Resources || typeof doc.Resources !== 'object') {
    throw new AwsServiceError('ValidationError', 'Template format error: At least one Resources member must be defined.');
  }
  return { Description: doc.Description, Parameters: doc.Parameters ?? {}, Resources: doc.Resources, Outputs: doc.Outputs ?? {} };
}

const NAMED_IAM_PROPERTIES = ['RoleName', 'UserName', 'GroupName', 'ManagedPolicyName', 'InstanceProfileName'];

function checkCapabilities(template: ParsedTemplate, granted: string[]): void {
  const iam = Object.values(template.Resources).filter((r) => typeof r?.Type === 'string' && r.Type.startsWith('AWS::IAM::'));
  if (!iam.length) return;
  const named = iam.some((r) => NAMED_IAM_PROPERTIES.some((p) => r.Properties?.[p] !== undefined));
  const needed = named ? 'CAPABILITY_NAMED_IAM' : 'CAPABILITY_IAM';
  if (granted.includes('CAPABILITY_NAMED_IAM') || (!named && granted.includes('CAPABILITY_IAM'))) return;
  throw new AwsServiceError('InsufficientCapabilitiesException', `Requires capabilities : [${needed}]`);
}

/** Parameter values as CloudFormation resolves them: given, previous (UsePreviousValue) or default. */
function resolveParameters(template: ParsedTemplate, call: AwsCall, previous?: StackRecord): { ParameterKey: string; ParameterValue: string }[] {
  const given = queryStructList(call.input as Record<string, string>, 'Parameters');
  const declared = template.Parameters;
  const unknown = given.map((p) => p.ParameterKey).filter((k) => !(k in declared));
  if (unknown.length) throw new AwsServiceError('ValidationError', `Parameters: [${unknown.join(', ')}] do not exist in the template`);
  const out: { ParameterKey: string; ParameterValue: string }[] = [];
  const missing: string[] = [];
  for (const [key, decl] of Object.entries(declared)) {
    const p = given.find((g) => g.ParameterKey === key);
    let value: string | undefined;
    if (p?.UsePreviousValue === 'true') {
      value = previous?.Parameters.find((x) => x.ParameterKey === key)?.ParameterValue;
      if (value === undefined) throw new AwsServiceError('ValidationError', `Invalid input for parameter key ${key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`);
    } else if (p) value = p.ParameterValue ?? '';
    else if (decl?.Default !== undefined) value = Array.isArray(decl.Default) ? decl.Default.join(',') : String(decl.Default);
    if (value === undefined) {
      missing.push(key);
      continue;
    }
    if (decl?.AllowedValues && !decl.AllowedValues.map(String).includes(value)) {
      throw new AwsServiceError('ValidationError', `Parameter '${key}' must be one of AllowedValues`);
    }
    // "When applied to a parameter of type CommaDelimitedList, the pattern must match each value in
    // the list" (CloudFormation user guide, Parameters section, AllowedPattern).
    const values = decl?.Type === 'CommaDelimitedList' ? value.split(',') : [value];
    if (decl?.AllowedPattern && (decl.Type === 'String' || decl.Type === 'CommaDelimitedList') && !values.every((v) => new RegExp(decl.AllowedPattern!).test(v))) {
      throw new AwsServiceError('ValidationError', `Parameter '${key}' must match pattern ${decl.AllowedPattern}`);
    }
    out.push({ ParameterKey: key, ParameterValue: value });
  }
  if (missing.length) throw new AwsServiceError('ValidationError', `Parameters: [${missing.join(', ')}] must have values`);
  return out;
}

function givenTags(call: AwsCall): { Key: string; Value: string }[] | undefined {
  const input = call.input as Record<string, string>;
  const tags = queryStructList(input, 'Tags').map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
  // An empty list arrives as `Tags=`: remove every tag; no Tags at all: keep them.
  if (tags.length || 'Tags' in input) return tags;
  return undefined;
}

/**
 * What cloudformation/bootstrap.yaml outputs, for a template that declares those outputs. The
 * bucket is created on the spot (it is retained on delete, as the template's DeletionPolicy says).
 */
export function bootstrapOutputs(store: AwsStore, region: string, params: Record<string, string>): Record<string, string> {
  const prefix = params.StackPrefix || 'emd';
  const account = store.accountId;
  const bucket = `${prefix}-artifacts-${account}-${region}`;
  if (!store.buckets.has(bucket)) store.buckets.set(bucket, { name: bucket, region, createdAt: new Date(store.clock.now()), objects: new Map() });
  const outputs: Record<string, string> = {
    ArtifactBucket: bucket,
    PipelineName: `${prefix}-deploy`,
    BuildProjectName: `${prefix}-build`,
    EcrRepositoryPrefix: `${account}.dkr.ecr.${region}.amazonaws.com/${prefix}`,
    DeployRoleArn: `arn:aws:iam::${account}:role/${prefix}-bootstrap-DeployRole-FAKE${region.replace(/-/g, '').toUpperCase()}`
  };
  if (params.GitHubOidc && params.GitHubOidc !== 'none') {
    outputs.GitHubRoleArn = `arn:aws:iam::${account}:role/${prefix}-github-${region}`;
    outputs.GitHubPlanRoleArn = `arn:aws:iam::${account}:role/${prefix}-github-plan-${region}`;
  }
  return outputs;
}

function outputsFor(store: AwsStore, region: string, template: ParsedTemplate, parameters: { ParameterKey: string; ParameterValue: string }[]): { OutputKey: string; OutputValue: string }[] {
  const params = Object.fromEntries(parameters.map((p) => [p.ParameterKey, p.ParameterValue]));
  const isBootstrap = 'ArtifactBucket' in template.Outputs && 'PipelineName' in template.Outputs && 'StackPrefix' in template.Parameters;
  const values = isBootstrap ? bootstrapOutputs(store, region, params) : {};
  return Object.entries(values).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue }));
}

/**
 * An IN_PROGRESS and a COMPLETE event for each unconditional resource, recorded when the operation
 * ends (the store records a stack's own status event with every transition, so a transition in the
 * middle would repeat it).
 */
function resourceEvents(template: ParsedTemplate, verb: 'CREATE' | 'UPDATE'): ResourceEventSeed[] {
  const resources = Object.entries(template.Resources).filter(([, r]) => r && !r.Condition && typeof r.Type === 'string');
  return (['IN_PROGRESS', 'COMPLETE'] as const).flatMap((phase) =>
    resources.map(([id, r]) => ({ LogicalResourceId: id, ResourceType: r.Type!, ResourceStatus: `${verb}_${phase}` }))
  );
}

function createStack(call: AwsCall, store: AwsStore): { StackId: string } {
  const name = call.input.StackName as string | undefined;
  if (!name || !/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(name)) {
    throw new AwsServiceError('ValidationError', `1 validation error detected: Value '${String(name)}' at 'stackName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]*`);
  }
  if (store.findStack(call.region, name)) throw new AwsServiceError('AlreadyExistsException', `Stack [${name}] already exists`);
  const body = call.input.TemplateBody as string | undefined;
  if (!body) throw new AwsServiceError('ValidationError', 'Either Template URL or Template Body must be specified.');
  const template = parseTemplate(body);
  const capabilities = queryList(call.input as Record<string, string>, 'Capabilities');
  checkCapabilities(template, capabilities);
  const Parameters = resolveParameters(template, call);
  const Outputs = outputsFor(store, call.region, template, Parameters);
  const ms = store.stackOperationMs;
  const stack = store.putStack(call.region, {
    StackName: name,
    StackStatus: 'CREATE_IN_PROGRESS',
    StackStatusReason: 'User Initiated',
    Description: template.Description,
    Parameters,
    Tags: givenTags(call) ?? [],
    Capabilities: capabilities,
    TemplateBody: body,
    transitions: [{ afterMs: ms, status: 'CREATE_COMPLETE', patch: { Outputs }, events: resourceEvents(template, 'CREATE') }]
  });
  return { StackId: stack.StackId };
}

function updateStack(call: AwsCall, store: AwsStore): { StackId: string } {
  const name = call.input.StackName as string | undefined;
  const stack = name ? store.findStack(call.region, name) : undefined;
  if (!stack) throw new AwsServiceError('ValidationError', `Stack [${String(name)}] does not exist`);
  if (!TERMINAL_STATUSES.has(stack.StackStatus) || stack.pending.length || /^(ROLLBACK_COMPLETE|ROLLBACK_FAILED|CREATE_FAILED|DELETE_FAILED|UPDATE_ROLLBACK_FAILED)$/.test(stack.StackStatus)) {
    throw new AwsServiceError('ValidationError', `Stack:${stack.StackId} is in ${stack.StackStatus} state and can not be updated.`);
  }
  const previousTemplate = call.input.UsePreviousTemplate === 'true';
  const body = previousTemplate ? stack.TemplateBody : (call.input.TemplateBody as string | undefined);
  if (!body) throw new AwsServiceError('ValidationError', 'Either Template URL or Template Body must be specified.');
  const template = parseTemplate(body);
  const capabilities = queryList(call.input as Record<string, string>, 'Capabilities');
  checkCapabilities(template, capabilities);
  const Parameters = resolveParameters(template, call, stack);
  const Tags = givenTags(call) ?? stack.Tags;

  const same = <T>(a: T[], b: T[], key: (x: T) => string) => JSON.stringify(a.map(key).sort()) === JSON.stringify(b.map(key).sort());
  const unchanged =
    body === stack.TemplateBody &&
    same(Parameters, stack.Parameters, (p) => `${p.ParameterKey}=${p.ParameterValue}`) &&
    same(Tags, stack.Tags, (t) => `${t.Key}=${t.Value}`);
  if (unchanged) throw new AwsServiceError('ValidationError', 'No updates are to be performed.');

  const Outputs = outputsFor(store, call.region, template, Parameters);
  const ms = store.stackOperationMs;
  store.scheduleTransitions(call.region, stack.StackId, [
    { afterMs: 0, status: 'UPDATE_IN_PROGRESS', reason: 'User Initiated' },
    { afterMs: ms, status: 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', events: resourceEvents(template, 'UPDATE') },
    { afterMs: ms, status: 'UPDATE_COMPLETE', patch: { Parameters, Tags, Outputs, TemplateBody: body, Capabilities: capabilities, Description: template.Description } }
  ]);
  return { StackId: stack.StackId };
}

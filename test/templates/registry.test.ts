// What the templates assume of AWS, derived from the CloudFormation registry schemas cfn-lint
// bundles (read at run time, not vendored) instead of our own reading:
// - what `Ref` returns (a schema's primary identifier) against what each consumer expects;
// - that a tag condition of the stack role only guards resources that carry the tag;
// - that an SSM-typed parameter is readable by the role that calls CreateStack/UpdateStack;
// - that the stack role's trust keeps only the conditions AWS documents for CloudFormation.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { intrinsic, loadTemplate, PSEUDO, subPlaceholders, walk, type Template } from './cfn-lint.js';
import { allowsOn, arnPattern, conditionKeys, list, roleStatements, SAMPLE_VARS } from './iam.js';
import { registrySchemas, type RegistrySchema } from './registry.js';

const ROOT = process.cwd();
const MODELS = ['sagemaker', 'ecs', 'ec2'] as const;
const load = (file: string) => loadTemplate(path.join(ROOT, file));
const bootstrap = load('cloudformation/bootstrap.yaml');
const models = Object.fromEntries(MODELS.map((m) => [m, load(`cloudformation/models/${m}.yaml`)])) as Record<(typeof MODELS)[number], Template>;
const ALL: Record<string, Template> = { bootstrap, ...models };
const types = [...new Set(Object.values(ALL).flatMap((t) => Object.values(t.Resources).map((r) => r.Type)))];
const registry = registrySchemas(types);
const schema = (type: string): RegistrySchema => registry.schemas[type];

// ---------------------------------------------------------------- names and ARNs
type Kind = 'arn' | 'name' | 'id' | 'other';

/** What a property, output, variable or identifier holds, by the suffix of its name. */
export function kindOfName(name: string): Kind {
  if (/(arn|arns)$/i.test(name)) return 'arn';
  if (/name$/i.test(name)) return 'name';
  if (/ids?$/i.test(name)) return 'id';
  return 'other';
}

// Primary identifiers whose property name does not say what Ref returns; the AWS reference does.
const IDENTIFIER_MEANS: Record<string, { kind: Kind; source: string }> = {
  'AWS::SecretsManager::Secret': {
    kind: 'arn',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-secretsmanager-secret.html#aws-resource-secretsmanager-secret-return-values'
  },
  'AWS::CodeBuild::Project': {
    kind: 'name',
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-codebuild-project.html#aws-resource-codebuild-project-return-values'
  }
};

/** What `Ref` of a resource returns: its registry primary identifier (the first, for composite ones). */
export function refKind(t: Template, name: string): Kind {
  if (name in (t.Parameters ?? {})) return kindOfName(name);
  if (PSEUDO.has(name)) return name === 'AWS::StackId' ? 'arn' : name === 'AWS::StackName' ? 'name' : 'other';
  const type = t.Resources[name]?.Type;
  if (!type) return 'other';
  if (IDENTIFIER_MEANS[type]) return IDENTIFIER_MEANS[type].kind;
  const id = schema(type)?.primaryIdentifier?.[0];
  return id ? kindOfName(id.split('/').pop()!) : 'other';
}

/** The kinds a value can take (both If-branches); empty for literals and computed strings. */
function valueKinds(t: Template, v: unknown): Array<{ kind: Kind; what: string }> {
  const f = intrinsic(v);
  const o = v as Record<string, any>;
  if (f === 'Ref') return [{ kind: refKind(t, o.Ref), what: `Ref ${o.Ref}` }];
  if (f === 'Fn::GetAtt') return [{ kind: kindOfName(o['Fn::GetAtt'][1]), what: `GetAtt ${o['Fn::GetAtt'].join('.')}` }];
  if (f === 'Fn::If') return (o['Fn::If'].slice(1) as unknown[]).flatMap((b) => valueKinds(t, b));
  if (f === 'Fn::Sub') {
    const text = Array.isArray(o['Fn::Sub']) ? o['Fn::Sub'][0] : o['Fn::Sub'];
    return typeof text === 'string' && text.startsWith('arn:') ? [{ kind: 'arn', what: 'an ARN Sub' }] : [];
  }
  return [];
}

// Consumers whose name does not say what they take, with the reference that does.
const EXPECTS: Array<{ at: RegExp; kind: Kind; source: string }> = [
  { at: /\.Resource(\[\d+\])?$/, kind: 'arn', source: 'IAM policy Resource elements are ARNs' },
  { at: /^Front\.Properties\.Role$/, kind: 'arn', source: 'AWS::Lambda::Function Role: the ARN of the execution role' },
  { at: /^Front\.Properties\.LoggingConfig\.LogGroup$/, kind: 'name', source: 'AWS::Lambda::Function LoggingConfig LogGroup: the name of the log group' },
  { at: /\.awslogs-group$/, kind: 'name', source: 'awslogs driver option awslogs-group: a log group name' },
  { at: /\.Secrets\[\d+\]\.ValueFrom$/, kind: 'arn', source: 'ECS Secret ValueFrom: the full ARN of the Secrets Manager secret' }
];

// Consumers that take either, by the AWS reference.
const ACCEPTS_EITHER: Array<{ at: RegExp; source: string }> = [
  {
    at: /^CapacityProvider\.Properties\.AutoScalingGroupProvider\.AutoScalingGroupArn$/,
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-capacityprovider-autoscalinggroupprovider.html (ARN or name of the Auto Scaling group)'
  }
];

// Placeholders of Sub strings that build resource ids from names (Application Auto Scaling).
const SUB_EXPECTS: Array<{ at: RegExp; kind: Kind; source: string }> = [
  { at: /^ScalableTarget\.Properties\.ResourceId$/, kind: 'name', source: 'RegisterScalableTarget ResourceId: service/<cluster name>/<service name>, endpoint/<endpoint name>/variant/<variant>' }
];

// Outputs the action reads whose names do not say what they hold (src/aws/pipeline.ts).
const OUTPUT_EXPECTS: Record<string, Kind> = { ArtifactBucket: 'name' };

/** Every place where a value of one kind is given to a consumer that expects another. */
export function nameArnMismatches(t: Template): string[] {
  const problems: string[] = [];
  const check = (at: string, expected: Kind | undefined, value: unknown) => {
    if (!expected || expected === 'other' || ACCEPTS_EITHER.some((e) => e.at.test(at))) return;
    for (const got of valueKinds(t, value)) {
      if (got.kind !== 'other' && got.kind !== expected) problems.push(`${at}: expects ${expected === 'arn' ? 'an ARN' : `a ${expected}`}, ${got.what} gives ${got.kind === 'arn' ? 'an ARN' : `a ${got.kind}`}`);
    }
  };
  const expectation = (at: string, key: string): Kind | undefined => EXPECTS.find((e) => e.at.test(at))?.kind ?? kindOfName(key);
  walk(t.Resources, (node, p) => {
    if (intrinsic(node)) return;
    // {Name: X, Value: v} pairs: environment variables and the like.
    if (typeof node.Name === 'string' && 'Value' in node) check(`${p}.Value(${node.Name})`, kindOfName(node.Name), node.Value);
    for (const [key, value] of Object.entries(node)) {
      const at = p ? `${p}.${key}` : key;
      if (Array.isArray(value)) value.forEach((v, i) => check(`${at}[${i}]`, expectation(`${at}[${i}]`, key), v));
      else check(at, expectation(at, key), value);
      const sub = SUB_EXPECTS.find((e) => e.at.test(at));
      if (sub && intrinsic(value) === 'Fn::Sub') {
        const text = (value as Record<string, string>)['Fn::Sub'];
        for (const name of subPlaceholders(text)) {
          const [res, attr] = name.split('.');
          check(`${at} \${${name}}`, sub.kind, attr ? { 'Fn::GetAtt': [res, attr] } : { Ref: res });
        }
      }
    }
  });
  for (const [name, o] of Object.entries(t.Outputs ?? {})) check(`Outputs.${name}`, OUTPUT_EXPECTS[name] ?? kindOfName(name), o.Value);
  return problems;
}

describe('Ref and GetAtt give each consumer a name where it takes a name and an ARN where it takes an ARN', () => {
  it.each(Object.keys(ALL))('%s', (name) => {
    expect(nameArnMismatches(ALL[name])).toEqual([]);
  });

  it('derives what Ref returns from the registry primary identifiers', () => {
    expect(registry.cfnLintVersion).toMatch(/^\d+\.\d+\.\d+/);
    const t = models.sagemaker;
    expect(schema('AWS::SageMaker::Endpoint').primaryIdentifier).toEqual(['/properties/EndpointArn']);
    expect(refKind(t, 'Endpoint')).toBe('arn');
    expect(refKind(t, 'Front')).toBe('name');
    expect(refKind(t, 'ApiKeySecret')).toBe('arn');
    expect(refKind(models.ecs, 'Cluster')).toBe('name');
  });

  it('fails a name consumer fed an ARN, and an ARN consumer fed a name', () => {
    const t = structuredClone(models.sagemaker) as Template & { Resources: Record<string, any> };
    t.Resources.Front.Properties.Environment.Variables.ENDPOINT_NAME = { Ref: 'Endpoint' };
    t.Resources.FrontUrl.Properties.TargetFunctionArn = { Ref: 'Front' };
    expect(nameArnMismatches(t)).toEqual([
      'Front.Properties.Environment.Variables.ENDPOINT_NAME: expects a name, Ref Endpoint gives an ARN',
      'FrontUrl.Properties.TargetFunctionArn: expects an ARN, Ref Front gives a name'
    ]);
  });
});

// ---------------------------------------------------------------- tag conditions
const handlers = JSON.parse(readFileSync(path.join(ROOT, 'cloudformation/handler-permissions.json'), 'utf8')).types as Record<string, Record<string, string[]> | null>;

/** Tag keys a resource carries explicitly (Tags, or a launch template's own TagSpecifications). */
function explicitTags(r: Template['Resources'][string]): Map<string, unknown> {
  const tags = new Map<string, unknown>();
  const props = (r.Properties ?? {}) as Record<string, unknown>;
  const add = (list_: unknown) => {
    for (const tag of list(list_)) if (tag && typeof tag === 'object' && 'Key' in tag) tags.set(String((tag as any).Key), (tag as any).Value);
  };
  add(props.Tags);
  if (r.Type === 'AWS::EC2::LaunchTemplate') {
    for (const spec of list(props.TagSpecifications)) if ((spec as any)?.ResourceType === 'launch-template') add((spec as any).Tags);
  }
  return tags;
}

// The resource part of each type's ARN (IAM service authorization reference), to tell which
// types a statement's Resource patterns can reach; a type not listed is reachable by any.
const ARN_RESOURCE: Record<string, string> = {
  'AWS::ElasticLoadBalancingV2::Listener': ':listener/',
  'AWS::ElasticLoadBalancingV2::LoadBalancer': ':loadbalancer/',
  'AWS::ElasticLoadBalancingV2::TargetGroup': ':targetgroup/'
};

function reaches(s: ReturnType<typeof roleStatements>[number], type: string): boolean {
  const fragment = ARN_RESOURCE[type];
  if (!fragment) return true;
  return s.resources.some((r) => {
    const p = arnPattern(r);
    return p === undefined || p === '*' || p.includes(fragment);
  });
}

/**
 * Actions the stack role allows only under `aws:ResourceTag/K`, on a type whose handlers call
 * them, where the resource cannot carry K: the registry says CloudFormation does not tag the type
 * (stack tags never reach it) and the template does not tag it with K = the stack prefix itself.
 */
export function untaggableTagConditions(t: Template, stackRole: ReturnType<typeof roleStatements>): string[] {
  const problems: string[] = [];
  for (const s of stackRole.filter((x) => x.Effect === 'Allow')) {
    for (const key of conditionKeys(s).filter((k) => k.startsWith('aws:ResourceTag/'))) {
      const tag = key.slice('aws:ResourceTag/'.length);
      for (const action of s.actions) {
        for (const [logical, r] of Object.entries(t.Resources)) {
          const declared = Object.values(handlers[r.Type] ?? {}).flat();
          if (!declared.some((a) => a.toLowerCase() === action.toLowerCase()) || !reaches(s, r.Type)) continue;
          if (schema(r.Type)?.tagging?.taggable === true) continue;
          const value = explicitTags(r).get(tag);
          if (JSON.stringify(value) === JSON.stringify({ Ref: 'StackPrefix' })) continue;
          problems.push(`${s.Sid ?? s.from}: ${action} needs ${key}, but ${logical} (${r.Type}) is not taggable by CloudFormation and carries no ${tag} tag of its own`);
        }
      }
    }
  }
  return [...new Set(problems)];
}

describe('tag conditions of the stack role', () => {
  const stackRole = roleStatements(bootstrap, 'DeployRole');

  it.each(MODELS)('guard only resources that carry the tag (%s)', (m) => {
    expect(untaggableTagConditions(models[m], stackRole)).toEqual([]);
  });

  it('fail a launch template without its own tag (the registry says taggable: false)', () => {
    expect(schema('AWS::EC2::LaunchTemplate').tagging?.taggable).toBe(false);
    const t = structuredClone(models.ec2) as Template & { Resources: Record<string, any> };
    delete t.Resources.LaunchTemplate.Properties.TagSpecifications;
    expect(untaggableTagConditions(t, stackRole)).toEqual(
      expect.arrayContaining([expect.stringContaining('ec2:DeleteLaunchTemplate needs aws:ResourceTag/emd:stack-prefix, but LaunchTemplate (AWS::EC2::LaunchTemplate)')])
    );
  });
});

// ---------------------------------------------------------------- SSM-typed parameters
const MODEL_STACK_ARN = 'arn:aws:cloudformation:us-east-1:111122223333:stack/emd-qwen/0f1e2d3c';
const STACK_CALLS = ['cloudformation:CreateStack', 'cloudformation:UpdateStack', 'cloudformation:CreateChangeSet'];

/** Roles of the bootstrap that may create or update model stacks: CloudFormation resolves SSM parameter types with their credentials. */
export function callerRoles(t: Template): string[] {
  return Object.entries(t.Resources)
    .filter(([, r]) => r.Type === 'AWS::IAM::Role')
    .map(([name]) => name)
    .filter((name) => STACK_CALLS.some((a) => allowsOn(roleStatements(t, name), a, MODEL_STACK_ARN)));
}

/** SSM-typed parameters of a template that a caller role cannot read. */
export function unreadableSsmParameters(boot: Template, t: Template): string[] {
  const problems: string[] = [];
  for (const [name, p] of Object.entries(t.Parameters ?? {})) {
    if (!/^AWS::SSM::Parameter::Value</.test(p.Type)) continue;
    const arn = `arn:aws:ssm:${SAMPLE_VARS['AWS::Region']}::parameter${p.Default}`;
    for (const role of callerRoles(boot)) {
      if (!allowsOn(roleStatements(boot, role), 'ssm:GetParameters', arn)) problems.push(`${name}: ${role} calls CreateStack/UpdateStack but cannot ssm:GetParameters ${arn}`);
    }
  }
  return problems;
}

describe('SSM-typed parameters', () => {
  it('are resolved by a role the bootstrap defines (the pipeline\'s)', () => {
    expect(callerRoles(bootstrap)).toEqual(['PipelineRole']);
  });

  it.each(['ecs', 'ec2'] as const)('are readable by every caller role (%s)', (m) => {
    expect(Object.values(models[m].Parameters ?? {}).some((p) => p.Type.startsWith('AWS::SSM::Parameter::Value<'))).toBe(true);
    expect(unreadableSsmParameters(bootstrap, models[m])).toEqual([]);
  });
});

// ---------------------------------------------------------------- the stack role's trust
// Conditions AWS documents for a service principal assuming a role of ours.
const DOCUMENTED_TRUST_CONDITIONS: Record<string, { keys: string[]; source: string }> = {
  'cloudformation.amazonaws.com': {
    keys: [],
    source: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-servicerole.html'
  }
};

describe('the stack role trust', () => {
  it('names CloudFormation and only conditions AWS documents for it', () => {
    const trust = (bootstrap.Resources.DeployRole.Properties as any).AssumeRolePolicyDocument.Statement as Array<Record<string, any>>;
    expect(trust).toHaveLength(1);
    expect(trust[0].Principal).toEqual({ Service: 'cloudformation.amazonaws.com' });
    const keys = Object.values((trust[0].Condition ?? {}) as Record<string, object>).flatMap((b) => Object.keys(b));
    expect(keys.filter((k) => !DOCUMENTED_TRUST_CONDITIONS['cloudformation.amazonaws.com'].keys.includes(k))).toEqual([]);
  });
});

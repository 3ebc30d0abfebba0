// The stack role grants what the CloudFormation registry handlers of every resource type of the
// model templates declare (cloudformation/handler-permissions.json, generated from the registry
// schemas by scripts/handler-permissions.mjs), with action names spelled out; exceptions are the
// reviewed ones of handler-review.ts, each checked against the templates.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate, type Template } from './cfn-lint.js';
import { EXCLUSIONS, FAMILIES, type Exclusion } from './handler-review.js';
import { actionMatches, allowing, roleStatements, type Statement } from './iam.js';
import { iamActions, isIamAction } from './registry.js';

const ROOT = process.cwd();
const load = (file: string) => loadTemplate(path.join(ROOT, file));
const bootstrap = load('cloudformation/bootstrap.yaml');
const MODELS = ['sagemaker', 'ecs', 'ec2'].map((m) => load(`cloudformation/models/${m}.yaml`));
const data = JSON.parse(readFileSync(path.join(ROOT, 'cloudformation/handler-permissions.json'), 'utf8')) as {
  source: Record<string, unknown>;
  generated: string;
  types: Record<string, Record<'create' | 'read' | 'update' | 'delete', string[]> | null>;
};

// Types without registry handlers (legacy): the calls CloudFormation makes for them, as reviewed.
const LEGACY: Record<string, string[]> = {
  'AWS::SageMaker::EndpointConfig': ['sagemaker:CreateEndpointConfig', 'sagemaker:DescribeEndpointConfig', 'sagemaker:DeleteEndpointConfig', 'sagemaker:AddTags'],
  // Its registry schema declares no handlers (the copy lists none).
  'AWS::Route53::RecordSet': ['route53:ChangeResourceRecordSets', 'route53:GetChange', 'route53:GetHostedZone', 'route53:ListResourceRecordSets']
};

const usedTypes = (templates: Template[]) => [...new Set(templates.flatMap((t) => Object.values(t.Resources).map((r) => r.Type)))].sort();

const get = (o: unknown, dotted: string): unknown => dotted.split('.').reduce<any>((v, k) => (v && typeof v === 'object' ? v[k] : undefined), o);

/** Does any resource of the type, in any model template, use the feature the exclusion is about? */
function featureUsed(e: Exclusion, templates: Template[]): string[] {
  const used: string[] = [];
  templates.forEach((t) => {
    for (const [name, r] of Object.entries(t.Resources)) {
      if (r.Type !== e.type) continue;
      for (const p of e.unlessSet ?? []) if (get(r.Properties, p) !== undefined) used.push(`${name}.${p}`);
      if (e.unlessContains && JSON.stringify(get(r.Properties, e.unlessContains.property) ?? '').includes(e.unlessContains.text)) used.push(`${name}.${e.unlessContains.property}`);
    }
  });
  return used;
}

/** Declared actions of the used types the stack role does not grant, unless reviewed and still true. */
export function uncovered(templates: Template[], stackRole: Statement[]): string[] {
  const problems: string[] = [];
  for (const type of usedTypes(templates)) {
    if (!(type in data.types)) {
      problems.push(`${type}: not in cloudformation/handler-permissions.json; re-run scripts/handler-permissions.mjs`);
      continue;
    }
    const handlers = data.types[type];
    const declared = handlers ? [...new Set(Object.values(handlers).flat())] : LEGACY[type];
    if (!declared) {
      problems.push(`${type}: its registry schema declares no handlers and it has no reviewed list`);
      continue;
    }
    for (const action of declared) {
      if (action.includes('*')) {
        const family = FAMILIES[action];
        if (!family) problems.push(`${type}: declares ${action}; spell it out in FAMILIES`);
        continue;
      }
      if (allowing(stackRole, action).length > 0) continue;
      const excluded = EXCLUSIONS.find((e) => e.type === type && e.actions.some((a) => a.toLowerCase() === action.toLowerCase()));
      if (!excluded) problems.push(`${type}: the stack role does not grant ${action}`);
      else {
        const used = featureUsed(excluded, templates);
        if (used.length > 0) problems.push(`${type}: ${action} is left out because ${excluded.why}, but ${used.join(', ')} is set`);
      }
    }
  }
  return problems;
}

describe('handler permissions (registry schemas)', () => {
  const stackRole = roleStatements(bootstrap, 'DeployRole');

  it('are recorded with their source and date', () => {
    expect(data.source).toMatchObject({ schemas: expect.stringContaining('registry'), copy: expect.any(String), cfnLint: expect.stringMatching(/^cfn-lint \d+\.\d+/) });
    expect(data.generated).toMatch(/^\d{4}-\d\d-\d\d$/);
  });

  it('cover exactly the resource types of the model templates', () => {
    expect(Object.keys(data.types).sort()).toEqual(usedTypes(MODELS));
  });

  it('are all granted by the stack role, but for reviewed exclusions whose feature no template uses', () => {
    expect(uncovered(MODELS, stackRole)).toEqual([]);
  });

  it('spell every declared wildcard out: a whole family, a reviewed subset, or none where IAM lists no name', () => {
    const iam = iamActions();
    for (const [family, how] of Object.entries(FAMILIES)) {
      const [service] = family.split(':');
      const members = (iam[service] ?? []).filter((a) => actionMatches(family, `${service}:${a}`));
      if ('all' in how) {
        expect([family, members.length > 0]).toEqual([family, true]);
        for (const m of members) expect([family, m, allowing(stackRole, `${service}:${m}`).length > 0]).toEqual([family, m, true]);
      } else if ('some' in how) {
        for (const a of how.some) {
          expect([a, actionMatches(family, a), isIamAction(a), allowing(stackRole, a).length > 0]).toEqual([a, true, true, true]);
        }
      } else {
        expect([family, service in iam]).toEqual([family, false]);
      }
    }
  });

  it('keep every reviewed exclusion true: declared, not an action, or explicitly denied as said', () => {
    const declared = (type: string) => Object.values(data.types[type] ?? {}).flat().map((a) => a.toLowerCase());
    for (const e of EXCLUSIONS) {
      for (const a of e.actions) {
        expect([e.type, a, declared(e.type).includes(a.toLowerCase())]).toEqual([e.type, a, true]);
        if (e.notAnAction) expect([a, isIamAction(a)]).toEqual([a, false]);
        if (e.denied) expect([a, stackRole.some((s) => s.Effect === 'Deny' && s.actions.some((p) => actionMatches(p, a)))]).toEqual([a, true]);
      }
    }
  });

  it('fail a template that starts using an excluded feature, or a type nobody reviewed', () => {
    const t = structuredClone(MODELS[0]) as Template & { Resources: Record<string, any> };
    t.Resources.Front.Properties.KmsKeyArn = 'arn:aws:kms:us-east-1:111122223333:key/x';
    t.Resources.Queue = { Type: 'AWS::SQS::Queue' };
    expect(uncovered([t], stackRole)).toEqual(
      expect.arrayContaining([
        'AWS::Lambda::Function: kms:Decrypt is left out because customer-managed key of the function; ours use the AWS key, but Front.KmsKeyArn is set',
        'AWS::SQS::Queue: not in cloudformation/handler-permissions.json; re-run scripts/handler-permissions.mjs'
      ])
    );
  });
});

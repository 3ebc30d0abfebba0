// Issue 13, items 7 and 11, against the rendered bootstrap template: the stack role (DeployRole)
// cannot escalate through the roles it creates or the roles of the bootstrap and GitHub, cannot
// retag or destroy what it did not create, and the deploying GitHub role deletes only managed
// stacks. Each check evaluates the policies as IAM does (explicit Deny wins) with conditions
// assumed satisfiable by an attacker unless they pin a value the attacker cannot choose.
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { loadTemplate, type Template } from './cfn-lint.js';
import { actionMatches, allowing, arnPattern, glob, policyStatements, roleStatements, type Statement } from './iam.js';

const ROOT = process.cwd();
const load = (file: string) => loadTemplate(path.join(ROOT, file));
const bootstrap = load('cloudformation/bootstrap.yaml');
const MODELS = Object.fromEntries(['sagemaker', 'ecs', 'ec2'].map((m) => [m, load(`cloudformation/models/${m}.yaml`)])) as Record<string, Template>;

const matchesArn = (s: Statement, arn: string) =>
  s.resources.some((r) => {
    const p = arnPattern(r);
    return p !== undefined && glob(p, arn);
  });

/** Allowed on the ARN by some Allow (conditions ignored, as an attacker may meet them) and not explicitly denied. */
function allowedIgnoringConditions(statements: Statement[], action: string, arn: string): boolean {
  const allowed = allowing(statements, action).some((s) => matchesArn(s, arn));
  const denied = statements.some((s) => s.Effect === 'Deny' && s.actions.some((p) => actionMatches(p, action)) && matchesArn(s, arn));
  return allowed && !denied;
}

const ROLE_WRITES = [
  'iam:CreateRole', 'iam:DeleteRole', 'iam:UpdateRole', 'iam:UpdateRoleDescription', 'iam:UpdateAssumeRolePolicy', 'iam:PutRolePolicy',
  'iam:DeleteRolePolicy', 'iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:PutRolePermissionsBoundary', 'iam:DeleteRolePermissionsBoundary',
  'iam:TagRole', 'iam:UntagRole', 'iam:PassRole'
];
// Actions that grant or widen a role's permissions: only allowed with the boundary pinned.
const GRANTING = ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:AttachRolePolicy', 'iam:DetachRolePolicy', 'iam:DeleteRolePolicy', 'iam:PutRolePermissionsBoundary'];

// Roles of the bootstrap stack (CloudFormation names them <prefix>-bootstrap-<logical id>-<suffix>)
// and the GitHub roles (named), all under the <prefix>-* pattern the stack role works in.
const PROTECTED_ROLES = [
  'arn:aws:iam::111122223333:role/emd-bootstrap-DeployRole-1A2B3C4D5E6F',
  'arn:aws:iam::111122223333:role/emd-bootstrap-BuildRole-1A2B3C4D5E6F',
  'arn:aws:iam::111122223333:role/emd-bootstrap-PipelineRole-1A2B3C4D5E6F',
  'arn:aws:iam::111122223333:role/emd-github-us-east-1',
  'arn:aws:iam::111122223333:role/emd-github-plan-eu-west-1'
];
const MODEL_ROLE = 'arn:aws:iam::111122223333:role/emd-qwen-InstanceRole-1A2B3C4D5E6F';

/** Problems a stack role has, by the escalation paths of issue 13 item 7. */
export function escalations(t: Template): string[] {
  const role = roleStatements(t, 'DeployRole');
  const problems: string[] = [];
  for (const arn of PROTECTED_ROLES) {
    for (const action of ROLE_WRITES) if (allowedIgnoringConditions(role, action, arn)) problems.push(`may ${action} on ${arn.split('/').pop()}`);
  }
  for (const action of GRANTING) {
    for (const s of allowing(role, action).filter((x) => matchesArn(x, MODEL_ROLE))) {
      const boundary = (s.Condition?.StringEquals as Record<string, unknown> | undefined)?.['iam:PermissionsBoundary'];
      if (JSON.stringify(boundary) !== JSON.stringify({ Ref: 'ModelRoleBoundary' })) problems.push(`${s.Sid ?? s.from}: ${action} without the permissions boundary pinned`);
    }
  }
  if (allowedIgnoringConditions(role, 'iam:DeleteRolePermissionsBoundary', MODEL_ROLE)) problems.push('may drop the permissions boundary of a model role');
  // ec2:CreateTags on anything: tags are what the tag-scoped deletes trust.
  for (const s of allowing(role, 'ec2:CreateTags')) {
    const keys = Object.values(s.Condition ?? {}).flatMap((b) => Object.keys(b));
    if (!keys.includes('ec2:CreateAction') && !keys.includes('aws:ResourceTag/emd:stack-prefix')) problems.push(`${s.Sid ?? s.from}: ec2:CreateTags on resources it did not create`);
  }
  return problems;
}

// Destructive actions the stack role may take on resources it did not name or tag, each reviewed:
// the resource type has no tag CloudFormation sets, or no ARN to scope by.
const UNSCOPED_DESTRUCTIVE: Record<string, string> = {
  'ec2:DeleteRoute': 'AWS::EC2::Route is not taggable; routes live in our tagged route tables',
  'ec2:ReplaceRoute': 'as DeleteRoute',
  'ec2:DetachInternetGateway': 'AWS::EC2::VPCGatewayAttachment is not taggable',
  'ec2:DisassociateRouteTable': 'AWS::EC2::SubnetRouteTableAssociation is not taggable',
  'ec2:ReplaceRouteTableAssociation': 'as DisassociateRouteTable',
  'ec2:DeleteNetworkInterface': 'boundary only (SageMaker in a VPC); never in the stack role',
  'ecs:DeregisterTaskDefinition': 'task definitions support no resource-level permission for this action',
  'sagemaker:DeleteEndpointConfig': 'AWS::SageMaker::EndpointConfig is a legacy type (no registry tagging); names are generated',
  'elasticloadbalancing:DeleteListener': 'AWS::ElasticLoadBalancingV2::Listener is not taggable by CloudFormation',
  'elasticloadbalancing:ModifyListener': 'as DeleteListener',
  'elasticloadbalancing:ModifyListenerAttributes': 'as DeleteListener',
  'application-autoscaling:DeregisterScalableTarget': 'AWS::ApplicationAutoScaling::ScalableTarget is not taggable',
  'application-autoscaling:DeleteScalingPolicy': 'as DeregisterScalableTarget',
  'application-autoscaling:DeleteScheduledAction': 'as DeregisterScalableTarget',
  'application-autoscaling:UntagResource': 'as DeregisterScalableTarget',
  'cloudwatch:DeleteAlarms': 'target-tracking alarms are named by Application Auto Scaling (TargetTracking-*)',
  'managed-fleets:DeleteAutoScalingGroup': 'internal actions of the Auto Scaling group handler; no ARN to scope by',
  'managed-fleets:DeregisterAutoScalingGroup': 'as DeleteAutoScalingGroup',
  'managed-fleets:UpdateAutoScalingGroup': 'as DeleteAutoScalingGroup'
};
const DESTRUCTIVE = /^[a-z0-9-]+:(Delete|Deregister|Detach|Disassociate|Modify|Replace|Revoke|Remove|Set|Stop|Untag|Update)\w*$/;

/** Destructive Allow statements that are neither prefix-named, tag-conditioned, nor reviewed. */
export function unscopedDestructive(t: Template): string[] {
  const out: string[] = [];
  for (const s of roleStatements(t, 'DeployRole').filter((x) => x.Effect === 'Allow')) {
    const conditioned = Object.values(s.Condition ?? {}).some((b) => Object.keys(b).some((k) => k.startsWith('aws:ResourceTag/')));
    const named = s.resources.every((r) => (arnPattern(r) ?? '').includes('emd-') || (arnPattern(r) ?? '').includes(':emd/'));
    if (conditioned || named) continue;
    for (const a of s.actions) if (DESTRUCTIVE.test(a) && !(a in UNSCOPED_DESTRUCTIVE)) out.push(`${s.Sid ?? s.from}: ${a}`);
  }
  return out;
}

describe('the stack role cannot escalate (issue 13, item 7)', () => {
  it('cannot touch the bootstrap or GitHub roles, grants only with the boundary, retags only its own', () => {
    expect(escalations(bootstrap)).toEqual([]);
  });

  it('changes or deletes only resources named or tagged as its own', () => {
    expect(unscopedDestructive(bootstrap)).toEqual([]);
  });

  it('fails the weaknesses it guards against', () => {
    const t = structuredClone(bootstrap) as Template & { Resources: Record<string, any> };
    const iam = t.Resources.DeployIamPolicy.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
    t.Resources.DeployIamPolicy.Properties.PolicyDocument.Statement = iam.filter((s) => !String(s.Sid).startsWith('Never'));
    delete iam.find((s) => s.Sid === 'RolesOnlyWithBoundary')!.Condition;
    iam.find((s) => s.Sid === 'OwnRoles')!.Action.push('iam:DeleteRolePermissionsBoundary');
    const net = t.Resources.DeployNetworkPolicy.Properties.PolicyDocument.Statement as Array<Record<string, any>>;
    delete net.find((s) => s.Sid === 'Ec2TagOnCreate')!.Condition;
    delete net.find((s) => s.Sid === 'LoadBalancersOwn')!.Condition;
    const problems = escalations(t);
    expect(problems).toEqual(
      expect.arrayContaining([
        'may iam:UpdateAssumeRolePolicy on emd-github-us-east-1',
        'may iam:PutRolePolicy on emd-bootstrap-DeployRole-1A2B3C4D5E6F',
        'may iam:PassRole on emd-bootstrap-BuildRole-1A2B3C4D5E6F',
        'RolesOnlyWithBoundary: iam:CreateRole without the permissions boundary pinned',
        'may drop the permissions boundary of a model role',
        'Ec2TagOnCreate: ec2:CreateTags on resources it did not create'
      ])
    );
    expect(unscopedDestructive(t)).toEqual(expect.arrayContaining(['LoadBalancersOwn: elasticloadbalancing:DeleteLoadBalancer']));
  });
});

describe('the permissions boundary of model roles', () => {
  const boundary = policyStatements(bootstrap, 'ModelRoleBoundary');

  it.each(Object.keys(MODELS))('is set on every role of the %s template, from the parameter the pipeline passes', (m) => {
    const t = MODELS[m];
    const roles = Object.entries(t.Resources).filter(([, r]) => r.Type === 'AWS::IAM::Role');
    expect(roles.length).toBeGreaterThan(0);
    for (const [name, r] of roles) expect([name, r.Properties?.PermissionsBoundary]).toEqual([name, { Ref: 'PermissionsBoundaryArn' }]);
    expect(t.Parameters!.PermissionsBoundaryArn).toMatchObject({ Type: 'String', AllowedPattern: expect.stringContaining(':policy/') });
  });

  it.each(Object.keys(MODELS))('allows every action the %s roles use (else the boundary would break them)', (m) => {
    const t = MODELS[m];
    for (const [name, r] of Object.entries(t.Resources).filter(([, x]) => x.Type === 'AWS::IAM::Role')) {
      for (const s of roleStatements(t, name).filter((x) => x.Effect === 'Allow')) {
        for (const a of s.actions) expect([name, a, allowing(boundary, a).length > 0]).toEqual([name, a, true]);
      }
      void r;
    }
  });

  it('is what the build hands to every model stack', () => {
    const env = (bootstrap.Resources.BuildProject.Properties as any).Environment.EnvironmentVariables as Array<{ Name: string; Value: unknown }>;
    expect(env).toContainEqual({ Name: 'MODEL_ROLE_BOUNDARY_ARN', Value: { Ref: 'ModelRoleBoundary' } });
  });
});

describe('the deploying GitHub role (issue 13, item 11)', () => {
  const github = roleStatements(bootstrap, 'GitHubRole');

  /** Statements that let the role delete a <prefix>-* stack without the managed tag. */
  const untaggedDeletes = (statements: Statement[]) =>
    allowing(statements, 'cloudformation:DeleteStack')
      .filter((s) => matchesArn(s, 'arn:aws:cloudformation:us-east-1:111122223333:stack/emd-someone-else/abc'))
      .filter((s) => (s.Condition?.StringEquals as Record<string, unknown> | undefined)?.['aws:ResourceTag/emd:managed'] !== 'true')
      .map((s) => s.Sid);

  it('deletes only <prefix>-* stacks that carry emd:managed=true', () => {
    expect(untaggedDeletes(github)).toEqual([]);
    expect(allowing(github, 'cloudformation:DeleteStack').length).toBeGreaterThan(0);
  });

  it('fails a delete statement without the tag condition', () => {
    const t = structuredClone(bootstrap) as Template & { Resources: Record<string, any> };
    const statements = t.Resources.GitHubRole.Properties.Policies[0].PolicyDocument.Statement as Array<Record<string, any>>;
    delete statements.find((s) => s.Sid === 'DeleteManagedStacks')!.Condition;
    expect(untaggedDeletes(roleStatements(t, 'GitHubRole'))).toEqual(['DeleteManagedStacks']);
  });
});

// Issue 13 in the rendered templates: the deploying role's subjects refuse wildcard environments
// (item 1), and the model roles read an api_key secret only when it is meant for emd (item 4).
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { DEPLOY_SUBJECT_PATTERN } from '../../src/modes/bootstrap.js';
import { iamStatements, loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();

describe('bootstrap.yaml: GitHubOidcSubjects', () => {
  const p = loadTemplate(path.join(ROOT, 'cloudformation/bootstrap.yaml')).Parameters!.GitHubOidcSubjects;

  it('is checked value by value with the same pattern as the action (CommaDelimitedList AllowedPattern)', () => {
    expect(p.Type).toBe('CommaDelimitedList');
    expect(p.AllowedPattern).toBe(DEPLOY_SUBJECT_PATTERN.source);
  });

  it('refuses environment:* and other wildcard contexts, allows one named environment and ref patterns', () => {
    const allowed = new RegExp(p.AllowedPattern as string);
    for (const s of ['repo:acme/models:environment:*', 'repo:acme/models:environment:pro?', 'repo:acme/models:*', 'repo:acme@1/models@2:environment:*']) expect([s, allowed.test(s)]).toEqual([s, false]);
    for (const s of ['', 'repo:acme/models:ref:refs/heads/main', 'repo:acme/models:environment:production', 'repo:acme/models:ref:refs/tags/v*']) expect([s, allowed.test(s)]).toEqual([s, true]);
  });
});

describe.each(['ecs', 'ec2', 'sagemaker'])('models/%s.yaml: the api_key secret', (service) => {
  const t = loadTemplate(path.join(ROOT, `cloudformation/models/${service}.yaml`));
  const deny = iamStatements(t).find((s) => (s as { Sid?: string }).Sid === 'ApiKeyNamedOrTaggedForEmd') as Record<string, unknown> | undefined;

  it('is denied unless named <prefix>/… or tagged emd:api-key=true, whenever the manifest names one', () => {
    expect(deny).toMatchObject({
      Effect: 'Deny',
      Action: 'secretsmanager:GetSecretValue',
      NotResource: { 'Fn::Sub': ['arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:${Prefix}/*', { Prefix: { 'Fn::Select': [1, { 'Fn::Split': ['/', { Ref: 'ImageUri' }] }] } }] },
      Condition: { StringNotEquals: { 'aws:ResourceTag/emd:api-key': 'true' } }
    });
    expect(t.Conditions!.ExternalKey).toEqual({ 'Fn::Equals': [{ Ref: 'ApiKeyMode' }, 'secret'] });
    // The deny sits in the same policy as the grant on ApiKeySecretArn, under ExternalKey.
    const json = JSON.stringify(t.Resources);
    expect(json).toContain('{"Fn::If":["ExternalKey",{"Sid":"ApiKeyNamedOrTaggedForEmd"');
  });
});

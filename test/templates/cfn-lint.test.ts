// cfn-lint over every CloudFormation template of the repository: zero errors, zero warnings.
// It checks what a hand-written linter would only guess (types, properties, required
// properties, Ref/GetAtt targets and attributes, unused parameters, IAM action names), against
// the registry schemas of the installed cfn-lint. A false positive is suppressed in the
// template's own Metadata, with a comment saying why; the last test holds that rule.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compactTemplateBody } from '../../src/aws/template-body.js';
import { allTemplates, loadTemplate, type Template } from './cfn-lint.js';
import { formatFinding, runCfnLint } from './registry.js';

const ROOT = process.cwd();

describe('cfn-lint', () => {
  it('finds nothing in any template, nor in the bootstrap as bootstrap mode sends it (errors and warnings alike)', () => {
    const files = allTemplates();
    expect(files.length).toBeGreaterThanOrEqual(4);
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-cfn-lint-'));
    try {
      const sent = path.join(dir, 'bootstrap-as-sent.json');
      writeFileSync(sent, compactTemplateBody(readFileSync(path.join(ROOT, 'cloudformation/bootstrap.yaml'), 'utf8')));
      expect(runCfnLint([...files, sent]).map(formatFinding)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('fails broken templates: the checks our own linter used to make', () => {
    const good = loadTemplate(path.join(ROOT, 'cloudformation/models/ecs.yaml'));
    const cases: Record<string, [(t: Template & { Resources: Record<string, any> }) => void, string]> = {
      'unknown-type': [(t) => (t.Resources.Cluster.Type = 'AWS::ECS::Clustr'), 'E3006'],
      'unknown-property': [(t) => (t.Resources.LoadBalancer.Properties.Schema = 'internal'), 'E3002'],
      'missing-required': [(t) => delete t.Resources.Listener.Properties.DefaultActions, 'E3003'],
      'wrong-shape': [(t) => (t.Resources.Service.Properties.LoadBalancers = { ContainerName: 'engine' }), 'E3012'],
      'dangling-ref': [(t) => (t.Resources.Service.Properties.Cluster = { Ref: 'Clustr' }), 'E1020'],
      'bad-getatt': [(t) => (t.Resources.Service.Properties.DesiredCount = { 'Fn::GetAtt': ['Cluster', 'Size'] }), 'E1010'],
      'unused-parameter': [(t) => (t.Parameters!.Unused = { Type: 'String' }), 'W2001'],
      'bad-iam-action': [(t) => (t.Resources.TaskRole.Properties.Policies[0].PolicyDocument.Statement[0].Action = 's3:GetObjekt'), 'W3037']
    };
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-cfn-lint-'));
    try {
      for (const [name, [mutate]] of Object.entries(cases)) {
        const t = structuredClone(good) as Template & { Resources: Record<string, any> };
        mutate(t);
        writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(t));
      }
      const findings = runCfnLint(Object.keys(cases).map((n) => `${n}.json`), dir);
      const rules = (name: string) => findings.filter((f) => f.Filename.endsWith(`${name}.json`)).map((f) => f.Rule.Id);
      for (const [name, [, rule]] of Object.entries(cases)) expect([name, rules(name)]).toEqual([name, expect.arrayContaining([rule])]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('every suppression sits in the template itself, next to a comment saying why', () => {
    for (const file of allTemplates()) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/ignore_checks/.test(line)) return;
        // The comment is on one of the few lines just above the suppression.
        const above = lines.slice(Math.max(0, i - 4), i).filter((l) => /^\s*#\s*\S/.test(l));
        expect([file, i + 1, above.length > 0]).toEqual([file, i + 1, true]);
      });
    }
  });
});

// Previews in the pure core: names and their bound, the spec a preview runs, its price, which
// previews are due for removal, and that a preview never shows up in a plan or the manifest teardown.
import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { decideTeardown } from '../../src/core/teardown.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack } from '../../src/core/live.js';
import { estimateCost } from '../../src/core/cost.js';
import {
  changedEntries,
  duePreviewRemovals,
  previewNameProblem,
  previewPrice,
  previewSpec,
  previewStackName,
  previewStacks
} from '../../src/core/preview.js';
import type { DeploymentSpec } from '../../src/core/types.js';

function specs(body: string): DeploymentSpec[] {
  const m = loadManifest(`version: 1\ndefaults: { region: us-east-1 }\nmodels:\n${body}`, { path: 'models.yaml', stackPrefix: 'emd' });
  expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return m.specs;
}

const [chat, embed] = specs(
  '  qwen-chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    instance: g5.2xlarge\n    scaling: { min: 2, max: 4 }\n    schedule: { up: "0 8 * * 1-5", down: "0 20 * * 1-5" }\n    protect: true\n    tags: { team: ml }\n' +
    '  embed:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    instance: g5.xlarge\n'
);

function stackOf(spec: DeploymentSpec, deployedAt: string): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:${spec.region}:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status: 'CREATE_COMPLETE',
    // What the build writes: the spec's own tags (a preview's carry emd:preview-pr), then the emd: ones.
    tags: { ...spec.tags, [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.stackPrefix]: 'emd', [TAG.manifest]: 'models.yaml', [TAG.deployedAt]: deployedAt },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {}
  };
}

describe('preview names', () => {
  it('are <prefix>-pr<N>-<name> and keep the 40-character bound of stack names', () => {
    expect(previewStackName('emd', 12, 'qwen-chat')).toBe('emd-pr12-qwen-chat');
    expect(previewNameProblem('emd', 12, 'qwen-chat')).toBeUndefined();
    // 36 characters fit as emd-<name> (40) but not as emd-pr12345-<name> (48).
    const long = 'a'.repeat(36);
    const problem = previewNameProblem('emd', 12345, long);
    expect(problem).toMatch(/emd-pr12345-a+ would have 48 characters, over the 40/);
    expect(problem).toMatch(/at most 28 characters/);
  });
});

describe('the spec a preview runs', () => {
  const p = previewSpec(chat, { pr: 12, ttl: '4h', headSha: 'c'.repeat(40) });
  it("is the pull request's entry on one instance, with the preview ttl, no schedule, not protected, tagged as the preview", () => {
    expect(p.name).toBe('pr12-qwen-chat');
    expect(p.model).toBe(chat.model);
    expect(p.instance).toBe('g5.2xlarge');
    expect(p.scaling).toEqual({ min: 1, max: 1 });
    expect(p.ttl).toBe('4h');
    expect(p.schedule).toBeUndefined();
    expect(p.protect).toBe(false);
    expect(p.tags).toEqual({ team: 'ml', 'emd:preview-pr': '12', 'emd:preview-of': 'qwen-chat', 'emd:preview-sha': 'c'.repeat(40) });
  });
  it('costs one instance-hour price × ttl, from the cost code', () => {
    const price = previewPrice(p);
    const hourly = estimateCost({ ...chat, scaling: { min: 1, max: 1 }, schedule: undefined }).hourlyMin!;
    expect(hourly).toBeGreaterThan(0);
    expect(price.hourly).toBeCloseTo(hourly, 6);
    expect(price.hours).toBe(4);
    expect(price.total).toBeCloseTo(hourly * 4, 2);
  });
});

describe('previews stay out of plans and the manifest teardown', () => {
  const preview = stackOf(previewSpec(chat, { pr: 12, ttl: '4h', headSha: 'c'.repeat(40) }), '2026-03-01T10:00:00Z');
  const live = stackOf(embed, '2026-03-01T09:00:00Z');

  it("another pull request's plan shows neither an orphan nor a change for it", () => {
    const plan = buildPlan([embed], { known: true, stacks: [preview, live], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: true });
    expect(plan.entries.map((e) => [e.name, e.action])).toEqual([['embed', 'unchanged']]);
    expect(plan.hasChanges).toBe(false);
  });

  it("the manifest teardown does not list it as no longer in the manifest", () => {
    const decided = decideTeardown([embed], { stacks: [preview, live] }, { now: new Date('2026-03-01T12:00:00Z'), stackPrefix: 'emd', manifestPath: 'models.yaml' });
    expect(decided.decisions.map((d) => d.name)).toEqual(['embed']);
  });
});

describe('which previews are removed', () => {
  const of12 = stackOf(previewSpec(chat, { pr: 12, ttl: '4h', headSha: 'c'.repeat(40) }), '2026-03-01T10:00:00Z');
  const of13 = stackOf(previewSpec(embed, { pr: 13, ttl: '1h', headSha: 'd'.repeat(40) }), '2026-03-01T10:00:00Z');
  const notOurs = { ...of13, stackName: 'other-pr13-embed' };
  const regular = stackOf(embed, '2026-03-01T09:00:00Z');

  it('lists previews by pull request, and only stacks that are ours', () => {
    const all = [of12, of13, notOurs, regular];
    expect(previewStacks(all, 'emd').map((s) => s.stackName)).toEqual(['emd-pr12-qwen-chat', 'emd-pr13-embed']);
    expect(previewStacks(all, 'emd', 12).map((s) => s.stackName)).toEqual(['emd-pr12-qwen-chat']);
  });

  it('removes previews past their ttl and those of closed pull requests, and keeps the rest', () => {
    const at = (iso: string, closed: number[] = [], unknown: number[] = []) =>
      duePreviewRemovals([of12, of13, regular], {
        stackPrefix: 'emd',
        now: new Date(iso),
        prState: (pr) => (closed.includes(pr) ? 'closed' : unknown.includes(pr) ? 'unknown' : 'open')
      }).map((r) => [r.stack.stackName, r.reason]);
    expect(at('2026-03-01T10:30:00Z')).toEqual([]);
    expect(at('2026-03-01T11:00:00Z')).toEqual([['emd-pr13-embed', 'its ttl 1h ran out 2026-03-01T11:00:00Z']]);
    expect(at('2026-03-01T10:30:00Z', [12])).toEqual([['emd-pr12-qwen-chat', 'pull request #12 is closed']]);
    // GitHub unreachable: kept until its ttl.
    expect(at('2026-03-01T10:30:00Z', [], [12, 13])).toEqual([]);
  });
});

describe('all-changed', () => {
  it('names entries the pull request adds or changes against the base manifest', () => {
    const changed = { ...chat, engine_args: { 'max-model-len': 4096 } };
    expect(changedEntries([changed, embed], [chat, embed])).toEqual(['qwen-chat']);
    expect(changedEntries([chat, embed], [chat])).toEqual(['embed']);
    expect(changedEntries([chat], [chat, embed])).toEqual([]);
  });
});

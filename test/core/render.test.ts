import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { renderInvalidManifestMarkdown, renderPlanMarkdown, COMMENT_LIMIT } from '../../src/core/render/markdown.js';
import { renderPlanText } from '../../src/core/render/text.js';
import { actionLabel } from '../../src/core/render/format.js';
import type { PlanEntry } from '../../src/core/plan.js';
import { specParameterValue, TAG, type LiveStack } from '../../src/core/live.js';
import type { DeploymentSpec } from '../../src/core/types.js';

function specs(n: number, extra = ''): DeploymentSpec[] {
  const lines = ['version: 1', 'defaults: { region: us-east-1 }', 'models:'];
  for (let i = 0; i < n; i++) lines.push(`  model-${i}:`, '    model: Qwen/Qwen2.5-7B-Instruct', '    instance: g5.2xlarge', `    engine_args: { max-model-len: ${4096 + i} }${extra}`);
  const m = loadManifest(lines.join('\n'), { path: 'models.yaml', stackPrefix: 'emd' });
  expect(m.valid).toBe(true);
  return m.specs;
}

function stack(spec: DeploymentSpec): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `id-${spec.name}`,
    region: spec.region,
    status: 'CREATE_COMPLETE',
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name },
    parameters: { DeploymentSpec: specParameterValue({ ...spec, scaling: { min: 1, max: 3 }, engine_args: {} }) },
    outputs: {}
  };
}

const priceNote = 'Prices of 2026-01-21';

describe('markdown report', () => {
  it('shows headline, table, field diffs, price date and run link', () => {
    const desired = specs(2);
    const plan = buildPlan(desired, { known: true, stacks: [stack(desired[0])], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const md = renderPlanMarkdown(plan, { priceNote, runUrl: 'https://github.com/acme/models/actions/runs/1' });
    expect(md).toContain('**1 to create · 1 to update** · Monthly estimate increases by');
    expect(md).toMatch(/\| `model-0` \| update \| Qwen\/Qwen2\.5-7B-Instruct \| sagemaker · ml\.g5\.2xlarge · us-east-1 \| 1 \| \$1\.515 \| \$1,106\.35 \| \$0 \|/);
    expect(md).toContain('+ engine_args.max-model-len: 4096\n');
    expect(md).toContain('- scaling.max: 3\n+ scaling.max: 1');
    expect(md).toContain('<sub>Prices of 2026-01-21 · [workflow run](https://github.com/acme/models/actions/runs/1)</sub>');
  });

  it('stays under the comment limit by dropping details first and keeping the summary', () => {
    const desired = specs(40);
    const plan = buildPlan(desired, { known: true, stacks: desired.map(stack), regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const full = renderPlanMarkdown(plan, { priceNote, maxLength: 10_000_000 });
    expect(full).toContain('<details>');

    const limited = renderPlanMarkdown(plan, { priceNote, maxLength: 9000 });
    expect(limited.length).toBeLessThanOrEqual(9000);
    expect(limited).not.toContain('<details><summary><b>model-');
    expect(limited).toContain('**40 to update**');
    expect(limited).toContain('| `model-39` | update |');
    expect(limited).toContain('left out to stay within GitHub’s comment size limit');
  });

  it('drops rows last, saying how many, when even the table does not fit', () => {
    const desired = specs(1500);
    const plan = buildPlan(desired, { known: true, stacks: [], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const md = renderPlanMarkdown(plan, { priceNote });
    expect(md.length).toBeLessThan(COMMENT_LIMIT - 200);
    expect(md).toContain('**1500 to create**');
    expect(md).toMatch(/…and \d+ more deployments/);
    expect(md).toContain('| **Total** |');
  });

  it('neutralises HTML and mentions from the manifest', () => {
    const md = renderInvalidManifestMarkdown('models.yaml', [{ severity: 'error', message: 'x: <img src=x> @octocat', file: 'models.yaml', line: 3, column: 1 }], {});
    expect(md).toContain('&lt;img src=x&gt;');
    expect(md).not.toContain('@octocat');
    expect(md).toContain('`models.yaml:3:1`');
  });

  it('renders the same plan for the terminal', () => {
    const desired = specs(1);
    const plan = buildPlan(desired, { known: false, reason: 'offline', regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const text = renderPlanText(plan, priceNote);
    expect(text).toContain('Live state unknown: offline.');
    expect(text).toMatch(/model-0\s+create or update \(live state unknown\)\s+Qwen\/Qwen2\.5-7B-Instruct/);
    expect(text.trimEnd().endsWith(priceNote)).toBe(true);
  });
});

describe('action labels', () => {
  const entry = (over: Partial<PlanEntry>): PlanEntry => ({ name: 'x', stackName: 'emd-x', region: 'us-east-1', action: 'unchanged', changes: [], notes: [], ...over });
  it.each([
    [{ lifecycle: { state: 'expired', because: 'ttl' } }, 'expired (ttl)'],
    [{ lifecycle: { state: 'dormant', because: 'schedule' } }, 'scheduled down'],
    [{ lifecycle: { state: 'teardown-due', because: 'schedule' } }, 'unchanged (teardown due)'],
    [{ action: 'delete', blocked: { kind: 'destroy-not-allowed', reason: 'r' } }, 'delete (blocked: allow-destroy off)'],
    [{ action: 'update', blocked: { kind: 'busy', reason: 'r' } }, 'update (waits: stack busy)'],
    [{ action: 'unknown' }, 'create or update (live state unknown)']
  ] as [Partial<PlanEntry>, string][])('%j → %s', (over, label) => {
    expect(actionLabel(entry(over))).toBe(label);
  });
});

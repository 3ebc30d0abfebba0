import { describe, expect, it } from '@jest/globals';
import { buildPlan } from '../../src/core/plan.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { planRenderer, renderInvalidManifestMarkdown, renderPlanMarkdown, COMMENT_LIMIT } from '../../src/core/render/markdown.js';
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
    expect(md).toMatch(/^\*\*1 to create · 1 to update\*\* · \$[\d,]+ → \$[\d,]+\/mo \(\+\$1,106, \+\d+%(; −\$[\d,]+ at maximum scale)?\)$/m);
    expect(md).toContain('| `model-0` | update | ml.g5.2xlarge ×1 | $1,106–$3,318 | $1,106 | $0 |');
    expect(md).toContain('+ engine_args.max-model-len: 4096\n');
    expect(md).toContain('- scaling.max: 3\n+ scaling.max: 1');
    expect(md).toMatch(/<sub>Estimates at minimum scale, 730 h a month · Prices of [\d-]+( to [\d-]+)? · \[workflow run\]\(https:\/\/github\.com\/acme\/models\/actions\/runs\/1\)<\/sub>$/);
    expect(md).toContain(`- Prices: ${priceNote}`);
  });

  it('stays under the comment limit by dropping details first and keeping the summary', () => {
    const desired = specs(40);
    const plan = buildPlan(desired, { known: true, stacks: desired.map(stack), regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const full = renderPlanMarkdown(plan, { priceNote, maxLength: 10_000_000 });
    expect(full).toContain('<summary>Details of the 40 changes');

    const limited = renderPlanMarkdown(plan, { priceNote, maxLength: 9000 });
    expect(limited.length).toBeLessThanOrEqual(9000);
    expect(limited).not.toContain('Details of the 40 changes');
    expect(limited).toContain('**40 to update**');
    expect(limited).toContain('| `model-39` | update |');
    expect(limited).toContain('left out to stay within GitHub’s comment size limit');
  });

  it('keeps the full shape at exactly its length and gives it up one character below', () => {
    const desired = specs(40);
    const plan = buildPlan(desired, { known: true, stacks: desired.map(stack), regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const full = renderPlanMarkdown(plan, { priceNote, maxLength: 10_000_000 });
    expect(renderPlanMarkdown(plan, { priceNote, maxLength: full.length })).toBe(full);
    const shorter = renderPlanMarkdown(plan, { priceNote, maxLength: full.length - 1 });
    expect(shorter.length).toBeLessThan(full.length);
    expect(shorter).toContain('**40 to update**');
  });

  it('renders the comment and the summary from one renderer as two fresh renders would', () => {
    const desired = specs(60);
    const plan = buildPlan(desired, { known: true, stacks: desired.slice(0, 30).map(stack), regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const comment = { priceNote, maxLength: 9000 };
    const summary = { priceNote, maxLength: 900_000, alertLines: Number.POSITIVE_INFINITY };
    const render = planRenderer(plan);
    const shared = [render(comment), render(summary)];
    expect(shared).toEqual([renderPlanMarkdown(plan, comment), renderPlanMarkdown(plan, summary)]);
    expect(shared[0].length).toBeLessThanOrEqual(9000);
    expect(shared[1]).toContain('<summary>Details of the 60 changes');
  });

  it('drops rows last, saying how many, when even the table does not fit', () => {
    const desired = specs(1500);
    const plan = buildPlan(desired, { known: true, stacks: [], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    const md = renderPlanMarkdown(plan, { priceNote });
    expect(md.length).toBeLessThan(COMMENT_LIMIT - 200);
    expect(md).toContain('**1500 to create**');
    expect(md).toMatch(/…and \d+ more changes/);
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
    expect(text).toMatch(/warning\s+Live state not read: offline\./);
    expect(text).toMatch(/^model-0\s+create or update\s+ml\.g5\.2xlarge ×1\s+\$1,106\s+–$/m);
    expect(text.trimEnd().endsWith(priceNote)).toBe(true);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
  });
});

describe('action labels', () => {
  const entry = (over: Partial<PlanEntry>): PlanEntry => ({ name: 'x', stackName: 'emd-x', region: 'us-east-1', action: 'unchanged', changes: [], notes: [], ...over });
  it.each([
    [{ lifecycle: { state: 'expired', because: 'ttl' } }, 'expired: ttl'],
    [{ lifecycle: { state: 'dormant', because: 'schedule' } }, 'scheduled down'],
    [{ lifecycle: { state: 'teardown-due', because: 'schedule' } }, 'teardown due'],
    [{ action: 'delete', blocked: { kind: 'destroy-not-allowed', reason: 'r' } }, 'delete · allow-destroy off'],
    [{ action: 'update', blocked: { kind: 'busy', reason: 'r' } }, 'update · waits: stack busy'],
    [{ action: 'unchanged', blocked: { kind: 'failed', reason: 'r' } }, 'stack failed'],
    [{ action: 'unknown' }, 'create or update']
  ] as [Partial<PlanEntry>, string][])('%j → %s', (over, label) => {
    expect(actionLabel(entry(over))).toBe(label);
  });
});

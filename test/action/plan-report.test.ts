// Plan reporting at scale: grouped annotations (GitHub shows ten per level and step), the plan
// file and the bounded `plan` output.
import { describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const calls: { level: string; message: string; props: Record<string, unknown> }[] = [];
jest.unstable_mockModule('@actions/core', () => ({
  warning: (message: string, props: Record<string, unknown>) => calls.push({ level: 'warning', message, props }),
  error: (message: string, props: Record<string, unknown>) => calls.push({ level: 'error', message, props })
}));
const { annotatePlan, leftoverMarkdown, planJson, planJsonPieces, truncatedPlanJson, writePlanFile } = await import('../../src/action/plan-report.js');
const { specsOf, threeHundredPlan, NOW } = await import('../core/__fixtures__/plans.js');
const { buildPlan } = await import('../../src/core/plan.js');

function gatedFleet(n: number) {
  // Each entry: a gated model without its token secret, and a tight fit (two warnings).
  const lines = ['version: 1', 'defaults: { region: us-east-1, service: ecs, instance: g6.2xlarge }', 'models:'];
  for (let i = 0; i < n; i++) lines.push(`  llama-${i}:`, '    model: meta-llama/Llama-3.1-8B-Instruct', '    engine_args: { max-model-len: 16384 }');
  return buildPlan(specsOf(lines.join('\n')), { known: true, stacks: [], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false, now: NOW });
}

describe('annotations', () => {
  it('gives each deployment one annotation, most severe finding first, ten at most, the rest to the summary', () => {
    calls.length = 0;
    const plan = gatedFleet(14);
    expect(plan.diagnostics.filter((d) => d.severity === 'warning')).toHaveLength(28);
    const positions = Object.fromEntries(plan.entries.map((e, i) => [e.name, { line: 4 + 2 * i, column: 3 }]));
    const left = annotatePlan(plan, [], positions, 'models.yaml');
    const warnings = calls.filter((c) => c.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(new Set(warnings.map((w) => w.props.title)).size).toBe(10);
    expect(warnings[0].props).toMatchObject({ title: 'emd-action: GPU fit · llama-0', file: 'models.yaml' });
    expect(warnings[0].message).toMatch(/\(\+1 more finding in the plan\)$/);
    expect(left.map((l) => l.deployment)).toEqual(['llama-10', 'llama-11', 'llama-12', 'llama-13']);
    expect(leftoverMarkdown(left)).toMatch(/^#### 4 more findings \(GitHub shows 10 annotations of each kind per step\)\n\n- \*\*GPU fit\*\* `llama-10`:/);
  });

  it('makes budget failures errors and places a deployment finding at its manifest entry', () => {
    calls.length = 0;
    const plan = gatedFleet(1);
    annotatePlan(plan, ['Monthly estimate $900.00 exceeds max-monthly-total $100.00'], { 'llama-0': { line: 4, column: 3 } }, 'models.yaml');
    expect(calls.map((c) => c.props.title)).toEqual(['emd-action: Budget', 'emd-action: GPU fit · llama-0']);
    expect(calls[1].props.startLine).toBe(4);
  });
});

describe('plan file and the bounded plan output', () => {
  it('writes the whole plan to a file and keeps the output under its limit, saying what it cut', () => {
    const plan = threeHundredPlan();
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-plan-file-'));
    const { path: file } = writePlanFile(plan, 'config/models.yaml', { dir });
    expect(file).toBe(path.join(dir, 'emd-action', 'plan-config_models.yaml.json'));
    const whole = JSON.parse(readFileSync(file, 'utf8'));
    expect(whole.entries).toHaveLength(300);
    expect(whole.entries[0].cost.lines.length).toBeGreaterThan(0);

    // The `plan` output: the file's text when it fits the limit, else a shorter shape that says what it cut.
    const output = (limit: number) => writePlanFile(plan, 'config/models.yaml', { dir, limit }).output;
    const full = output(10_000_000);
    expect(JSON.parse(full).truncated).toBeUndefined();
    expect(full.length).toBeGreaterThan(250_000 / 2);

    const cut = output(60_000);
    expect(cut.length).toBeLessThanOrEqual(60_000);
    const json = JSON.parse(cut);
    expect(json.truncated).toBe('entries');
    expect(json.entries).toHaveLength(300);
    expect(json.entries[217]).toEqual({ name: 'team-217-assistant', action: 'replace', region: 'us-east-1', monthlyMin: expect.any(Number), monthlyMax: expect.any(Number) });

    const changesOnly = JSON.parse(output(3_000));
    expect(changesOnly.truncated).toBe('unchanged-entries');
    expect(changesOnly.entries.map((e: { name: string }) => e.name)).toEqual(['team-217-assistant']);
  });

  it('writes, in pieces, exactly the JSON text of the whole plan, and keeps it for the output only when it fits', () => {
    const plan = threeHundredPlan();
    const whole = JSON.stringify(planJson(plan));
    const pieces = [...planJsonPieces(plan)];
    expect(pieces).toHaveLength(plan.entries.length + 2);
    expect(pieces.join('')).toBe(whole);
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-plan-file-'));
    const fits = writePlanFile(plan, 'models.yaml', { dir, limit: whole.length });
    expect(readFileSync(fits.path, 'utf8')).toBe(`${whole}\n`);
    expect(fits.output).toBe(whole);
    const over = writePlanFile(plan, 'models.yaml', { dir, limit: whole.length - 1 });
    expect(readFileSync(over.path, 'utf8')).toBe(`${whole}\n`);
    expect(over.output).toBe(truncatedPlanJson(plan, whole.length - 1));
    expect(JSON.parse(over.output).truncated).toBe('entries');
    const empty = { ...plan, entries: [] };
    expect([...planJsonPieces(empty)].join('')).toBe(JSON.stringify(planJson(empty)));
  });

  it('has no float noise in money', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-plan-file-'));
    const text = readFileSync(writePlanFile(threeHundredPlan(), 'models.yaml', { dir }).path, 'utf8');
    expect(text).not.toMatch(/\d\.\d{5,}/);
  });
});

// Golden files of the rendered comments (test/core/__golden__/*.md), reviewed like code. After a
// deliberate change to a renderer: UPDATE_GOLDEN=1 npm test -- test/core/render-golden.test.ts,
// then read the diff of the .md files. The assertions below say what must hold whatever the
// wording: what needs attention comes first, the table lists changes only, money reads one way.
import { describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { elevenPlan, replacePlan, threeHundredPlan } from './__fixtures__/plans.js';
import { elevenApply } from './__fixtures__/apply.js';
import { renderPlanMarkdown } from '../../src/core/render/markdown.js';
import { renderApplyMarkdown } from '../../src/core/render/apply-markdown.js';
import { renderTeardownMarkdown } from '../../src/core/render/teardown-markdown.js';
import { money } from '../../src/core/render/money.js';
import { evaluateQuotas, quotaNeeds } from '../../src/core/quotas.js';
import { teardownRun, TEARDOWN_NOW } from './__fixtures__/teardown.js';

const DIR = path.join('test', 'core', '__golden__');
const options = {
  priceNote: 'EC2 on-demand prices of 2026-01-21; SageMaker us-east-1 of 2025-01-26…2026-09-20',
  runUrl: 'https://github.com/acme/models/actions/runs/1',
  sourcesUrl: 'https://github.com/acme/emd-action/blob/v1/docs/comments.md#prices'
};

function golden(name: string, actual: string): void {
  const file = path.join(DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, `${actual}\n`);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`${file} did not exist and was written; review it and run again`);
    return;
  }
  expect(`${actual}\n`).toBe(readFileSync(file, 'utf8'));
}

/** Table rows of the first markdown table after `header`. */
function rows(md: string, header: string): string[] {
  const start = md.indexOf(header);
  const lines = md.slice(start).split('\n');
  const end = lines.findIndex((l) => !l.startsWith('|'));
  return lines.slice(2, end === -1 ? undefined : end);
}

describe('plan comment, 11 deployments of every action kind', () => {
  const md = renderPlanMarkdown(elevenPlan(), options);

  it('matches its golden file', () => golden('plan-eleven.md', md));

  it('says what needs attention first, as alert blocks above the table', () => {
    const caution = md.indexOf('> [!CAUTION]');
    const warning = md.indexOf('> [!WARNING]');
    const table = md.indexOf('| Deployment |');
    expect(caution).toBeGreaterThan(0);
    expect(caution).toBeLessThan(warning);
    expect(warning).toBeLessThan(table);
    const alerts = md.slice(caution, table);
    expect(alerts).toMatch(/\*\*Downtime\*\* `chat-big`: [^\n]*10–30 minutes[^\n]*API key changes/);
    expect(alerts).toMatch(/\*\*Deleted\*\* `legacy-bot`/);
    expect(alerts).toMatch(/\*\*Stack needs a fix\*\* `broken`/);
    expect(alerts).toMatch(/\*\*Held back\*\* `prod-old`: delete: protect: true/);
    expect(alerts).toMatch(/\*\*Waits\*\* `coder-busy`/);
  });

  it('lists changes only in the table, with before, after and delta, and folds the unchanged', () => {
    const changes = rows(md, '| Deployment | Change |');
    const names = changes.map((r) => r.split('|')[1].trim());
    expect(names).toEqual(['`broken`', '`chat-big`', '`legacy-bot`', '`coder-busy`', '`prod-old`', '`chat-tuned`', '`chat-new`', '`office`', '**Total**']);
    expect(changes[1]).toBe('| `chat-big` | replace | ml.g5.12xlarge ×1 | $1,482 | $5,176 | +$3,694 |');
    expect(md).toMatch(/<details><summary>3 unchanged deployments · \$[\d,]+\/mo<\/summary>/);
    for (const name of ['embed', 'demo', 'spike']) expect(rows(md, '| Deployment | State |').join('\n')).toContain(`\`${name}\``);
  });

  it('shows field changes as a diff block, and no model ids or float noise in the table', () => {
    expect(md).toContain('```diff\n@@ chat-big: replace @@\n- instance: g5.4xlarge\n+ instance: g5.12xlarge\n');
    expect(md).toContain('@@ chat-tuned: update @@\n- engine_args.max-model-len: 8192\n+ engine_args.max-model-len: 16384\n- scaling.max: 2\n+ scaling.max: 4');
    const table = rows(md, '| Deployment | Change |').join('\n');
    expect(table).not.toMatch(/Qwen\//);
    expect(md).not.toMatch(/\d\.\d{4,}/);
    expect(md).toMatch(/\$1,106–\$2,212/);
  });

  it('states the estimate rules, ttl included, and ends with one short price line', () => {
    expect(md).toContain('**ttl** counts one lifetime a month');
    const last = md.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(/^<sub>Estimates at minimum scale, 730 h a month · Prices of \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(\[sources\]\(https:\/\/github\.com\/acme\/emd-action\/blob\/v1\/docs\/comments\.md#prices\)\) · \[workflow run\]/);
    expect(last.length).toBeLessThan(300);
  });
});

describe('plan comment, 300 deployments with one change', () => {
  const md = renderPlanMarkdown(threeHundredPlan(), options);

  it('matches its golden file and stays under the comment limit', () => {
    golden('plan-300-one-change.md', md);
    expect(md.length).toBeLessThanOrEqual(60_000);
  });

  it('has the change and its alert within the first 3,000 characters', () => {
    const head = md.slice(0, 3000);
    expect(head).toMatch(/> \[!CAUTION\]\n> - \*\*Downtime\*\* `team-217-assistant`: service cannot change in place/);
    expect(head).toContain('| `team-217-assistant` | replace | ec2 g5.xlarge ×1–2 |');
    expect(head).toContain('- service: ecs\n+ service: ec2');
    expect(head).not.toContain('team-216-assistant');
  });

  it('says a note all 300 share once', () => {
    expect(md).toContain('**Note** (all 300 deployments): plain HTTP');
    expect(md.match(/plain HTTP/g)).toHaveLength(1);
  });
});

describe('plan comment, a replace', () => {
  // The quota preflight as plan-live.ts runs it, on facts a Service Quotas read could return.
  const plan = replacePlan();
  const needs = quotaNeeds(plan);
  const { checks } = evaluateQuotas(
    needs,
    needs.map((n) => ({ key: n.key, known: true as const, value: 4, quotaCode: 'L-0F0E1C1B', source: 'applied' as const, usage: 1 }))
  );
  const quotas = checks.map((q) => (q.status === 'ok' ? `within ${q.message}` : q.message));
  const md = renderPlanMarkdown(plan, { ...options, quotas });
  it('matches its golden file', () => golden('plan-replace.md', md));
  it('lists the quotas checked, folded, with the numbers', () => {
    expect(needs).toHaveLength(1);
    expect(md).toContain('<details><summary>Quotas checked (1)</summary>');
    expect(md).toMatch(/- within quota "[^"]+" \(L-0F0E1C1B\) in us-east-1: 1 instances? in use \+ \d+ added at maximum scale = \d+ of 4/);
  });
  it('warns of the downtime and the new API key before anything else', () => {
    expect(md.split('\n').slice(0, 6).join('\n')).toMatch(/> \[!CAUTION\]\n> - \*\*Downtime\*\* `support-bot`: instance cannot change in place[^\n]*typically 10–30 minutes[^\n]*a generated API key changes/);
  });
});

describe('apply comment with 11 results', () => {
  const md = renderApplyMarkdown(elevenApply(), { manifest: 'models.yaml', commit: 'c0ffee'.repeat(7), runUrl: options.runUrl, docsUrl: 'https://github.com/acme/emd-action/blob/v1/docs/comments.md' });

  it('matches its golden file', () => golden('apply-eleven.md', md));

  it('has a narrow table: deployment, result, endpoint; failures first', () => {
    const table = rows(md, '| Deployment | Result | Endpoint |');
    expect(table).toHaveLength(11);
    expect(table[0]).toBe('| `coder` | ❌ update failed in Build | – |');
    expect(table.every((r) => r.split(' | ').length === 3)).toBe(true);
  });

  it('says each key ARN once and folds how to call each endpoint', () => {
    for (const name of ['chat-new', 'chat-tuned', 'chat-big', 'embed', 'flaky']) {
      const arn = `arn:aws:secretsmanager:us-east-1:123456789012:secret:emd-${name}/api-key-AbCdEf`;
      expect(md.split(arn)).toHaveLength(2);
      expect(md).toContain(`<details><summary>Connect to <code>${name}</code></summary>`);
    }
  });

  it('gives a held-back change one line with a link, and counts only what runs', () => {
    expect(md).toContain('> - **Held back** `prod-old`: protect: true in its deployed spec; set protect: false and apply before removing it ([why](https://github.com/acme/emd-action/blob/v1/docs/comments.md#held-back))');
    // chat-new 1.515 + chat-tuned 1.515 + chat-big 7.09 + coder 0.978 + flaky 1.515 + prod-old 1.408 + embed 1.408 + broken 0.827; not office (dormant, $0), not legacy-bot (deleted)
    expect(md).toContain('running now: $16.256/h for 8 deployments');
  });
});

describe('teardown summary of one hourly run', () => {
  const { decided, items } = teardownRun();
  const md = renderTeardownMarkdown({ manifest: 'models.yaml', dryRun: false, now: TEARDOWN_NOW, items, savings: decided.savings, runUrl: options.runUrl });

  it('matches its golden file', () => golden('teardown.md', md));

  it('leads with the counts and what schedules save, the sum of the per-deployment savings', () => {
    const saved = decided.savings.items.reduce((sum, s) => sum + (s.saved ?? 0), 0);
    expect(decided.savings.items.map((s) => s.name).sort()).toEqual(['chat', 'support']);
    expect(saved).toBeGreaterThan(0);
    expect(md.split('\n')[2]).toBe(`**2 torn down · 0 brought up · 2 skipped · 1 kept · 1 failed** · schedules save ${money(saved)} against running always on`);
  });

  it('marks a cancelled tear-down as the apply comment marks a cancelled run', () => {
    const cancelled = items.map((i) => (i.name === 'demo' ? { ...i, outcome: { result: 'cancelled' as const } } : i));
    const out = renderTeardownMarkdown({ manifest: 'models.yaml', dryRun: false, now: TEARDOWN_NOW, items: cancelled, savings: decided.savings });
    expect(out).toContain('| `demo` | us\u2011east\u20111 | ⏹️ tear-down cancelled (ttl) |');
  });

  it('puts the failure first and names regions, as the fleet spans two', () => {
    const table = rows(md, '| Deployment |');
    // The region's hyphens do not break (U+2011): the long Why column squeezes the others.
    expect(table[0]).toMatch(/^\| `demo` \| us\u2011east\u20111 \| ❌ tear-down failed \(ttl\) \|/);
  });
});

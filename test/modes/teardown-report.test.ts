// What the teardown tells people: the job summary and the fleet issue (against the GitHub fake).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHubApi } from '../fakes/github-api.js';
import { createOctokit } from '../../src/github/client.js';
import { FLEET_LABEL, fleetMarker, upsertFleetIssue } from '../../src/github/fleet-issue.js';
import { renderFleetIssue, renderTeardownMarkdown } from '../../src/core/render/teardown-markdown.js';
import { decideTeardown, type TeardownItem } from '../../src/core/teardown.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { specParameterValue, TAG, type LiveStack } from '../../src/core/live.js';
import type { DeploymentSpec } from '../../src/core/types.js';

function specs(body: string): DeploymentSpec[] {
  return loadManifest(`version: 1\ndefaults: { region: us-east-1, service: sagemaker, instance: g5.2xlarge }\nmodels:\n${body}`, { path: 'models.yaml', stackPrefix: 'emd' }).specs;
}

function stackFor(spec: DeploymentSpec, deployedAt: string, status = 'CREATE_COMPLETE'): LiveStack {
  return {
    stackName: `emd-${spec.name}`,
    stackId: `arn:aws:cloudformation:us-east-1:123456789012:stack/emd-${spec.name}/1`,
    region: spec.region,
    status,
    tags: { [TAG.managed]: 'true', [TAG.deployment]: spec.name, [TAG.manifest]: 'models.yaml', [TAG.deployedAt]: deployedAt },
    parameters: { DeploymentSpec: specParameterValue(spec) },
    outputs: {}
  };
}

const list = specs(
  '  chat:\n    model: Qwen/Qwen2.5-7B-Instruct\n    schedule: { up: "0 8 * * 1-5", down: "0 19 * * 1-5", timezone: Europe/Berlin }\n' +
    '  demo:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 8h\n' +
    '  prod:\n    model: Qwen/Qwen2.5-7B-Instruct\n    protect: true\n    ttl: 1h\n' +
    '  busy:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    ttl: 1h\n'
);
const [chat, demo, prod, busy] = list;
const now = new Date('2026-10-23T17:07:00Z'); // Friday 19:07 in Berlin
const decided = decideTeardown(
  list,
  { stacks: [stackFor(chat, '2026-10-23T06:07:00Z'), stackFor(demo, '2026-10-23T08:00:00Z'), stackFor(prod, '2026-10-01T00:00:00Z'), stackFor(busy, '2026-10-01T00:00:00Z', 'UPDATE_IN_PROGRESS')] },
  { now, stackPrefix: 'emd', manifestPath: 'models.yaml' }
);
const done: TeardownItem[] = decided.decisions.map((d) =>
  d.verdict === 'tear-down' ? { ...d, outcome: d.name === 'demo' ? { result: 'failed', reason: 'DeleteStack: AccessDenied' } : { result: 'succeeded' } } : d
);

describe('job summary', () => {
  it('says what was torn down, brought up, skipped and kept, and why', () => {
    const md = renderTeardownMarkdown({ manifest: 'models.yaml', dryRun: false, now, items: done, savings: decided.savings, runUrl: 'http://127.0.0.1/run/1' });
    expect(md).toContain('### emd-action teardown for `models.yaml`');
    expect(md).toMatch(/\*\*2 torn down · 0 brought up · 2 skipped · 0 kept · 1 failed\*\* · schedules save \$[\d,.]+\/mo against running always on/);
    expect(md).toContain('| `chat` | ✅ torn down (schedule) | outside its schedule window; up again Mon 2026-10-26 08:00 CET (Europe/Berlin) |');
    expect(md).toContain('| `demo` | ❌ tear-down failed (ttl) | ttl 8h ran out 2026-10-23 16:00 UTC — DeleteStack: AccessDenied |');
    expect(md).toContain('| `prod` | ⏸️ skipped: protected |');
    expect(md).toContain('| `busy` | ⏸️ skipped: busy |');
    expect(md).toContain('#### Schedules');
  });

  it('marks a dry run and words the actions as intentions', () => {
    const md = renderTeardownMarkdown({ manifest: 'models.yaml', dryRun: true, now, items: decided.decisions.map((d) => ({ ...d, outcome: { result: 'dry-run' as const } })), savings: decided.savings });
    expect(md).toContain('(dry run)');
    expect(md).toContain('_Dry run: nothing was changed');
    expect(md).toContain('| `chat` | would tear down (schedule) |');
    expect(md).toMatch(/\*\*2 to tear down · 0 to bring up/);
  });

  it('says why nothing was done when live state was unknown', () => {
    const md = renderTeardownMarkdown({ manifest: 'models.yaml', dryRun: false, now, items: [], savings: { monthly: 0, items: [] }, aborted: 'live state unknown: no AWS credentials' });
    expect(md).toContain('**Nothing was done:** live state unknown: no AWS credentials');
  });
});

describe('fleet issue', () => {
  const gh = new FakeGitHubApi();
  beforeAll(async () => {
    await gh.start();
  });
  afterAll(async () => gh.close());
  const octokit = () => createOctokit('token', gh.url, { maxRetries: 0 });
  const body = renderFleetIssue({ manifest: 'models.yaml', items: done, savings: decided.savings });

  it('describes the fleet after the run, without anything that changes by the hour', () => {
    expect(body).toContain('| `chat` | us-east-1 | down (schedule) | up Mon 2026-10-26 08:00 CET (Europe/Berlin) |');
    expect(body).toContain('| `demo` | us-east-1 | running |');
    expect(body).toContain('| `prod` | us-east-1 | running (protected) |');
    expect(body).not.toMatch(/2026-10-23T17:07/);
  });

  it('creates one issue per manifest, finds it again by label and marker, and edits it only on change', async () => {
    const first = await upsertFleetIssue({ octokit: octokit(), owner: 'acme', repo: 'llms', manifest: 'models.yaml', title: 'emd-action fleet: models.yaml', body });
    expect(first.action).toBe('created');
    const issue = gh.issues.find((i) => i.title === 'emd-action fleet: models.yaml')!;
    expect(issue.labels).toEqual([FLEET_LABEL]);
    expect(issue.body.startsWith(fleetMarker('models.yaml'))).toBe(true);

    gh.seedIssue({ owner: 'acme', repo: 'llms', title: 'unrelated', labels: [FLEET_LABEL], body: fleetMarker('team-b/models.yaml') });
    const same = await upsertFleetIssue({ octokit: octokit(), owner: 'acme', repo: 'llms', manifest: 'models.yaml', title: 'renamed later', body });
    expect(same).toMatchObject({ action: 'unchanged', number: issue.number });

    const changed = await upsertFleetIssue({ octokit: octokit(), owner: 'acme', repo: 'llms', manifest: 'models.yaml', title: 'x', body: `${body}\nmore` });
    expect(changed).toMatchObject({ action: 'updated', number: issue.number });
    expect(gh.issues.filter((i) => i.body.includes(fleetMarker('models.yaml')))).toHaveLength(1);
    expect(gh.requestsMatching('PATCH', /\/issues\/\d+$/)).toHaveLength(1);
  });

  it('treats a 403 from a read-only token as a warning, and other errors as errors', async () => {
    const warnings: string[] = [];
    gh.failNext(1, { kind: 'forbidden' }, /^GET \/repos\/acme\/ro\/issues/);
    const result = await upsertFleetIssue({
      octokit: octokit(),
      owner: 'acme',
      repo: 'ro',
      manifest: 'models.yaml',
      title: 't',
      body,
      log: { info: () => undefined, warning: (m) => warnings.push(m) }
    });
    expect(result.action).toBe('skipped');
    expect(warnings[0]).toMatch(/issues: write/);

    gh.failNext(1, { kind: 'server-error', status: 500 }, /^GET \/repos\/acme\/down\/issues/);
    await expect(upsertFleetIssue({ octokit: octokit(), owner: 'acme', repo: 'down', manifest: 'models.yaml', title: 't', body })).rejects.toMatchObject({ status: 500 });
  });
});

// The preview mode's refusals that the end-to-end test does not reach: a name whose preview stack
// would break the 40-character bound, and an entry that passes the loader but fails the plan's fit
// check. Both must be answered before any AWS call (the CloudFormation mock records none) and never
// reach the apply path.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { AwsClients } from '../../src/aws/clients.js';
import { runPreviewCommand, type PreviewGitHub, type PreviewRequest } from '../../src/modes/preview.js';
import { parseCommand } from '../../src/core/commands.js';
import { MemoryLogger } from '../../src/runner/logger.js';

const cfn = mockClient(CloudFormationClient);
afterEach(() => {
  cfn.reset();
});

const HEAD = 'c'.repeat(40);
const LONG = 'a'.repeat(30);
const MANIFEST = [
  'version: 1',
  'defaults: { region: eu-west-1, service: ecs, instance: g5.xlarge }',
  'models:',
  `  ${LONG}:`,
  '    model: Qwen/Qwen2.5-0.5B-Instruct',
  '  huge:',
  '    model: meta-llama/Llama-3.1-405B-Instruct',
  '    instance: g5.xlarge',
  ''
].join('\n');

function github(replies: string[]): PreviewGitHub {
  return {
    permission: async () => 'admin',
    pull: async () => ({ number: 1234, state: 'open', merged: false, headSha: HEAD, headRepoFullName: 'acme/models', baseRef: 'main', htmlUrl: '' }),
    fileAt: async (path, ref) => (path === 'models.yaml' && ref === HEAD ? new TextEncoder().encode(MANIFEST) : undefined),
    reply: async (body) => {
      replies.push(body);
      return { id: replies.length, url: `https://github.com/acme/models/pull/1234#issuecomment-${replies.length}`, author: 'github-actions[bot]' };
    },
    edit: async () => undefined,
    running: async () => []
  };
}

function request(body: string, replies: string[], applied: string[]): PreviewRequest {
  return {
    command: parseCommand(body)!,
    commandLine: body,
    user: 'alice',
    pr: 1234,
    repository: 'acme/models',
    gh: github(replies),
    clients: new AwsClients(),
    stackPrefix: 'emd',
    manifestPath: 'models.yaml',
    defaultRegion: 'eu-west-1',
    ttl: '4h',
    allowForks: false,
    runUrl: 'https://github.com/acme/models/actions/runs/1',
    runningWindowMs: 3_600_000,
    apply: async (plan) => {
      applied.push(...plan.entries.map((e) => e.name));
      throw new Error('must not be reached');
    },
    benchmark: async () => {
      throw new Error('must not be reached');
    },
    log: new MemoryLogger()
  };
}

describe('preview refusals in the mode', () => {
  it('refuses an entry whose preview stack name would be over 40 characters, before any AWS call', async () => {
    cfn.on(DescribeStacksCommand).resolves({ Stacks: [] });
    const replies: string[] = [];
    const applied: string[] = [];
    const outcome = await runPreviewCommand(request(`/emd preview ${LONG}`, replies, applied));
    expect(outcome.result).toBe('invalid');
    // emd-<30 a> is 34 characters and fits; emd-pr1234-<30 a> is 41.
    expect(replies[0]).toContain(`the preview stack emd-pr1234-${LONG} would have 41 characters, over the 40`);
    expect(replies[0]).toContain('previews of pull request #1234 fit entry names of at most 29 characters');
    expect(cfn.calls()).toHaveLength(0);
    expect(applied).toEqual([]);
  });

  it("refuses an entry that fails the plan's fit check, with the error at its place in the file", async () => {
    cfn.on(DescribeStacksCommand).resolves({ Stacks: [] });
    const replies: string[] = [];
    const applied: string[] = [];
    const outcome = await runPreviewCommand(request('/emd preview huge', replies, applied));
    expect(outcome.result).toBe('invalid');
    expect(replies[0]).toMatch(/nothing was deployed: models\.yaml at the head of this pull request fails validation/);
    expect(replies[0]).toMatch(/`models\.yaml:6:\d+`/);
    // Only the read-only listing ran (the plan's validation needs the live state); nothing was applied.
    expect(cfn.calls().every((c) => c.args[0] instanceof DescribeStacksCommand)).toBe(true);
    expect(applied).toEqual([]);
  });
});

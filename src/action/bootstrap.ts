// `mode: bootstrap` on the runner: one-time AWS setup from the templates shipped with the action.
import * as core from '@actions/core';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionInputs } from '../inputs.js';
import type { RunContext } from '../github/context.js';
import { AwsClients } from '../aws/clients.js';
import { defaultOidcSubjects, runBootstrap } from '../modes/bootstrap.js';
import { coreLogger } from './core-logger.js';

/** cloudformation/ and buildspecs/ sit beside dist/ in the action's checkout. */
function actionRoot(): string {
  return process.env.GITHUB_ACTION_PATH ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

export async function bootstrapAction(inputs: ActionInputs, ctx: RunContext): Promise<{ failed?: string }> {
  if (!inputs.awsRegion) return { failed: 'bootstrap needs a region: set the aws-region input (or AWS_REGION)' };
  if (ctx.pullRequest) return { failed: 'bootstrap does not run on pull request events; run it from a push or workflow_dispatch' };
  const repository = `${ctx.owner}/${ctx.repo}`;
  const environment = inputs.bootstrapOidcEnvironment || undefined;
  const subjects = inputs.bootstrapOidcSubjects.length ? inputs.bootstrapOidcSubjects : defaultOidcSubjects(repository, ctx.defaultBranch ?? 'main', environment);
  const result = await runBootstrap({
    clients: new AwsClients(),
    region: inputs.awsRegion,
    stackPrefix: inputs.stackPrefix,
    actionRoot: actionRoot(),
    githubOidc: inputs.bootstrapGithubOidc,
    oidcSubjects: subjects,
    oidcEnvironment: environment,
    repository,
    log: coreLogger
  });

  const rows = Object.entries(result.outputs).map(([k, v]) => [k, v]);
  await core.summary
    .addHeading(`emd-action bootstrap: ${result.stackName} in ${result.region} — ${result.status}`, 3)
    .addTable([[{ data: 'Output', header: true }, { data: 'Value', header: true }], ...rows])
    .addRaw(result.bundle ? `Source bundle: s3://${result.bundle.bucket}/${result.bundle.key} (${result.bundle.files} files, ${result.bundle.uploaded ? 'uploaded' : 'unchanged'})\n` : '', true)
    .write();
  if (result.status === 'failed') {
    const events = result.failures.map((f) => `${f.logicalId} (${f.resourceType}): ${f.reason}`).join('\n- ');
    return { failed: `${result.message ?? 'bootstrap failed'}${events ? `\n- ${events}` : ''}` };
  }
  core.info(`Bootstrap ${result.status}. Use GitHubRoleArn as role-to-assume: ${result.outputs.GitHubRoleArn ?? '(no GitHub role requested)'}`);
  if (result.outputs.GitHubPlanRoleArn) core.info(`Use GitHubPlanRoleArn as plan-role-to-assume (pull requests): ${result.outputs.GitHubPlanRoleArn}`);
  return {};
}

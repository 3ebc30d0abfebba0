// bootstrap mode: create or update the <prefix>-bootstrap stack (cloudformation/bootstrap.yaml),
// follow its events, and upload the source bundle (cloudformation/ + buildspecs/) the pipeline
// deploys from. Run once per account and region, and again after upgrading the action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
  type CloudFormationClient,
  type Parameter,
  type Stack,
  type StackEvent
} from '@aws-sdk/client-cloudformation';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { AwsClients } from '../aws/clients.js';
import { buildBundle } from '../aws/bundle.js';
import { compactTemplateBody } from '../aws/template-body.js';
import { SOURCE_BUNDLE_KEY, STACK_PREFIX_PATTERN, names } from '../aws/pipeline-contract.js';
import { StackEventTail, firstFailures, formatEvent, isInProgress, isSuccess, type FailureEvent } from '../aws/stack-events.js';
import type { Logger } from '../runner/logger.js';

export type GitHubOidcMode = 'none' | 'create-provider' | 'existing-provider';

export interface BootstrapOptions {
  clients: AwsClients;
  region: string;
  stackPrefix: string;
  /** Directory holding cloudformation/ and buildspecs/ (the action's own checkout or dist root). */
  actionRoot: string;
  githubOidc: GitHubOidcMode;
  /** OIDC `sub` patterns; empty means defaultOidcSubjects(repository). */
  oidcSubjects: string[];
  /** One GitHub environment whose runs may assume the deploying role (default subjects only). */
  oidcEnvironment?: string;
  /** owner/repo allowed to assume the GitHub role (required unless githubOidc is none). */
  repository?: string;
  log: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Give up waiting after this long (default 45 minutes). */
  timeoutMs?: number;
}

export type BootstrapStatus = 'created' | 'updated' | 'unchanged' | 'failed';

export interface BootstrapResult {
  status: BootstrapStatus;
  stackName: string;
  region: string;
  /** Final stack status, when the stack exists. */
  stackStatus?: string;
  /** Stack outputs by key (ArtifactBucket, PipelineName, ...). */
  outputs: Record<string, string>;
  /** The source bundle: whether it was uploaded or already there. */
  bundle?: { bucket: string; key: string; sha256: string; files: number; uploaded: boolean };
  /** On failure: the first failing events, earliest first. */
  failures: FailureEvent[];
  /** On failure: one sentence saying what went wrong. */
  message?: string;
}

export const BOOTSTRAP_CAPABILITIES = ['CAPABILITY_NAMED_IAM'] as const;
const BUNDLE_HASH_METADATA = 'sha256';
const NO_UPDATES = /No updates are to be performed/i;
const DOES_NOT_EXIST = /does not exist/i;

/**
 * Subjects the deploying role allows by default: runs on the default branch, plus the one
 * environment the user names (bootstrap-oidc-environment). Never `environment:*`: any branch can
 * run a job in an environment created on the fly, unprotected, and its token then matches. Not pull
 * requests either: a pull request runs the workflow file of its own branch, so it plans with the
 * read-only plan role.
 */
export function defaultOidcSubjects(repository: string, defaultBranch = 'main', environment?: string): string[] {
  const subjects = [`repo:${repository}:ref:refs/heads/${defaultBranch}`];
  if (environment) subjects.push(`repo:${repository}:environment:${environment}`);
  return subjects;
}

/**
 * A GitHub environment name the deploying role may trust: one name, no wildcard (`*`, `?`), and
 * nothing that would split or extend the subject (`:`, `,`, whitespace other than spaces, control
 * characters). GitHub allows up to 255 characters.
 */
export function checkEnvironmentName(name: string): string | undefined {
  if (!/^[^*?:,\u0000-\u001f\u007f]{1,255}$/.test(name) || name.trim() !== name) {
    return `environment "${name.replace(/[\u0000-\u001f\u007f]/g, '?').slice(0, 80)}" must be one GitHub environment name: no wildcard (* ?), colon, comma or control character`;
  }
  return undefined;
}

/**
 * Wildcards may widen a deploying-role subject only inside a `ref:` context (e.g. release tags);
 * anywhere else, in particular after `environment:`, a wildcard lets any branch in. Mirrors the
 * AllowedPattern of GitHubOidcSubjects in cloudformation/bootstrap.yaml.
 */
export const DEPLOY_SUBJECT_PATTERN = /^[^*?]*$|^repo:[^:*?]+:ref:[^:]*$/;

/**
 * Subjects of the read-only plan role: any run of the repository, `repo:owner/repo:*`, plus
 * `repo:owner@<id>/repo@<id>:*` for each immutable repository form the deploying role's subjects
 * use (checkOidcSubjects accepts both forms), so the plan role matches the same tokens.
 */
export function planOidcSubjects(repository: string, subjects: string[]): string[] {
  const [owner, repo] = repository.split('/');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const immutable = new RegExp(`^repo:(${esc(owner)}@\\d+/${esc(repo)}@\\d+):`, 'i');
  const out = [`repo:${repository}:*`];
  for (const s of subjects) {
    const m = immutable.exec(s);
    if (m && !out.includes(`repo:${m[1]}:*`)) out.push(`repo:${m[1]}:*`);
  }
  return out;
}

/**
 * A subject pattern must name the repository itself, in the name form (`repo:owner/repo:...`) or
 * the immutable form with numeric IDs (`repo:owner@123/repo@456:...`); no wildcard may widen it to
 * other repositories.
 */
export function checkOidcSubjects(repository: string, subjects: string[]): string | undefined {
  const [owner, repo] = repository.split('/');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const named = new RegExp(`^repo:${esc(owner)}/${esc(repo)}:[^*?]*[^:]`, 'i');
  const immutable = new RegExp(`^repo:${esc(owner)}@\\d+/${esc(repo)}@\\d+:[^*?]*[^:]`, 'i');
  for (const s of subjects) {
    if (!(named.test(s) || immutable.test(s))) {
      return `OIDC subject "${s}" does not belong to ${repository}: use repo:${repository}:<context> (or repo:${owner}@<owner-id>/${repo}@<repo-id>:<context>)`;
    }
  }
  for (const s of subjects) {
    if (!DEPLOY_SUBJECT_PATTERN.test(s)) {
      return `OIDC subject "${s}" has a wildcard outside a ref: context; a wildcard environment (environment:*) or context lets any branch assume the deploying role. Name one environment instead (bootstrap-oidc-environment), and protect it`;
    }
  }
  if (subjects.length === 0) return 'at least one OIDC subject is needed';
  return undefined;
}

export async function runBootstrap(opts: BootstrapOptions): Promise<BootstrapResult> {
  const now = opts.now ?? (() => new Date());
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const stackName = names.bootstrapStack(opts.stackPrefix);
  const base = { stackName, region: opts.region, outputs: {}, failures: [] as FailureEvent[] };
  const fail = (message: string, extra: Partial<BootstrapResult> = {}): BootstrapResult => {
    opts.log.error(message);
    return { ...base, status: 'failed', message, ...extra };
  };

  // ---- inputs
  if (!STACK_PREFIX_PATTERN.test(opts.stackPrefix)) {
    return fail(`stack prefix "${opts.stackPrefix}" must be 1-20 lowercase letters, digits and dashes, starting with a letter`);
  }
  let subjects: string[] = [];
  let planSubjects: string[] = [];
  const repository = opts.repository ?? '';
  if (opts.githubOidc !== 'none') {
    if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository)) {
      return fail(`bootstrap-github-oidc=${opts.githubOidc} needs the repository as owner/repo (got "${repository}")`);
    }
    const environment = opts.oidcEnvironment?.trim();
    if (environment) {
      const bad = checkEnvironmentName(environment);
      if (bad) return fail(`bootstrap-oidc-environment: ${bad}`);
    }
    subjects = opts.oidcSubjects.map((s) => s.trim()).filter(Boolean);
    if (subjects.length === 0) subjects = defaultOidcSubjects(repository, 'main', environment);
    const problem = checkOidcSubjects(repository, subjects);
    if (problem) return fail(problem);
    planSubjects = planOidcSubjects(repository, subjects);
  }

  let templateBody: string;
  let bundle: ReturnType<typeof buildBundle>;
  try {
    templateBody = compactTemplateBody(readFileSync(path.join(opts.actionRoot, 'cloudformation', 'bootstrap.yaml'), 'utf8'));
    bundle = buildBundle(opts.actionRoot);
  } catch (e) {
    return fail(`cannot read the action's templates: ${(e as Error).message}`);
  }

  const cfn = opts.clients.cloudFormation(opts.region);
  const parameters: Parameter[] = [
    { ParameterKey: 'StackPrefix', ParameterValue: opts.stackPrefix },
    { ParameterKey: 'GitHubOidc', ParameterValue: opts.githubOidc },
    { ParameterKey: 'GitHubRepository', ParameterValue: opts.githubOidc === 'none' ? '' : repository },
    { ParameterKey: 'GitHubOidcSubjects', ParameterValue: subjects.join(',') },
    { ParameterKey: 'GitHubPlanOidcSubjects', ParameterValue: planSubjects.join(',') }
  ];
  const tags = [
    { Key: 'emd:stack-prefix', Value: opts.stackPrefix },
    { Key: 'emd:role', Value: 'bootstrap' }
  ];

  return opts.log.group(`Bootstrap ${stackName} in ${opts.region}`, async () => {
    /** A tail primed now, before the operation starts, so it reports only that operation's events. */
    const tailFrom = async (since: Date, exists: boolean) => {
      const tail = new StackEventTail(cfn, stackName, since);
      if (exists) await tail.prime();
      return tail;
    };
    const waitFor = async (tail: StackEventTail): Promise<{ stack?: Stack; events: StackEvent[]; timedOut: boolean }> => {
      const events: StackEvent[] = [];
      const deadline = now().getTime() + (opts.timeoutMs ?? 45 * 60_000);
      let delay = 2_000;
      for (;;) {
        const stack = await describe(cfn, stackName);
        try {
          for (const e of await tail.poll()) {
            events.push(e);
            opts.log.info(formatEvent(e));
          }
        } catch (e) {
          opts.log.debug(`stack events unavailable: ${(e as Error).message}`);
        }
        if (!stack || !isInProgress(stack.StackStatus)) return { stack, events, timedOut: false };
        if (now().getTime() >= deadline) return { stack, events, timedOut: true };
        await sleep(delay);
        delay = Math.min(Math.round(delay * 1.5), 15_000);
      }
    };

    // ---- what is there now
    let existing: Stack | undefined;
    try {
      existing = await describe(cfn, stackName);
    } catch (e) {
      return fail(`cannot read stack ${stackName}: ${(e as Error).message}`);
    }
    if (existing && isInProgress(existing.StackStatus)) {
      opts.log.info(`${stackName} is ${existing.StackStatus}; waiting for it to settle first`);
      existing = (await waitFor(await tailFrom(now(), true))).stack;
    }
    if (existing?.StackStatus === 'ROLLBACK_COMPLETE' || existing?.StackStatus === 'ROLLBACK_FAILED') {
      // A first create that failed leaves a stack that can only be deleted.
      opts.log.warning(`${stackName} is ${existing.StackStatus} from an earlier failed create; deleting it before creating it again`);
      const tail = await tailFrom(now(), true);
      await cfn.send(new DeleteStackCommand({ StackName: stackName }));
      const gone = await waitFor(tail);
      if (gone.stack && gone.stack.StackStatus !== 'DELETE_COMPLETE') {
        return fail(`could not delete ${stackName} (${gone.stack.StackStatus})`, { stackStatus: gone.stack.StackStatus, failures: firstFailures(gone.events) });
      }
      existing = undefined;
    }

    // ---- create or update
    const tail = await tailFrom(now(), !!existing);
    let action: 'created' | 'updated';
    try {
      if (!existing) {
        opts.log.info(`creating ${stackName}`);
        await cfn.send(
          new CreateStackCommand({ StackName: stackName, TemplateBody: templateBody, Parameters: parameters, Capabilities: [...BOOTSTRAP_CAPABILITIES], Tags: tags, OnFailure: 'ROLLBACK' })
        );
        action = 'created';
      } else {
        opts.log.info(`updating ${stackName} (${existing.StackStatus})`);
        await cfn.send(new UpdateStackCommand({ StackName: stackName, TemplateBody: templateBody, Parameters: parameters, Capabilities: [...BOOTSTRAP_CAPABILITIES], Tags: tags }));
        action = 'updated';
      }
    } catch (e) {
      if (existing && NO_UPDATES.test((e as Error).message ?? '')) {
        opts.log.info(`${stackName} is up to date`);
        return finish('unchanged', existing);
      }
      return fail(`${existing ? 'UpdateStack' : 'CreateStack'} of ${stackName} was refused: ${(e as Error).message}`, { stackStatus: existing?.StackStatus });
    }

    const { stack, events, timedOut } = await waitFor(tail);
    if (timedOut) {
      return fail(`gave up waiting for ${stackName} (still ${stack?.StackStatus}); it goes on in CloudFormation`, { stackStatus: stack?.StackStatus, failures: firstFailures(events) });
    }
    if (!stack || !isSuccess(stack.StackStatus)) {
      const failures = firstFailures(events);
      const cause = failures[0] ? `: ${failures[0].logicalId} (${failures[0].resourceType}) ${failures[0].reason}` : stack?.StackStatusReason ? `: ${stack.StackStatusReason}` : '';
      return fail(`${stackName} ended ${stack?.StackStatus ?? 'deleted'}${cause}`, { stackStatus: stack?.StackStatus, failures });
    }
    return finish(action, stack);

    // ---- outputs and bundle
    async function finish(status: BootstrapStatus, stack: Stack): Promise<BootstrapResult> {
      const outputs = Object.fromEntries((stack.Outputs ?? []).filter((o) => o.OutputKey).map((o) => [o.OutputKey!, o.OutputValue ?? '']));
      const result: BootstrapResult = { ...base, status, stackStatus: stack.StackStatus, outputs };
      const bucket = outputs.ArtifactBucket;
      if (!bucket) return { ...fail(`${stackName} has no ArtifactBucket output`), stackStatus: stack.StackStatus, outputs };
      const s3 = opts.clients.s3(opts.region);
      try {
        let stored: string | undefined;
        try {
          const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: SOURCE_BUNDLE_KEY }));
          stored = head.Metadata?.[BUNDLE_HASH_METADATA];
        } catch (e) {
          const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
          if (err.name !== 'NotFound' && err.name !== 'NoSuchKey' && err.$metadata?.httpStatusCode !== 404) throw e;
        }
        const uploaded = stored !== bundle.sha256;
        if (uploaded) {
          await s3.send(
            new PutObjectCommand({
              Bucket: bucket,
              Key: SOURCE_BUNDLE_KEY,
              Body: bundle.bytes,
              ContentType: 'application/zip',
              Metadata: { [BUNDLE_HASH_METADATA]: bundle.sha256 }
            })
          );
          opts.log.info(`uploaded s3://${bucket}/${SOURCE_BUNDLE_KEY} (${bundle.files.length} files, sha256 ${bundle.sha256.slice(0, 12)})`);
        } else {
          opts.log.info(`s3://${bucket}/${SOURCE_BUNDLE_KEY} is current (sha256 ${bundle.sha256.slice(0, 12)}); not uploaded`);
        }
        result.bundle = { bucket, key: SOURCE_BUNDLE_KEY, sha256: bundle.sha256, files: bundle.files.length, uploaded };
      } catch (e) {
        return { ...fail(`uploading the source bundle to s3://${bucket}/${SOURCE_BUNDLE_KEY} failed: ${(e as Error).message}`), stackStatus: stack.StackStatus, outputs };
      }
      for (const [k, v] of Object.entries(outputs)) opts.log.info(`${k}: ${v}`);
      return result;
    }
  });
}

async function describe(cfn: CloudFormationClient, stackName: string): Promise<Stack | undefined> {
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    return out.Stacks?.[0];
  } catch (e) {
    if (DOES_NOT_EXIST.test((e as Error).message ?? '')) return undefined;
    throw e;
  }
}

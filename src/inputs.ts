// Every action input is read and checked once, here, into one typed object; the rest of the
// code never calls core.getInput. Errors name the input and what it accepts.
import * as core from '@actions/core';
import { parseDuration } from './core/duration.js';
import { canonicalManifestPath } from './core/live.js';

export const MODES = ['plan', 'apply', 'teardown', 'bootstrap', 'preview', 'auto'] as const;
export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  mode: Mode;
  manifest: string;
  awsRegion?: string;
  stackPrefix: string;
  githubToken: string;
  comment: boolean;
  allowDestroy: boolean;
  maxMonthlyIncrease?: number;
  maxMonthlyTotal?: number;
  maxParallel: number;
  timeoutMinutes: number;
  smokeTest: 'warn' | 'require' | 'off';
  onCancel: 'leave' | 'stop';
  dryRun: boolean;
  reportIssue: boolean;
  pruneImagesDays?: number;
  bootstrapGithubOidc: 'none' | 'create-provider' | 'existing-provider';
  bootstrapOidcSubjects: string[];
  // preview mode; optional so that callers building inputs by hand need not know them (PREVIEW_DEFAULTS).
  /** How long a preview runs before teardown removes it (duration text, e.g. `4h`). */
  previewTtl?: string;
  previewAllowForks?: boolean;
  benchRequests?: number;
  benchConcurrency?: number;
  benchSeconds?: number;
  benchMaxTokens?: number;
  /** One GitHub environment the deploying role also trusts; empty: the default branch only. */
  bootstrapOidcEnvironment: string;
}

export const PREVIEW_DEFAULTS = { previewTtl: '4h', previewAllowForks: false, benchRequests: 8, benchConcurrency: 2, benchSeconds: 60, benchMaxTokens: 128 } as const;

type Getter = (name: string) => string;

export class InputError extends Error {}

export function readInputs(get: Getter = (name) => core.getInput(name)): ActionInputs {
  const problems: string[] = [];
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = (get(name) || fallback).trim().toLowerCase() as T;
    if (!allowed.includes(value)) problems.push(`${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const value = get(name).trim().toLowerCase();
    if (value === '') return fallback;
    if (['true', 'yes', '1'].includes(value)) return true;
    if (['false', 'no', '0'].includes(value)) return false;
    problems.push(`${name}: "${value}" is not true or false`);
    return fallback;
  };
  const usd = (name: string): number | undefined => {
    const value = get(name).trim().replace(/^\$/, '').replace(/,/g, '');
    if (value === '') return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0) problems.push(`${name}: "${value}" is not an amount in USD`);
    return n;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const value = get(name).trim();
    if (value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name}: "${value}" must be a whole number from ${min} to ${max}`);
    return n;
  };

  const stackPrefix = (get('stack-prefix') || 'emd').trim();
  if (!/^[a-z][a-z0-9]{0,9}$/.test(stackPrefix)) {
    problems.push(`stack-prefix: "${stackPrefix}" must be 1–10 lowercase letters and digits, starting with a letter`);
  }
  const written = (get('manifest') || 'models.yaml').trim();
  if (written.includes('..') || written.startsWith('/')) {
    problems.push(`manifest: "${written}" must be a path inside the repository`);
  }
  // One identity however it is spelled (`./models.yaml`, `models.yaml`): stacks record it.
  const manifest = canonicalManifestPath(written) || written;
  const region = get('aws-region').trim() || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || undefined;
  if (region && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) problems.push(`aws-region: "${region}" is not an AWS region`);
  const prune = get('prune-images').trim();
  const previewTtl = (get('preview-ttl') || PREVIEW_DEFAULTS.previewTtl).trim();
  const ttlSeconds = parseDuration(previewTtl);
  if (ttlSeconds === undefined || ttlSeconds > 7 * 86400) problems.push(`preview-ttl: "${previewTtl}" must be a duration such as 30m, 4h or 1d12h, at most 7d`);

  const inputs: ActionInputs = {
    mode: oneOf('mode', MODES, 'auto'),
    manifest,
    awsRegion: region,
    stackPrefix,
    githubToken: get('github-token').trim(),
    comment: bool('comment', true),
    allowDestroy: bool('allow-destroy', false),
    maxMonthlyIncrease: usd('max-monthly-increase'),
    maxMonthlyTotal: usd('max-monthly-total'),
    maxParallel: int('max-parallel', 4, 1, 32),
    timeoutMinutes: int('timeout-minutes', 90, 1, 360),
    smokeTest: oneOf('smoke-test', ['warn', 'require', 'off'] as const, 'warn'),
    onCancel: oneOf('on-cancel', ['leave', 'stop'] as const, 'leave'),
    dryRun: bool('dry-run', false),
    reportIssue: bool('report-issue', false),
    pruneImagesDays: prune === '' ? undefined : int('prune-images', 0, 1, 3650),
    bootstrapGithubOidc: oneOf('bootstrap-github-oidc', ['none', 'create-provider', 'existing-provider'] as const, 'none'),
    bootstrapOidcSubjects: get('bootstrap-oidc-subjects')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    previewTtl,
    previewAllowForks: bool('preview-allow-forks', PREVIEW_DEFAULTS.previewAllowForks),
    benchRequests: int('bench-requests', PREVIEW_DEFAULTS.benchRequests, 0, 200),
    benchConcurrency: int('bench-concurrency', PREVIEW_DEFAULTS.benchConcurrency, 1, 32),
    benchSeconds: int('bench-seconds', PREVIEW_DEFAULTS.benchSeconds, 1, 600),
    benchMaxTokens: int('bench-max-tokens', PREVIEW_DEFAULTS.benchMaxTokens, 1, 4096),
    bootstrapOidcEnvironment: get('bootstrap-oidc-environment').trim()
  };
  if (inputs.githubToken) core.setSecret(inputs.githubToken);
  if (problems.length) throw new InputError(`Invalid inputs:\n- ${problems.join('\n- ')}`);
  return inputs;
}

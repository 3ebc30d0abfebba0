// Sources of truth that are not ours: cfn-lint (run as a program) and the CloudFormation registry
// schemas it bundles (primary identifiers, tagging), read at run time from the installed package.
// Nothing here is vendored: a newer cfn-lint brings newer schemas, and the tests follow.
import { spawnSync } from 'node:child_process';

export interface CfnLintFinding {
  Filename: string;
  Level: 'Error' | 'Warning' | 'Informational';
  Message: string;
  Rule: { Id: string };
  Location: { Start: { LineNumber: number; ColumnNumber: number }; Path: Array<string | number> };
}

/** A readable reason when a tool the tests rely on is not installed (see .ci/run). */
function missing(tool: string, error: Error | undefined): never {
  throw new Error(`${tool} is not installed or not on PATH (${error?.message ?? 'no output'}); .ci/run installs it: pip install cfn-lint`);
}

/** Runs `cfn-lint --format json` over the files; every finding, errors and warnings alike. */
export function runCfnLint(files: string[], cwd = process.cwd()): CfnLintFinding[] {
  const run = spawnSync('cfn-lint', ['--format', 'json', '--', ...files], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status === null) missing('cfn-lint', run.error);
  // cfn-lint exits with a bit mask of the levels found (2 error, 4 warning, 8 info); 1 is its own failure.
  if (run.status === 1 || run.stdout.trim() === '') throw new Error(`cfn-lint failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as CfnLintFinding[];
}

export function formatFinding(f: CfnLintFinding): string {
  return `${f.Filename}:${f.Location.Start.LineNumber}:${f.Location.Start.ColumnNumber} ${f.Rule.Id} ${f.Message}`;
}

export interface RegistrySchema {
  typeName: string;
  primaryIdentifier: string[];
  tagging?: { taggable?: boolean; tagOnCreate?: boolean; tagUpdatable?: boolean; cloudFormationSystemTags?: boolean; tagProperty?: string };
  properties: Record<string, Record<string, unknown>>;
  definitions?: Record<string, Record<string, unknown>>;
}

export interface Registry {
  /** cfn-lint's version, which dates the bundled schemas. */
  cfnLintVersion: string;
  /** Where in the cfn-lint package the schemas come from. */
  source: string;
  schemas: Record<string, RegistrySchema>;
}

const PY = `
import json, sys
import cfnlint.version
from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as manager
out = {}
for name in json.load(sys.stdin):
    out[name] = manager.get_resource_schema("us-east-1", name).schema
print(json.dumps({"cfnLintVersion": cfnlint.version.__version__, "schemas": out}))
`;

const cache = new Map<string, Registry>();

/** The us-east-1 registry schemas of the given types, as cfn-lint bundles them. */
export function registrySchemas(types: string[]): Registry {
  const key = [...new Set(types)].sort().join(',');
  const hit = cache.get(key);
  if (hit) return hit;
  const run = spawnSync('python3', ['-c', PY], { input: JSON.stringify(key.split(',')), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status === null) missing('python3 with cfn-lint', run.error);
  if (run.status !== 0) throw new Error(`reading the registry schemas bundled with cfn-lint failed: ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as Omit<Registry, 'source'>;
  const registry = { ...parsed, source: 'cfnlint/data/schemas/providers/us_east_1 (CloudFormation registry schemas bundled with cfn-lint)' };
  cache.set(key, registry);
  return registry;
}

const IAM_PY = `
import json, os, cfnlint
path = os.path.join(os.path.dirname(cfnlint.__file__), "data", "AdditionalSpecs", "Policies.json")
data = json.load(open(path))
print(json.dumps({service: sorted(v.get("Actions", {}).keys()) for service, v in data.items()}))
`;

let iamCache: Record<string, string[]> | undefined;

/** IAM action names per service prefix (lowercase), from the IAM reference cfn-lint bundles for its own action checks. */
export function iamActions(): Record<string, string[]> {
  if (iamCache) return iamCache;
  const run = spawnSync('python3', ['-c', IAM_PY], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error || run.status === null) missing('python3 with cfn-lint', run.error);
  if (run.status !== 0) throw new Error(`reading cfn-lint's IAM action list failed: ${run.stderr}`);
  iamCache = JSON.parse(run.stdout) as Record<string, string[]>;
  return iamCache;
}

/** Is `service:Action` an IAM action cfn-lint knows (case-insensitive, as IAM compares)? */
export function isIamAction(action: string): boolean {
  const [service, name] = action.split(':');
  return (iamActions()[service] ?? []).includes((name ?? '').toLowerCase());
}

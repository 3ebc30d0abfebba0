// Our templates as data (short-form tags parsed to their long form) and the checks cfn-lint cannot
// make: our IAM rules. Types, properties, references and unused parameters are cfn-lint's own
// (test/templates/cfn-lint.test.ts runs it); this file no longer second-guesses them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type Tags } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type Template = {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Parameters?: Record<string, { Type: string; Default?: unknown; AllowedValues?: unknown[] } & Record<string, unknown>>;
  Rules?: Record<string, Json>;
  Conditions?: Record<string, Json>;
  Resources: Record<string, { Type: string; Properties?: Record<string, Json>; Condition?: string; DependsOn?: string | string[] } & Record<string, Json | undefined>>;
  Outputs?: Record<string, { Value: Json; Condition?: string } & Record<string, Json | undefined>>;
};

// ------------------------------------------------------------------ parsing
const fn = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);
const SHORT = ['Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Contains', 'EachMemberEquals', 'EachMemberIn', 'RefAll', 'ValueOf', 'ValueOfAll', 'ToJsonString', 'Length'];

export const CFN_TAGS: Tags = SHORT.flatMap((name) => [
  {
    tag: `!${name}`,
    resolve: (value: string) => ({ [fn(name)]: name === 'GetAtt' ? splitGetAtt(value) : value })
  },
  {
    tag: `!${name}`,
    collection: 'seq' as const,
    resolve: (seq: { toJSON(): unknown }) => ({ [fn(name)]: seq.toJSON() })
  },
  {
    tag: `!${name}`,
    collection: 'map' as const,
    resolve: (map: { toJSON(): unknown }) => ({ [fn(name)]: map.toJSON() })
  }
]) as Tags;

function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

export function parseTemplate(text: string): Template {
  return parse(text, { customTags: CFN_TAGS, maxAliasCount: -1 }) as Template;
}

export function loadTemplate(file: string): Template {
  return parseTemplate(readFileSync(file, 'utf8'));
}

// ------------------------------------------------------------------ helpers
export const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix'
]);

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{Ref: x}`, `{"Fn::...": ...}` or `{Condition: x}`: one key naming an intrinsic function. */
export function intrinsic(v: unknown): string | undefined {
  if (!isObject(v)) return undefined;
  const keys = Object.keys(v);
  if (keys.length !== 1) return undefined;
  const k = keys[0];
  return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::') ? k : undefined;
}

/** `${Name}` and `${Resource.Attr}` placeholders of a Fn::Sub string (`${!Literal}` skipped). */
export function subPlaceholders(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    if (!m[1].startsWith('!')) names.push(m[1].trim());
  }
  return names;
}

/** Calls `visit` on every object and array in the value, depth first. */
export function walk(value: unknown, visit: (v: Record<string, Json>, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (isObject(value)) {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
  }
}

/** Every CloudFormation template of the repository (bootstrap and each model template, found on disk). */
export function allTemplates(root = process.cwd()): string[] {
  const models = readdirSync(path.join(root, 'cloudformation/models')).filter((f) => /\.ya?ml$/.test(f));
  return ['cloudformation/bootstrap.yaml', ...models.sort().map((f) => `cloudformation/models/${f}`)];
}

// ------------------------------------------------------------------ our own checks
export interface LintOptions {
  /** Also reject Allow statements with wildcard actions such as `s3:Get*` (always rejects `*` and `svc:*`). */
  strictActions?: boolean;
}

/**
 * What cfn-lint does not check: our IAM rules (no "*" or service:* action, no NotAction, only this
 * template's own managed policies). Types, properties, references and unused parameters are
 * cfn-lint's (test/templates/cfn-lint.test.ts).
 */
export function lintTemplate(t: Template, opts: LintOptions = {}): string[] {
  return lintIam(t, opts);
}

// ------------------------------------------------------------------ IAM
export interface IamStatement {
  path: string;
  Effect?: string;
  Action?: Json;
  NotAction?: Json;
  Resource?: Json;
}

/** Every policy statement (objects with an Effect) in the template, If-branches included. */
export function iamStatements(t: Template): IamStatement[] {
  const found: IamStatement[] = [];
  walk(t.Resources, (node, path) => {
    if (typeof node.Effect === 'string' && ('Action' in node || 'NotAction' in node)) found.push({ path, ...(node as object) } as IamStatement);
  });
  return found;
}

/** Plain action names of a statement; intrinsic values are expanded through both If-branches. */
export function actionsOf(action: unknown): string[] {
  if (typeof action === 'string') return [action];
  if (Array.isArray(action)) return action.flatMap(actionsOf);
  if (intrinsic(action) === 'Fn::If') return ((action as Record<string, Json[]>)['Fn::If'].slice(1) as Json[]).flatMap(actionsOf);
  return [];
}

export function lintIam(t: Template, opts: LintOptions = {}): string[] {
  const problems: string[] = [];
  for (const s of iamStatements(t)) {
    if (s.NotAction !== undefined) problems.push(`Resources.${s.path}: NotAction is not allowed`);
    if (s.Effect !== 'Allow') continue;
    for (const a of actionsOf(s.Action)) {
      if (a === '*' || /^[^:]+:\*$/.test(a)) problems.push(`Resources.${s.path}: Allow of "${a}"`);
      else if (opts.strictActions && a.includes('*')) problems.push(`Resources.${s.path}: wildcard action "${a}"`);
      else if (!/^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(a)) problems.push(`Resources.${s.path}: "${a}" is not an IAM action name`);
    }
  }
  walk(t.Resources, (node, path) => {
    if (!('ManagedPolicyArns' in node)) return;
    const arns = node.ManagedPolicyArns;
    for (const arn of Array.isArray(arns) ? arns : [arns]) {
      const ref = isObject(arn) && typeof arn.Ref === 'string' ? arn.Ref : undefined;
      if (!ref || t.Resources[ref]?.Type !== 'AWS::IAM::ManagedPolicy') {
        problems.push(`Resources.${path}: managed policy ${JSON.stringify(arn)} is not one of this template's own policies`);
      }
    }
  });
  return problems;
}

// A small CloudFormation linter for our own templates, backed by the CloudFormation resource
// specification database of @aws-cdk/aws-service-spec: resource types, properties (nested property
// types too), required properties, GetAtt attributes, Ref/Sub/GetAtt/Condition targets, unused
// parameters and conditions, and IAM statements that allow "*" actions.
import { readFileSync } from 'node:fs';
import { parse, type Tags } from 'yaml';
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

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

export function loadTemplate(path: string): Template {
  return parseTemplate(readFileSync(path, 'utf8'));
}

// ------------------------------------------------------------------ spec database
type Db = ReturnType<typeof loadAwsServiceSpecSync>;
type PropType = { type: string; element?: PropType; reference?: { $ref: string }; types?: PropType[] };
type Prop = { type: PropType; previousTypes?: PropType[]; required?: boolean };
type Resource = { cloudFormationType: string; properties: Record<string, Prop>; attributes: Record<string, unknown> };

let cached: Db | undefined;
/** The specification database, loaded once per test file (about half a second). */
export function specDb(): Db {
  cached ??= loadAwsServiceSpecSync();
  return cached;
}

function resourceSpec(db: Db, type: string): Resource | undefined {
  const found = db.lookup('resource', 'cloudFormationType', 'equals', type);
  return found.length > 0 ? (found[0] as unknown as Resource) : undefined;
}

function typeDefinition(db: Db, ref: string): { name: string; properties: Record<string, Prop> } {
  return db.get('typeDefinition', ref) as unknown as { name: string; properties: Record<string, Prop> };
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
const FUNCTIONS = new Set(SHORT.filter((n) => n !== 'Ref' && n !== 'Condition').map((n) => `Fn::${n}`));
const RESOURCE_ATTRIBUTES = new Set(['Type', 'Properties', 'DependsOn', 'Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'Metadata']);

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
function walk(value: unknown, visit: (v: Record<string, Json>, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (isObject(value)) {
    visit(value, path);
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
  }
}

// ------------------------------------------------------------------ the linter
export interface LintOptions {
  /** Also reject Allow statements with wildcard actions such as `s3:Get*` (always rejects `*` and `svc:*`). */
  strictActions?: boolean;
}

export function lintTemplate(t: Template, db: Db = specDb(), opts: LintOptions = {}): string[] {
  const problems: string[] = [];
  const params = t.Parameters ?? {};
  const resources = t.Resources ?? {};
  const conditions = t.Conditions ?? {};
  const usedParams = new Set<string>();
  const usedConditions = new Set<string>();

  if (!isObject(t.Resources) || Object.keys(resources).length === 0) problems.push('the template has no Resources');

  // References, anywhere in a section. `scope` says what a Ref may name there.
  const checkRefs = (section: unknown, where: string, scope: 'all' | 'params') => {
    walk(section, (node, path) => {
      const f = intrinsic(node);
      const at = `${where}${path ? `.${path}` : ''}`;
      for (const key of Object.keys(node)) {
        if (key.startsWith('Fn::') && !FUNCTIONS.has(key)) problems.push(`${at}: unknown function ${key}`);
      }
      if (f === 'Ref') {
        const name = node.Ref;
        if (typeof name !== 'string') problems.push(`${at}: Ref needs a name`);
        else refTarget(name, at, scope);
      } else if (f === 'Fn::GetAtt') {
        const a = node['Fn::GetAtt'];
        if (!Array.isArray(a) || a.length !== 2 || typeof a[0] !== 'string' || typeof a[1] !== 'string') {
          problems.push(`${at}: GetAtt needs [resource, attribute]`);
        } else getAtt(a[0], a[1], at, scope);
      } else if (f === 'Fn::Sub') {
        const s = node['Fn::Sub'];
        const [text, vars] = Array.isArray(s) ? [s[0], isObject(s[1]) ? s[1] : {}] : [s, {}];
        if (typeof text !== 'string') problems.push(`${at}: Sub needs a string`);
        else {
          for (const name of subPlaceholders(text)) {
            if (name in vars) continue;
            const dot = name.indexOf('.');
            if (dot > 0 && !PSEUDO.has(name)) getAtt(name.slice(0, dot), name.slice(dot + 1), at, scope);
            else refTarget(name, at, scope);
          }
          for (const v of Object.keys(vars)) {
            if (!subPlaceholders(text).includes(v)) problems.push(`${at}: Sub variable ${v} is not used`);
          }
        }
      } else if (f === 'Fn::If') {
        const a = node['Fn::If'];
        if (!Array.isArray(a) || a.length !== 3 || typeof a[0] !== 'string') problems.push(`${at}: If needs [condition, then, else]`);
        else conditionTarget(a[0], at);
      } else if (f === 'Condition' && where.startsWith('Conditions')) {
        if (typeof node.Condition === 'string') conditionTarget(node.Condition, at);
      }
    });
  };
  const refTarget = (name: string, at: string, scope: 'all' | 'params') => {
    if (name in params) usedParams.add(name);
    else if (PSEUDO.has(name)) return;
    else if (scope === 'all' && name in resources) return;
    else problems.push(`${at}: Ref/Sub target ${name} is not a parameter${scope === 'all' ? ', resource' : ''} or pseudo parameter`);
  };
  const getAtt = (res: string, attr: string, at: string, scope: 'all' | 'params') => {
    if (scope !== 'all') return void problems.push(`${at}: GetAtt ${res}.${attr} is not allowed here`);
    const r = resources[res];
    if (!r) return void problems.push(`${at}: GetAtt target ${res} is not a resource`);
    const spec = resourceSpec(db, r.Type);
    if (spec && !(attr in spec.attributes)) {
      problems.push(`${at}: ${r.Type} has no attribute ${attr} (has ${Object.keys(spec.attributes).join(', ') || 'none'})`);
    }
  };
  const conditionTarget = (name: string, at: string) => {
    if (name in conditions) usedConditions.add(name);
    else problems.push(`${at}: condition ${name} is not defined`);
  };

  checkRefs(t.Conditions, 'Conditions', 'params');
  checkRefs(t.Rules, 'Rules', 'params');
  checkRefs(t.Resources, 'Resources', 'all');
  checkRefs(t.Outputs, 'Outputs', 'all');

  // Resources against the specification.
  for (const [name, r] of Object.entries(resources)) {
    const at = `Resources.${name}`;
    for (const key of Object.keys(r)) if (!RESOURCE_ATTRIBUTES.has(key)) problems.push(`${at}: unknown resource attribute ${key}`);
    if (r.Condition !== undefined) conditionTarget(r.Condition, at);
    for (const dep of ([] as string[]).concat(r.DependsOn ?? [])) {
      if (!(dep in resources)) problems.push(`${at}: DependsOn ${dep} is not a resource`);
      else if (resources[dep].Condition && resources[dep].Condition !== r.Condition) {
        problems.push(`${at}: DependsOn ${dep}, which has condition ${resources[dep].Condition}`);
      }
    }
    const spec = resourceSpec(db, r.Type);
    if (!spec) {
      problems.push(`${at}: resource type ${r.Type} does not exist`);
      continue;
    }
    checkObject(db, r.Properties ?? {}, spec.properties, `${at}.Properties`, problems);
  }

  for (const [name, o] of Object.entries(t.Outputs ?? {})) {
    if (o.Value === undefined) problems.push(`Outputs.${name}: no Value`);
    if (o.Condition !== undefined) conditionTarget(o.Condition, `Outputs.${name}`);
  }
  for (const [name, r] of Object.entries(t.Rules ?? {})) {
    if (!isObject(r) || !Array.isArray(r.Assertions)) problems.push(`Rules.${name}: no Assertions`);
  }

  for (const p of Object.keys(params)) if (!usedParams.has(p)) problems.push(`Parameters.${p}: declared but never used`);
  for (const c of Object.keys(conditions)) if (!usedConditions.has(c)) problems.push(`Conditions.${c}: declared but never used`);

  problems.push(...lintIam(t, opts));
  return problems;
}

/** Properties of one object against a property map of the specification. */
function checkObject(db: Db, value: unknown, props: Record<string, Prop>, at: string, problems: string[]): void {
  const f = intrinsic(value);
  if (f === 'Fn::If') {
    const [, a, b] = (value as Record<string, Json[]>)['Fn::If'];
    for (const branch of [a, b]) if (!isNoValue(branch)) checkObject(db, branch, props, at, problems);
    return;
  }
  if (f) return; // a computed object cannot be checked statically
  if (!isObject(value)) return void problems.push(`${at}: expected an object`);
  for (const [key, v] of Object.entries(value)) {
    const prop = props[key];
    if (!prop) {
      problems.push(`${at}: unknown property ${key}`);
      continue;
    }
    const candidates = [prop.type, ...(prop.previousTypes ?? [])];
    const attempts = candidates.map((type) => {
      const found: string[] = [];
      checkValue(db, v, type, `${at}.${key}`, found);
      return found;
    });
    if (!attempts.some((a) => a.length === 0)) problems.push(...attempts[0]);
  }
  for (const [key, prop] of Object.entries(props)) {
    if (prop.required && !(key in value)) problems.push(`${at}: required property ${key} is missing`);
  }
}

function isNoValue(v: unknown): boolean {
  return isObject(v) && v.Ref === 'AWS::NoValue';
}

function checkValue(db: Db, v: unknown, type: PropType, at: string, problems: string[]): void {
  const f = intrinsic(v);
  if (f === 'Fn::If') {
    const [, a, b] = (v as Record<string, Json[]>)['Fn::If'];
    for (const branch of [a, b]) if (!isNoValue(branch)) checkValue(db, branch, type, at, problems);
    return;
  }
  if (f) return;
  switch (type.type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'date-time':
      if (typeof v === 'object' && v !== null) problems.push(`${at}: expected a ${type.type}`);
      return;
    case 'json':
    case 'null':
      return;
    case 'tag':
      if (!isObject(v) || !('Key' in v) || !('Value' in v)) problems.push(`${at}: expected a {Key, Value} tag`);
      return;
    case 'array':
      if (!Array.isArray(v)) return void problems.push(`${at}: expected a list`);
      v.forEach((e, i) => {
        if (!isNoValue(e)) checkValue(db, e, type.element!, `${at}[${i}]`, problems);
      });
      return;
    case 'map':
      if (!isObject(v)) return void problems.push(`${at}: expected a map`);
      for (const [k, e] of Object.entries(v)) checkValue(db, e, type.element!, `${at}.${k}`, problems);
      return;
    case 'ref':
      checkObject(db, v, typeDefinition(db, type.reference!.$ref).properties, at, problems);
      return;
    case 'union': {
      const attempts = (type.types ?? []).map((t) => {
        const found: string[] = [];
        checkValue(db, v, t, at, found);
        return found;
      });
      if (!attempts.some((a) => a.length === 0)) problems.push(...(attempts[0] ?? [`${at}: matches no allowed type`]));
      return;
    }
    default:
      return;
  }
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

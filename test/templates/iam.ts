// A role's policy statements as data (inline policies, this template's own managed policies,
// If-branches expanded), and the matching IAM does on action names and ARNs. Enough to ask
// "may this role call X on Y", statically, for the checks cfn-lint cannot make.
import { intrinsic, type Template } from './cfn-lint.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  actions: string[];
  resources: unknown[];
  Condition?: Record<string, Record<string, unknown>>;
  /** Logical id of the policy or role that holds the statement. */
  from: string;
}

const NO_VALUE = (v: unknown) => isObject(v) && v.Ref === 'AWS::NoValue';

/** Both branches of every Fn::If, NoValue dropped. */
function branches(v: unknown): unknown[] {
  if (intrinsic(v) === 'Fn::If') return ((v as Record<string, unknown[]>)['Fn::If'].slice(1) as unknown[]).flatMap(branches);
  if (NO_VALUE(v)) return [];
  return [v];
}

export function list(v: unknown): unknown[] {
  return branches(v).flatMap((b) => (Array.isArray(b) ? b.flatMap(branches) : [b]));
}

function statementsOf(doc: unknown, from: string): Statement[] {
  if (!isObject(doc)) return [];
  return list(doc.Statement).flatMap((s) => {
    if (!isObject(s)) return [];
    return [
      {
        Sid: typeof s.Sid === 'string' ? s.Sid : undefined,
        Effect: s.Effect as 'Allow' | 'Deny',
        actions: list(s.Action).filter((a): a is string => typeof a === 'string'),
        resources: list(s.Resource),
        Condition: isObject(s.Condition) ? (s.Condition as Statement['Condition']) : undefined,
        from
      }
    ];
  });
}

/** Every statement of a role of the template: inline policies and its own managed policies. */
export function roleStatements(t: Template, role: string): Statement[] {
  const props = t.Resources[role]?.Properties ?? {};
  const inline = list(props.Policies).flatMap((p) => (isObject(p) ? statementsOf(p.PolicyDocument, role) : []));
  const managed = list(props.ManagedPolicyArns).flatMap((arn) => {
    const ref = isObject(arn) && typeof arn.Ref === 'string' ? arn.Ref : undefined;
    return ref && t.Resources[ref]?.Type === 'AWS::IAM::ManagedPolicy' ? statementsOf(t.Resources[ref].Properties?.PolicyDocument, ref) : [];
  });
  return [...inline, ...managed];
}

/** Statements of one managed policy of the template. */
export function policyStatements(t: Template, policy: string): Statement[] {
  return statementsOf(t.Resources[policy]?.Properties?.PolicyDocument, policy);
}

/** IAM's glob: `*` any run of characters, `?` one; action names compare case-insensitively. */
export function glob(pattern: string, value: string, caseInsensitive = false): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, caseInsensitive ? 'i' : '');
  return re.test(value);
}

export const actionMatches = (pattern: string, action: string) => glob(pattern, action, true);

/** Allow statements that name the action (resources and conditions not considered). */
export function allowing(statements: Statement[], action: string): Statement[] {
  return statements.filter((s) => s.Effect === 'Allow' && s.actions.some((p) => actionMatches(p, action)));
}

export const SAMPLE_VARS: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '111122223333',
  'AWS::URLSuffix': 'amazonaws.com',
  StackPrefix: 'emd'
};

/**
 * A Resource value as an ARN pattern: Fn::Sub text with known variables filled in and every other
 * placeholder widened to `*` (what it may become), a plain string as is; undefined for other forms.
 */
export function arnPattern(resource: unknown, vars: Record<string, string> = SAMPLE_VARS): string | undefined {
  if (typeof resource === 'string') return resource;
  if (intrinsic(resource) !== 'Fn::Sub') return undefined;
  const sub = (resource as Record<string, unknown>)['Fn::Sub'];
  const text = Array.isArray(sub) ? sub[0] : sub;
  if (typeof text !== 'string') return undefined;
  return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => vars[name.trim()] ?? '*');
}

/** Does any Allow statement give the action on this concrete ARN (conditions not considered)? */
export function allowsOn(statements: Statement[], action: string, arn: string): boolean {
  return allowing(statements, action).some((s) => s.resources.some((r) => {
    const p = arnPattern(r);
    return p !== undefined && glob(p, arn);
  }));
}

/** Condition keys a statement tests, e.g. `aws:ResourceTag/emd:stack-prefix`. */
export function conditionKeys(s: Statement): string[] {
  return Object.values(s.Condition ?? {}).flatMap((block) => Object.keys(block));
}

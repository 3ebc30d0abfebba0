// A small evaluator for the GitHub Actions expression language, enough to evaluate the `if:`,
// `concurrency:`, `environment:` and `env:` expressions of our workflows against made-up contexts.
// Semantics follow the GitHub documentation: `&&`/`||` return an operand, `==` compares strings
// case-insensitively and coerces mixed types to numbers, missing properties are null, and a value
// that is a single `${{ }}` keeps its type while anything else is interpolated into a string.

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };
export type Contexts = Record<string, Value>;

type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '!', '(', ')', '[', ']', '.', ','];

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let s = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in: ${src}`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            s += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9]/.test(src[i + 1] ?? ''))) {
      const m = /^-?(0x[0-9a-fA-F]+|[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(src.slice(i))!;
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw new Error(`unexpected '${c}' at ${i} in: ${src}`);
      out.push({ t: 'op', v: op });
      i += op.length;
    }
  }
  return out;
}

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'ctx'; name: string }
  | { k: 'prop'; obj: Node; key: Node }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'not'; x: Node }
  | { k: 'bin'; op: string; a: Node; b: Node };

function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.t === 'op' && peek()!.v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected '${v}' at token ${p} in: ${src}`);
    p++;
  };

  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let a = next();
    for (let tok = peek(); tok?.t === 'op' && ops.includes(tok.v); tok = peek()) {
      p++;
      a = { k: 'bin', op: tok.v, a, b: next() };
    }
    return a;
  };

  const primary = (): Node => {
    const tok = toks[p++];
    if (!tok) throw new Error(`unexpected end of: ${src}`);
    let node: Node;
    if (tok.t === 'str' || tok.t === 'num') node = { k: 'lit', v: tok.v };
    else if (tok.t === 'op' && tok.v === '(') {
      node = or();
      expect(')');
    } else if (tok.t === 'op' && tok.v === '!') return { k: 'not', x: primary() };
    else if (tok.t === 'id') {
      if (tok.v === 'true' || tok.v === 'false') node = { k: 'lit', v: tok.v === 'true' };
      else if (tok.v === 'null') node = { k: 'lit', v: null };
      else if (isOp('(')) {
        p++;
        const args: Node[] = [];
        while (!isOp(')')) {
          args.push(or());
          if (isOp(',')) p++;
        }
        p++;
        node = { k: 'call', name: tok.v.toLowerCase(), args };
      } else node = { k: 'ctx', name: tok.v };
    } else throw new Error(`unexpected '${tok.v}' in: ${src}`);
    for (;;) {
      if (isOp('.')) {
        p++;
        const id = toks[p++];
        if (id?.t !== 'id') throw new Error(`expected a property name in: ${src}`);
        node = { k: 'prop', obj: node, key: { k: 'lit', v: id.v } };
      } else if (isOp('[')) {
        p++;
        const key = or();
        expect(']');
        node = { k: 'prop', obj: node, key };
      } else return node;
    }
  };
  const comparison = binary(primary, ['==', '!=', '<', '<=', '>', '>=']);
  const and = binary(comparison, ['&&']);
  const or = binary(and, ['||']);

  const node = or();
  if (p !== toks.length) throw new Error(`trailing tokens in: ${src}`);
  return node;
}

export function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

export function toStr(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  return JSON.stringify(v, null, 2);
}

function toNum(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

function equals(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === null && b === null) return true;
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  return toNum(a) === toNum(b);
}

function compare(op: string, a: Value, b: Value): boolean {
  if (op === '==') return equals(a, b);
  if (op === '!=') return !equals(a, b);
  let x: string | number = toNum(a);
  let y: string | number = toNum(b);
  if (typeof a === 'string' && typeof b === 'string') {
    x = a.toLowerCase();
    y = b.toLowerCase();
  }
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

function call(name: string, args: Value[]): Value {
  const s = (i: number) => toStr(args[i] ?? null).toLowerCase();
  switch (name) {
    case 'startswith':
      return s(0).startsWith(s(1));
    case 'endswith':
      return s(0).endsWith(s(1));
    case 'contains':
      return Array.isArray(args[0]) ? args[0].some((x) => equals(x, args[1] ?? null)) : s(0).includes(s(1));
    case 'format':
      return toStr(args[0] ?? null).replace(/\{(\d+)\}/g, (_, n: string) => toStr(args[Number(n) + 1] ?? null));
    case 'join':
      return Array.isArray(args[0]) ? args[0].map(toStr).join(args.length > 1 ? toStr(args[1]) : ',') : toStr(args[0] ?? null);
    case 'tojson':
      return JSON.stringify(args[0] ?? null, null, 2);
    case 'fromjson':
      return JSON.parse(toStr(args[0] ?? null)) as Value;
    case 'success':
    case 'always':
      return true;
    case 'failure':
    case 'cancelled':
      return false;
    default:
      throw new Error(`unknown function ${name}()`);
  }
}

function evaluate(node: Node, ctx: Contexts): Value {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'ctx': {
      const key = Object.keys(ctx).find((k) => k.toLowerCase() === node.name.toLowerCase());
      if (key === undefined) throw new Error(`context '${node.name}' is not available here`);
      return ctx[key];
    }
    case 'prop': {
      const obj = evaluate(node.obj, ctx);
      const key = toStr(evaluate(node.key, ctx));
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return null;
      const found = Object.keys(obj).find((k) => k.toLowerCase() === key.toLowerCase());
      return found === undefined ? null : obj[found];
    }
    case 'call':
      return call(node.name, node.args.map((a) => evaluate(a, ctx)));
    case 'not':
      return !truthy(evaluate(node.x, ctx));
    case 'bin': {
      if (node.op === '&&') {
        const a = evaluate(node.a, ctx);
        return truthy(a) ? evaluate(node.b, ctx) : a;
      }
      if (node.op === '||') {
        const a = evaluate(node.a, ctx);
        return truthy(a) ? a : evaluate(node.b, ctx);
      }
      return compare(node.op, evaluate(node.a, ctx), evaluate(node.b, ctx));
    }
  }
}

/** Evaluates a bare expression (the inside of `${{ }}`). */
export function evalExpression(src: string, ctx: Contexts): Value {
  return evaluate(parse(src), ctx);
}

/** Evaluates a workflow value: a single `${{ }}` keeps its type, anything else becomes a string. */
export function evalTemplate(value: unknown, ctx: Contexts): Value {
  if (typeof value !== 'string') return value as Value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole && !whole[1].includes('}}')) return evalExpression(whole[1], ctx);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => toStr(evalExpression(e, ctx)));
}

/** Evaluates an `if:` the way the runner does: implicit `${{ }}`, implicit `success() &&`. */
export function evalIf(cond: unknown, ctx: Contexts): boolean {
  if (cond === undefined) return true;
  if (typeof cond === 'boolean') return cond;
  let src = String(cond).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(src);
  if (wrapped) src = wrapped[1];
  if (!/\b(success|failure|always|cancelled)\s*\(/i.test(src)) src = `success() && (${src})`;
  return truthy(evalExpression(src, ctx));
}

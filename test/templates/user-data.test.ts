// The EC2 boot script (cloudformation/models/ec2.yaml, LaunchTemplate UserData) runs as root. Values
// CloudFormation substitutes into it come from the manifest and from the model repository (the GGUF
// file name ends up in WeightsS3Uri and ModelFile), so none of them may ever become shell code:
// - statically: every ${…} outside the quoted here-document is inside single quotes, and each
//   substituted parameter's AllowedPattern refuses quotes and line breaks;
// - by running it: the script is rendered with hostile values (as if the patterns were bypassed)
//   and run under bash with stand-ins for docker, curl and systemctl; nothing hostile executes, and
//   the instance signals CloudFormation SUCCESS once /health answers, FAILURE when a step fails.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();
type Param = { Type: string; AllowedPattern?: string; AllowedValues?: string[] };
const t = loadTemplate(path.join(ROOT, 'cloudformation/models/ec2.yaml'));
const params = t.Parameters as Record<string, Param>;
const sub = ((t.Resources.LaunchTemplate.Properties as any).LaunchTemplateData.UserData['Fn::Base64']['Fn::Sub']) as [string, Record<string, unknown>];
const [script, vars] = sub;

const PLACEHOLDER = /\$\{([A-Za-z0-9:._]+)\}/g;
const names = [...new Set([...script.matchAll(PLACEHOLDER)].map((m) => m[1]))];

/** Lines of the script, with whether each sits inside a quoted here-document. */
function scan(text: string): { line: string; literal: boolean }[] {
  const out: { line: string; literal: boolean }[] = [];
  let end: string | undefined;
  for (const line of text.split('\n')) {
    if (end !== undefined) {
      out.push({ line, literal: line !== end });
      if (line === end) end = undefined;
      continue;
    }
    const here = /<<-?\s*(['"]?)(\w+)\1/.exec(line);
    if (here) {
      // Only a quoted delimiter keeps the body literal.
      if (!here[1]) throw new Error(`unquoted here-document: ${line}`);
      end = here[2];
    }
    out.push({ line, literal: false });
  }
  return out;
}

/** Placeholders that appear in shell code outside single quotes. */
function unquotedPlaceholders(text: string): string[] {
  const bad: string[] = [];
  for (const { line, literal } of scan(text)) {
    if (literal) continue;
    let state: 'none' | 'single' | 'double' = 'none';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (state === 'single') {
        if (c === "'") state = 'none';
        continue;
      }
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === "'" && state === 'none') state = 'single';
      else if (c === '"') state = state === 'double' ? 'none' : 'double';
      else if (c === '#' && state === 'none' && (i === 0 || /\s/.test(line[i - 1]))) break;
      else if (c === '$' && line[i + 1] === '{') bad.push(`${/^\$\{([^}]*)\}/.exec(line.slice(i))?.[1]} in: ${line.trim()}`);
    }
  }
  return bad;
}

/** Fn::Sub as CloudFormation evaluates it, for the values given. */
function render(values: Record<string, string>): string {
  return script.replace(/\$\{(!?)([A-Za-z0-9:._]+)\}/g, (_, bang: string, name: string) => {
    if (bang) return `\${${name}}`;
    if (!(name in values)) throw new Error(`no value for \${${name}}`);
    return values[name];
  });
}

describe('the EC2 boot script', () => {
  it('puts every substituted value in single quotes or in a quoted here-document', () => {
    expect(unquotedPlaceholders(script)).toEqual([]);
  });

  it('the scanner itself flags unquoted and double-quoted values and unquoted here-documents', () => {
    expect(unquotedPlaceholders("aws s3 sync ${WeightsS3Uri} /m\n")).toHaveLength(1);
    expect(unquotedPlaceholders('echo "${ModelFile}"\n')).toHaveLength(1);
    expect(unquotedPlaceholders("echo '${ModelFile}' # ${x}\n")).toEqual([]);
    expect(() => scan('cat <<EOF\n${ModelFile}\nEOF\n')).toThrow(/unquoted here-document/);
  });

  it('refuses quotes and line breaks in every parameter it substitutes', () => {
    const substituted = names.filter((n) => n in params);
    const inShell = new Set(scan(script).filter((l) => !l.literal).flatMap((l) => [...l.line.matchAll(PLACEHOLDER)].map((m) => m[1])));
    // The secret ARN reaches the script through the variable map (KeySecret).
    expect(substituted.length).toBeGreaterThan(5);
    for (const name of [...substituted, 'ApiKeySecretArn']) {
      const p = params[name];
      if (p.Type === 'Number' || p.AllowedValues) continue;
      expect([name, p.AllowedPattern !== undefined]).toEqual([name, true]);
      const pattern = new RegExp(p.AllowedPattern!);
      // In shell code a quote would end the quoting; in the here-document only a line break matters.
      const hostiles = inShell.has(name) || name === 'ApiKeySecretArn' ? ["x'y", 'x\ny', 'x\ry', "'; touch /tmp/p; '"] : ['x\ny', 'x\ry', 'x\nEMD_ENGINE_ENV\nid'];
      for (const hostile of hostiles) expect([name, hostile, pattern.test(hostile)]).toEqual([name, hostile, false]);
    }
    // Values from the variable map derive from parameters held above (the registry host of ImageUri, a secret ARN).
    expect(Object.keys(vars).sort()).toEqual(['KeySecret', 'Registry']);
  });

  it('admits what the build writes and refuses file names with shell in them', () => {
    const ok: Record<string, string> = {
      WeightsS3Uri: `s3://emd-artifacts-111122223333-us-east-1/weights/bartowski/Qwen2.5-7B-Instruct-GGUF/${'a'.repeat(40)}/gguf/Qwen2.5-7B-Instruct-Q4_K_M/`,
      ModelFile: 'Qwen2.5-7B-Instruct-Q4_K_M.gguf',
      ModelRevision: 'a'.repeat(40),
      ImageUri: '111122223333.dkr.ecr.us-east-1.amazonaws.com/emd/vllm:0.11.0-0123456789abcdef',
      WeightsSyncImage: 'public.ecr.aws/aws-cli/aws-cli:2.27.26',
      ModelId: 'Qwen/Qwen2.5-7B-Instruct',
      ApiKeySecretArn: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:team/key-AbCdEf',
      EngineArgs: '--max-model-len 8192 --tensor-parallel-size 4'
    };
    for (const [name, value] of Object.entries(ok)) expect([name, new RegExp(params[name].AllowedPattern!).test(value)]).toEqual([name, true]);
    const hostile: Record<string, string> = {
      WeightsS3Uri: 's3://bkt/weights/a/b/gguf/x$(touch${IFS}/tmp/p)/',
      ModelFile: 'x`id`.gguf',
      ModelRevision: 'main;id',
      ImageUri: 'r.example/x:1$(id)'
    };
    for (const [name, value] of Object.entries(hostile)) expect([name, new RegExp(params[name].AllowedPattern!).test(value)]).toEqual([name, false]);
  });

  describe('run with stand-ins for docker, curl and systemctl', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'emd-userdata-'));
      const bin = path.join(dir, 'bin');
      mkdirSync(bin);
      const stub = (name: string, body: string) => {
        writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`);
        chmodSync(path.join(bin, name), 0o755);
      };
      // docker: one call per record, arguments NUL-separated so their boundaries can be checked.
      stub(
        'docker',
        `printf '%s\\0' "$@" >>"$STUB/docker.log"; printf '\\n' >>"$STUB/docker.log"
case "$*" in
  *" s3 sync "*) [ -z "\${FAIL_SYNC:-}" ] || exit 1 ;;
  *"secretsmanager get-secret-value"*) echo the-key ;;
  login*) cat >/dev/null ;;
esac
exit 0`
      );
      stub(
        'curl',
        `case "$*" in
  *api/token*) echo token ;;
  *instance-id*) echo i-0123456789abcdef0 ;;
  *health*) printf 200 ;;
esac`
      );
      stub('systemctl', 'exit 0');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const marker = () => path.join(dir, 'pwned');
    const hostile = () => ({
      WeightsS3Uri: `s3://bkt/weights/org/m/${'a'.repeat(40)}/gguf/x$(touch ${marker()})/`,
      ModelFile: `x$(touch ${marker()}).gguf`,
      ModelRevision: `\`touch ${marker()}\``,
      ServedModelName: `m;touch ${marker()}`,
      ModelId: 'org/m',
      ImageUri: `111122223333.dkr.ecr.us-east-1.amazonaws.com/emd/vllm:1$(touch ${marker()})`,
      WeightsSyncImage: 'public.ecr.aws/aws-cli/aws-cli:2',
      EngineArgs: `--max-model-len 4096 --x $(touch ${marker()})`,
      Engine: 'llama.cpp',
      GpuCount: '4',
      LogGroup: '/emd/emd-x/engine',
      'AWS::Region': 'us-east-1',
      'AWS::StackName': 'emd-x',
      Registry: `111122223333.dkr.ecr.us-east-1.amazonaws.com$(touch ${marker()})`,
      KeySecret: `arn:aws:secretsmanager:us-east-1:111122223333:secret:k$(touch ${marker()})`
    });

    const run = (values: Record<string, string>, env: Record<string, string> = {}) => {
      const text = render(values).split('/opt/emd').join(path.join(dir, 'opt/emd'));
      writeFileSync(path.join(dir, 'user-data.sh'), text);
      const out = spawnSync('bash', [path.join(dir, 'user-data.sh')], {
        env: { PATH: `${path.join(dir, 'bin')}:${process.env.PATH}`, STUB: dir, ...env },
        encoding: 'utf8',
        timeout: 30_000
      });
      const calls = existsSync(path.join(dir, 'docker.log'))
        ? readFileSync(path.join(dir, 'docker.log'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\0').filter((a, i, all) => i < all.length - 1))
        : [];
      return { status: out.status, stderr: out.stderr, calls };
    };

    it('executes nothing from hostile values and passes each one as a single argument', () => {
      const values = hostile();
      const { status, stderr, calls } = run(values);
      expect([status, stderr]).toEqual([0, '']);
      expect(existsSync(marker())).toBe(false);
      const sync = calls.find((c) => c.includes('sync'))!;
      expect(sync.slice(sync.indexOf('sync') + 1, sync.indexOf('sync') + 3)).toEqual([values.WeightsS3Uri, `/models/${values.ModelRevision}`]);
      expect(calls.find((c) => c[0] === 'pull')).toEqual(['pull', '--quiet', values.ImageUri]);
      const env = readFileSync(path.join(dir, 'opt/emd/engine.env'), 'utf8');
      expect(env).toContain(`MODEL_FILE=${values.ModelFile}\n`);
      expect(env).toContain(`ENGINE_ARGS=${values.EngineArgs}\n`);
    });

    it('signals SUCCESS for this instance once /health answers', () => {
      const { status, calls } = run(hostile());
      expect(status).toBe(0);
      const signals = calls.filter((c) => c.includes('signal-resource'));
      expect(signals).toHaveLength(1);
      expect(signals[0].slice(signals[0].indexOf('signal-resource'))).toEqual([
        'signal-resource', '--stack-name', 'emd-x', '--logical-resource-id', 'AutoScalingGroup', '--unique-id', 'i-0123456789abcdef0', '--status', 'SUCCESS'
      ]);
      // The engine starts with the GPUs of the instance, after the weights and the image.
      const engine = calls.find((c) => c[0] === 'run' && c.includes('engine'))!;
      expect(engine[engine.indexOf('--gpus') + 1]).toBe('4');
    });

    it('signals FAILURE at once when a step fails, instead of letting CloudFormation wait out the timeout', () => {
      const { status, calls } = run(hostile(), { FAIL_SYNC: '1' });
      expect(status).not.toBe(0);
      const signals = calls.filter((c) => c.includes('signal-resource'));
      expect(signals.map((c) => c[c.length - 1])).toEqual(['FAILURE']);
      expect(calls.some((c) => c[0] === 'run' && c.includes('engine'))).toBe(false);
    });
  });
});

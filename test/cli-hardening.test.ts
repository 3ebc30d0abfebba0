// Issue 13 through the built CLI (`bin/emd-action.cjs` → dist/cli), run in a directory of its own:
// the manifest is not read through a link out of that directory, nor from a device, and terminal
// escape sequences in manifest values reach the terminal written out.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.join(process.cwd(), 'bin', 'emd-action.cjs');

function cli(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', HOME: cwd, AWS_EC2_METADATA_DISABLED: 'true', NODE_NO_WARNINGS: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('emd-action CLI against hostile manifests', () => {
  it('refuses a link out of the directory and /dev/zero, and reads a file over 1 MiB no further', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-cli-'));
    const secret = path.join(mkdtempSync(path.join(tmpdir(), 'emd-secret-')), 'token');
    writeFileSync(secret, 'ghp_notForYourEyes\n');
    symlinkSync(secret, path.join(dir, 'models.yaml'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
    writeFileSync(path.join(dir, 'big.yaml'), `version: 1\nmodels: {}\n# ${'x'.repeat(1024 * 1024)}\n`);
    const linked = cli(dir, ['plan', 'models.yaml', '--offline']);
    expect([linked.code, linked.err]).toEqual([2, expect.stringContaining('models.yaml is a symbolic link to a file outside the workspace')]);
    expect(`${linked.out}${linked.err}`).not.toContain('notForYourEyes');
    const zero = cli(dir, ['plan', 'zero.yaml', '--offline']);
    expect([zero.code, zero.err]).toEqual([2, expect.stringContaining('zero.yaml is a symbolic link to a file outside the workspace')]);
    const big = cli(dir, ['plan', 'big.yaml', '--offline']);
    expect([big.code, big.err]).toEqual([2, expect.stringContaining('big.yaml is larger than 1 MiB')]);
  });

  it('writes terminal escape sequences from manifest values out instead of passing them to the terminal', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-cli-'));
    writeFileSync(path.join(dir, 'models.yaml'), 'version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    region: us-east-1\n    ttl: "\\e]8;;https://evil.example\\e\\\\click\\e]8;;\\e\\\\\\e[2J"\n');
    const r = cli(dir, ['plan', 'models.yaml', '--offline']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('models.yaml:6:10: error: models.a.ttl: "\\u001b]8;;https://evil.example\\u001b\\click');
    expect(`${r.out}${r.err}`).not.toContain('\u001b');
  });
});

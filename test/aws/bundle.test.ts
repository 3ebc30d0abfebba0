import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildBundle } from '../../src/aws/bundle.js';

const ROOT = process.cwd();

function copyOfAction(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'emd-bundle-'));
  for (const d of ['cloudformation', 'buildspecs']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  return dir;
}

describe('source bundle', () => {
  it('holds cloudformation/** and buildspecs/**, sorted, nothing else', () => {
    const b = buildBundle(ROOT);
    const entries = Object.keys(unzipSync(b.bytes));
    expect(entries).toEqual(b.files);
    expect(entries).toEqual([...entries].sort());
    expect(entries).toEqual(
      expect.arrayContaining([
        'buildspecs/build.yml',
        'buildspecs/engines.env',
        'buildspecs/images/entrypoint.sh',
        'buildspecs/scripts/main.sh',
        'cloudformation/bootstrap.yaml',
        'cloudformation/models/ec2.yaml',
        'cloudformation/models/ecs.yaml',
        'cloudformation/models/sagemaker.yaml'
      ])
    );
    expect(entries.every((e) => /^(cloudformation|buildspecs)\//.test(e))).toBe(true);
    expect(strFromU8(unzipSync(b.bytes)['cloudformation/bootstrap.yaml'])).toContain('AWS::CodePipeline::Pipeline');
  });

  it('is byte-for-byte the same for the same files, whatever their timestamps', () => {
    const a = copyOfAction();
    const b = copyOfAction();
    try {
      const first = buildBundle(a);
      // A fresh checkout has other mtimes; the bundle must not change.
      const later = new Date(Date.now() + 86_400_000);
      for (const f of ['cloudformation/bootstrap.yaml', 'buildspecs/build.yml', 'buildspecs/scripts/main.sh']) utimesSync(path.join(b, f), later, later);
      const second = buildBundle(b);
      expect(second.sha256).toBe(first.sha256);
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      rmSync(a, { recursive: true, force: true });
      rmSync(b, { recursive: true, force: true });
    }
  });

  it('changes when a file changes, and skips dotfiles', () => {
    const dir = copyOfAction();
    try {
      const before = buildBundle(dir);
      writeFileSync(path.join(dir, 'buildspecs', '.DS_Store'), 'junk');
      mkdirSync(path.join(dir, 'cloudformation', '.cache'));
      writeFileSync(path.join(dir, 'cloudformation', '.cache', 'x'), 'junk');
      expect(buildBundle(dir).sha256).toBe(before.sha256);
      writeFileSync(path.join(dir, 'buildspecs', 'engines.env'), 'VLLM_DEFAULT_VERSION=0.0.1\n');
      expect(buildBundle(dir).sha256).not.toBe(before.sha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a directory that is not the action', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emd-empty-'));
    try {
      mkdirSync(path.join(dir, 'cloudformation'));
      mkdirSync(path.join(dir, 'buildspecs'));
      expect(() => buildBundle(dir)).toThrow(/no cloudformation\/bootstrap\.yaml/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../src/cli.js';

function capture(): Writable & { text: string } {
  const stream = new Writable({
    write(chunk, _enc, done) {
      stream.text += chunk.toString();
      done();
    }
  }) as Writable & { text: string };
  stream.text = '';
  return stream;
}

async function cli(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(args, out as unknown as typeof process.stdout, err as unknown as typeof process.stderr);
  return { code, out: out.text, err: err.text };
}

function file(text: string): string {
  const p = path.join(mkdtempSync(path.join(tmpdir(), 'emd-cli-')), 'models.yaml');
  writeFileSync(p, text);
  return p;
}

describe('emd-action CLI', () => {
  it('plans the example offline with costs and exits 0', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('emd-action plan for examples/models.yaml');
    expect(r.out).toMatch(/qwen-chat\s+create or update \(live state unknown\)/);
    expect(r.out).toMatch(/TOTAL\s+\$[\d.]+\s+\$[\d,.]+–\$[\d,.]+/);
    expect(r.out).toContain('EC2 on-demand prices of 2026-01-21');
  });

  it('prints JSON with --json', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline', '--json']);
    const json = JSON.parse(r.out);
    expect(json.valid).toBe(true);
    expect(json.live.known).toBe(false);
    expect(json.entries.map((e: { name: string }) => e.name)).toEqual(['qwen-chat', 'llama-8b', 'r1-distill', 'embeddings']);
    expect(json.totals.monthlyAfter).toBeGreaterThan(0);
  });

  it('exits 1 for an invalid manifest, naming line and field', async () => {
    const r = await cli(['plan', file('version: 1\nmodels:\n  a:\n    model: Qwen/Qwen2.5-0.5B-Instruct\n    region: us-east-1\n    ttl: forever\n'), '--offline']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/models\.yaml:6:10: error: models\.a\.ttl: "forever" is not a duration/);
  });

  it('exits 1 when a budget is exceeded', async () => {
    const r = await cli(['plan', 'examples/models.yaml', '--offline', '--max-monthly-total', '100']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/at minimum scale exceeds max-monthly-total \$100\.00/);
  });

  it('exits 2 for bad usage', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['deploy'])).code).toBe(2);
    expect((await cli(['plan', '--bogus'])).code).toBe(2);
    expect((await cli(['plan', 'missing.yaml'])).code).toBe(2);
    expect((await cli(['plan', 'examples/models.yaml', '--max-monthly-total', 'lots'])).code).toBe(2);
  });

  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(JSON.parse(r.out).title).toBe('emd-action models.yaml');
  });
});

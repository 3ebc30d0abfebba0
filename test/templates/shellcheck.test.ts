// Every shell script of the build (and the test stand-ins for aws, curl and docker) passes
// shellcheck. CI installs shellcheck (.ci/run); without it this test fails rather than skips.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate } from './cfn-lint.js';

const ROOT = process.cwd();

function shellFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => f.endsWith('.sh') || readFileSync(path.join(ROOT, f), 'utf8').startsWith('#!/usr/bin/env bash'))
    .sort();
}

describe('shellcheck', () => {
  const scripts = [...shellFiles('buildspecs'), ...shellFiles('test/templates/stubs')];

  it('is installed', () => {
    const version = spawnSync('shellcheck', ['--version'], { encoding: 'utf8' });
    expect(version.error).toBeUndefined();
    expect(version.status).toBe(0);
  });

  it('finds the build scripts', () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        'buildspecs/images/entrypoint.sh',
        'buildspecs/scripts/build-image.sh',
        'buildspecs/scripts/lib.sh',
        'buildspecs/scripts/main.sh',
        'buildspecs/scripts/stage-weights.sh',
        'buildspecs/scripts/write-artifact.sh'
      ])
    );
  });

  it.each(scripts)('%s passes', (file) => {
    const run = spawnSync('shellcheck', ['--shell=bash', '--external-sources', '--severity=style', file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('fails a script with a real problem (the check can go red)', () => {
    const run = spawnSync('shellcheck', ['--shell=bash', '-'], { input: 'rm -rf $DIR/*\n', encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('SC2115');
  });

  it('never turns tracing on in the build (tokens would reach the log)', () => {
    for (const file of scripts.filter((f) => f.startsWith('buildspecs/'))) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect([file, /set -[a-z]*x|set -o xtrace|bash -x/.test(text)]).toEqual([file, false]);
    }
  });

  // Boot scripts live inside the templates as Fn::Sub strings: substitute the placeholders with
  // plain words and check the shell that the instances will run.
  it.each(['cloudformation/models/ecs.yaml', 'cloudformation/models/ec2.yaml'])('the UserData of %s passes', (file) => {
    const data = loadTemplate(path.join(ROOT, file)).Resources.LaunchTemplate.Properties!.LaunchTemplateData as Record<string, any>;
    const sub = data.UserData['Fn::Base64']['Fn::Sub'];
    const text = (Array.isArray(sub) ? sub[0] : sub) as string;
    const script = text.replace(/\$\{!([^}]*)\}/g, '$${$1}').replace(/\$\{([^}!][^}]*)\}/g, (_m, name: string) => `placeholder_${name.replace(/\W/g, '_')}`);
    expect(script.startsWith('#!/bin/bash')).toBe(true);
    const run = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '-'], { input: script, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

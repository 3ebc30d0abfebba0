// CUDA on SageMaker hosts (issue 9, defect 11): engine version → the CUDA its image is built on →
// the inference AMI the template chooses and its driver → native or forward compatibility, which the
// entrypoint then sets up. Each link is held against its own source in the repository.
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chosenInferenceAmi, DEFAULT_ENGINE_VERSIONS, ENGINE_CUDA, SAGEMAKER_INFERENCE_AMIS, sagemakerHost } from '../../src/core/catalog/cuda.js';
import { buildPlan } from '../../src/core/plan.js';
import { loadManifest } from '../../src/core/manifest/load.js';
import { loadTemplate } from '../templates/cfn-lint.js';

const ROOT = process.cwd();
const enginesEnv = Object.fromEntries(
  readFileSync(path.join(ROOT, 'buildspecs/engines.env'), 'utf8')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => l.split('='))
);

describe('the data table', () => {
  it('knows the CUDA of every default engine version the build uses', () => {
    expect(DEFAULT_ENGINE_VERSIONS).toEqual({ vllm: enginesEnv.VLLM_DEFAULT_VERSION, tgi: enginesEnv.TGI_DEFAULT_VERSION, 'llama.cpp': enginesEnv.LLAMA_CPP_DEFAULT_VERSION });
    for (const [engine, version] of Object.entries(DEFAULT_ENGINE_VERSIONS)) {
      const entry = ENGINE_CUDA[engine as keyof typeof ENGINE_CUDA][version];
      expect([engine, entry?.cuda, entry?.source]).toEqual([engine, expect.stringMatching(/^12\.\d+$/), expect.stringMatching(/Dockerfile/)]);
    }
  });

  it('the SageMaker template uses the AMI the table chooses: the newest driver', () => {
    const declared = (loadTemplate(path.join(ROOT, 'cloudformation/models/sagemaker.yaml')).Parameters as any).InferenceAmiVersion.Default;
    expect(declared).toBe(chosenInferenceAmi().version);
    expect(chosenInferenceAmi()).toEqual({ version: 'al2-ami-sagemaker-inference-gpu-3-1', driver: 550, cuda: '12.4', mountsCompat: false });
    expect(SAGEMAKER_INFERENCE_AMIS.every((a) => a.driver <= chosenInferenceAmi().driver)).toBe(true);
  });
});

describe('engine version → host', () => {
  it('vLLM 0.11 (CUDA 12.8) needs forward compatibility on driver 550 (CUDA 12.4), whose toolkit mounts no compat libraries', () => {
    const host = sagemakerHost('vllm', DEFAULT_ENGINE_VERSIONS.vllm);
    expect(host).toMatchObject({ fit: 'forward-compat', engineCuda: { cuda: '12.8' }, ami: { driver: 550, mountsCompat: false } });
  });

  it('TGI 3.3.5 (CUDA 12.4) runs natively', () => {
    expect(sagemakerHost('tgi', DEFAULT_ENGINE_VERSIONS.tgi).fit).toBe('native');
  });

  it('an engine version outside the table is a plan warning, not a silent guess', () => {
    const m = loadManifest('version: 1\ndefaults: { region: us-east-1 }\nmodels:\n  a:\n    model: Qwen/Qwen2.5-7B-Instruct\n    engine_version: "0.99.0"\n', { path: 'models.yaml', stackPrefix: 'emd' });
    const plan = buildPlan(m.specs, { known: true, stacks: [], regions: ['us-east-1'] }, { manifestPath: 'models.yaml', stackPrefix: 'emd', allowDestroy: false });
    expect(plan.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('CUDA version of vllm 0.99.0 is not in the project') })]));
  });
});

describe('the entrypoint sets up the compat libraries exactly when the host driver is older', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'emd-cuda-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const compat = path.join(dir, 'compat');
  mkdirSync(compat);
  writeFileSync(path.join(compat, 'libcuda.so.570.124.06'), '');
  symlinkSync('libcuda.so.570.124.06', path.join(compat, 'libcuda.so.1'));
  writeFileSync(path.join(dir, 'vllm'), '#!/usr/bin/env bash\nprintf "%s" "${LD_LIBRARY_PATH-}"\n');
  chmodSync(path.join(dir, 'vllm'), 0o755);

  const libraryPath = (driver: string) => {
    const version = path.join(dir, `version-${driver}`);
    writeFileSync(version, `NVRM version: NVIDIA UNIX x86_64 Kernel Module  ${driver}  Tue Oct  8 00:00:00 UTC 2024\nGCC version:  gcc version 10.5.0\n`);
    const run = spawnSync('bash', [path.join(ROOT, 'buildspecs/images/entrypoint.sh')], {
      env: { PATH: `${dir}:${process.env.PATH}`, EMD_ENGINE: 'vllm', EMD_CUDA_COMPAT_DIR: compat, EMD_NVIDIA_VERSION_FILE: version, LD_LIBRARY_PATH: '/usr/lib/x' },
      encoding: 'utf8'
    });
    expect(run.status).toBe(0);
    return run.stdout;
  };

  it('driver 550 (the SageMaker host) below the image compat package 570: compat first on the library path', () => {
    expect(libraryPath('550.127.05')).toBe(`${compat}:/usr/lib/x`);
  });

  it('driver 580 (newer than the package): left alone', () => {
    expect(libraryPath('580.65.06')).toBe('/usr/lib/x');
  });
});

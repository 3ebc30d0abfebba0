import * as core from '@actions/core';

export async function run(): Promise<void> {
  core.setFailed('emd-action: not built yet');
}

// The action's entry: read inputs and the event once, pick the mode, run it, and fail the step
// in exactly one place.
import * as core from '@actions/core';
import { readInputs, type Mode } from './inputs.js';
import { readRunContext, type RunContext } from './github/context.js';
import { planAction } from './action/plan.js';
import { bootstrapAction } from './action/bootstrap.js';
import { teardownAction } from './action/teardown.js';
import { applyAction } from './action/apply.js';
import { previewAction } from './action/preview.js';

export function resolveMode(mode: Mode, ctx: RunContext): Exclude<Mode, 'auto'> {
  if (mode !== 'auto') return mode;
  switch (ctx.eventName) {
    case 'issue_comment':
      return 'preview';
    case 'pull_request':
      // Closing (or merging) a pull request removes its previews; there is nothing left to plan.
      return ctx.payload.action === 'closed' ? 'preview' : 'plan';
    case 'pull_request_target':
    case 'merge_group':
      return 'plan';
    case 'push':
      return ctx.defaultBranch && ctx.ref === `refs/heads/${ctx.defaultBranch}` ? 'apply' : 'plan';
    case 'schedule':
    case 'workflow_dispatch':
      return 'teardown';
    default:
      return 'plan';
  }
}

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const ctx = readRunContext();
    const mode = resolveMode(inputs.mode, ctx);
    core.info(`emd-action: mode ${mode}${inputs.mode === 'auto' ? ` (auto, event ${ctx.eventName})` : ''}`);
    let failed: string | undefined;
    switch (mode) {
      case 'plan':
        failed = (await planAction(inputs, ctx)).failed;
        break;
      case 'apply':
        failed = (await applyAction(inputs, ctx)).failed;
        break;
      case 'teardown':
        failed = (await teardownAction(inputs, ctx)).failed;
        break;
      case 'bootstrap':
        failed = (await bootstrapAction(inputs, ctx)).failed;
        break;
      case 'preview':
        failed = (await previewAction(inputs, ctx)).failed;
        break;
    }
    if (failed) core.setFailed(failed);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

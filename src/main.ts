// The action's entry: read inputs and the event once, pick the mode, run it, and fail the step
// in exactly one place. Each mode is loaded when it is picked (`await import`), so a plan does not
// parse the pipeline, registry, OpenAI and archive code that only apply, preview and bootstrap use.
import * as core from '@actions/core';
import { readInputs, type ActionInputs, type Mode } from './inputs.js';
import { readRunContext, type RunContext } from './github/context.js';

type ModeAction = (inputs: ActionInputs, ctx: RunContext) => Promise<{ failed?: string }>;

const MODES: Record<Exclude<Mode, 'auto'>, () => Promise<ModeAction>> = {
  plan: async () => (await import('./action/plan.js')).planAction,
  apply: async () => (await import('./action/apply.js')).applyAction,
  teardown: async () => (await import('./action/teardown.js')).teardownAction,
  bootstrap: async () => (await import('./action/bootstrap.js')).bootstrapAction,
  preview: async () => (await import('./action/preview.js')).previewAction
};

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
    const action = await MODES[mode]();
    const { failed } = await action(inputs, ctx);
    if (failed) core.setFailed(failed);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

// How `mode: plan` reports findings on the runner. GitHub shows only ten warning (and ten error)
// annotations per step, so findings are grouped: one annotation per deployment, its most severe
// finding first, at the manifest line of that deployment; what does not fit is listed in the job
// summary. The whole plan goes to a file (`plan-file`); the `plan` output is bounded.
import * as core from '@actions/core';
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plan } from '../core/plan.js';
import { attentionItems, groupPerDeployment, type AttentionItem } from '../core/render/attention.js';
import { text } from '../core/render/format.js';
import { planJson, planJsonPieces, PLAN_OUTPUT_LIMIT, truncatedPlanJson } from '../core/plan-json.js';
import { TextUpTo } from '../core/text-up-to.js';

/** GitHub displays this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

type Position = { line?: number; column?: number; endLine?: number; endColumn?: number };

/** Annotates the grouped findings; returns the ones left over for the summary. */
export function annotatePlan(plan: Plan, failures: string[], positions: Record<string, Position>, file: string): AttentionItem[] {
  const grouped = groupPerDeployment(attentionItems(plan, failures));
  const left: AttentionItem[] = [];
  const used = { error: 0, warning: 0 };
  for (const item of grouped) {
    const level = item.diagnostic?.severity === 'error' ? 'error' : 'warning';
    if (used[level] >= ANNOTATIONS_PER_LEVEL) {
      left.push(item);
      continue;
    }
    used[level]++;
    const d = item.diagnostic;
    const pos = d?.line !== undefined ? { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn } : item.deployment ? positions[item.deployment] : undefined;
    const props: core.AnnotationProperties = {
      title: `emd-action: ${item.topic}${item.deployment ? ` · ${item.deployment}` : ''}`,
      file: d?.file ?? file,
      startLine: pos?.line,
      endLine: pos?.endLine
    };
    const message = item.full ?? item.message;
    if (level === 'error') core.error(message, props);
    else core.warning(message, props);
  }
  return left;
}

/** Markdown for the job summary: the findings that did not become annotations. */
export function leftoverMarkdown(left: AttentionItem[]): string {
  if (!left.length) return '';
  const lines = [`#### ${left.length} more finding${left.length === 1 ? '' : 's'} (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each kind per step)`, ''];
  for (const i of left) lines.push(`- **${i.topic}**${i.deployment ? ` \`${i.deployment}\`` : ''}: ${text(i.full ?? i.message)}`);
  return lines.join('\n');
}

/**
 * Writes the whole plan as JSON under RUNNER_TEMP (or the OS temp dir). The file is compact (one
 * line, `jq .` pretty-prints it): it is read by scripts, and a 1,000-deployment plan is megabytes,
 * so it is written in pieces of about 16 KB and never held whole. Returns the path and the `plan`
 * output: the same JSON text when it is at most `limit` characters, else truncatedPlanJson.
 */
export function writePlanFile(plan: Plan, manifest: string, options: { dir?: string; limit?: number } = {}): { path: string; output: string } {
  const slug = manifest.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '');
  const target = path.join(options.dir ?? (process.env.RUNNER_TEMP || tmpdir()), 'emd-action', `plan-${slug || 'models'}.json`);
  mkdirSync(path.dirname(target), { recursive: true });
  const limit = options.limit ?? PLAN_OUTPUT_LIMIT;
  const kept = new TextUpTo(limit);
  const fd = openSync(target, 'w');
  try {
    // Batches stay small enough to be ordinary heap strings and write buffers, reused from one
    // batch to the next rather than fresh memory each time.
    let batch: string[] = [];
    let size = 0;
    for (const piece of planJsonPieces(plan)) {
      kept.add(piece);
      batch.push(piece);
      size += piece.length;
      if (size < 16_384) continue;
      writeSync(fd, batch.join(''));
      batch = [];
      size = 0;
    }
    batch.push('\n');
    writeSync(fd, batch.join(''));
  } finally {
    closeSync(fd);
  }
  return { path: target, output: kept.text() ?? truncatedPlanJson(plan, limit) };
}

export { planJson, planJsonPieces, truncatedPlanJson };

// What a reviewer must see before the table: one list per severity, grouped per deployment and
// most severe first. The PR comment shows it as GitHub alert blocks, the terminal as lines, and the
// action turns the same list into at most one annotation per deployment (GitHub shows only ten).
//
// - caution: something stops working or costs more than allowed: downtime (replace), deletes,
//   budget breaches, deployments that will not start (no GPU fit, other plan errors), stacks that
//   need a person.
// - warning: something does not happen or may go wrong: held-back changes (allow-destroy off,
//   protect), stacks that are busy, tight or unknown fit, gated models, live state not read.
// Blocked kinds this file does not know yet are warnings that quote their reason.
import type { Plan, PlanEntry } from '../plan.js';
import type { Diagnostic } from '../types.js';

export type AttentionLevel = 'caution' | 'warning';

export interface AttentionItem {
  level: AttentionLevel;
  /** Short label, e.g. `Downtime`, `Deleted`, `Will not start`. */
  topic: string;
  /** The deployment it concerns; undefined for plan-wide items (budgets, live state). */
  deployment?: string;
  /** One plain-text sentence (not escaped: each renderer escapes for its medium). */
  message: string;
  /** The message with its working-out, where `message` was shortened (terminal, annotations). */
  full?: string;
  /** The diagnostic it came from, for annotations that point at the manifest. */
  diagnostic?: Diagnostic;
}

/** Topics in the order they are shown; a lower number is more severe. */
const TOPIC_ORDER = ['Budget', 'Will not start', 'Stack needs a fix', 'Not ours', 'Downtime', 'Deleted', 'Check fails', 'Live state not read', 'Held back', 'Waits', 'Orphan', 'GPU fit', 'Gated model', 'Warning'];

function topicRank(topic: string): number {
  const i = TOPIC_ORDER.indexOf(topic);
  return i === -1 ? TOPIC_ORDER.length : i;
}

/** A message without its parenthesised working-out: the alert says what, the details say how. */
export function brief(message: string): string {
  let out = message;
  for (let i = 0; i < 3; i++) out = out.replace(/ \([^()]*\)/g, '');
  return out;
}

/** The deployment's name is said by the renderer; drop a leading `name: ` from messages. */
function withoutName(message: string, name: string | undefined): string {
  return name && message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
}

export function attentionItems(plan: Plan, failures: string[] = []): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const f of failures) items.push({ level: 'caution', topic: 'Budget', message: f });
  if (!plan.live.known && !plan.baseline) {
    items.push({
      level: 'warning',
      topic: 'Live state not read',
      message: `${plan.live.reason}. Nothing is assumed about what runs: the table shows what the manifest asks for, and deletes cannot be seen.`
    });
  }
  for (const d of plan.diagnostics) {
    if (d.severity === 'notice') continue;
    const entry = d.deployment ? plan.entries.find((e) => e.name === d.deployment) : undefined;
    const fitMessage = entry?.fit && d.message.endsWith(entry.fit.message);
    const topic = d.severity === 'error' ? (d.deployment ? 'Will not start' : 'Check fails') : fitMessage ? 'GPU fit' : /gated model/.test(d.message) ? 'Gated model' : 'Warning';
    items.push({ level: d.severity === 'error' ? 'caution' : 'warning', topic, deployment: d.deployment, message: brief(withoutName(d.message, d.deployment)), full: withoutName(d.message, d.deployment), diagnostic: d });
  }
  for (const e of plan.entries) items.push(...entryItems(e));
  return items.sort((a, b) => levelRank(a.level) - levelRank(b.level) || topicRank(a.topic) - topicRank(b.topic));
}

function levelRank(level: AttentionLevel): number {
  return level === 'caution' ? 0 : 1;
}

function entryItems(e: PlanEntry): AttentionItem[] {
  const out: AttentionItem[] = [];
  const at = { deployment: e.name };
  const b = e.blocked;
  if (b?.kind === 'failed') {
    const full = `${b.reason}${b.fix ? `; fix: ${b.fix}` : ''}`;
    out.push({ level: 'caution', topic: 'Stack needs a fix', ...at, message: brief(full), full });
  } else if (b?.kind === 'busy') {
    out.push({ level: 'warning', topic: 'Waits', ...at, message: b.reason });
  } else if (b?.kind === 'not-ours') {
    out.push({ level: 'caution', topic: 'Not ours', ...at, message: `${b.reason}${b.fix ? `; ${b.fix}` : ''}` });
  } else if (b) {
    out.push({ level: 'warning', topic: 'Held back', ...at, message: `${e.action}: ${b.reason}` });
  }
  const goesThrough = !b || b.kind === 'busy';
  if (e.action === 'replace' && goesThrough) {
    out.push({ level: 'caution', topic: 'Downtime', ...at, message: e.downtime ?? 'the stack is deleted and created again' });
  }
  if (e.action === 'delete' && goesThrough) {
    out.push({ level: 'caution', topic: 'Deleted', ...at, message: `its stack ${e.stackName} in ${e.region} is deleted and the endpoint stops answering` });
  }
  return out;
}

/**
 * At most one item per deployment (its most severe, the others counted in it), then one per plan-
 * wide topic: what the action annotates, since GitHub shows ten warning annotations per step.
 */
export function groupPerDeployment(items: AttentionItem[]): AttentionItem[] {
  const seen = new Map<string, { item: AttentionItem; more: number }>();
  const out: { item: AttentionItem; more: number }[] = [];
  for (const item of items) {
    const key = item.deployment ?? `plan:${item.topic}:${item.message}`;
    const existing = seen.get(key);
    if (existing) {
      existing.more += 1;
      continue;
    }
    const slot = { item, more: 0 };
    seen.set(key, slot);
    out.push(slot);
  }
  const suffix = (more: number) => ` (+${more} more finding${more === 1 ? '' : 's'} in the plan)`;
  return out.map(({ item, more }) => (more ? { ...item, message: item.message + suffix(more), ...(item.full ? { full: item.full + suffix(more) } : {}) } : item));
}

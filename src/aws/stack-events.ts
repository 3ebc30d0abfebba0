// Following a CloudFormation operation: new stack events as they come (oldest first, each once),
// terminal statuses, and the events that explain a failure.
import { DescribeStackEventsCommand, type CloudFormationClient, type StackEvent } from '@aws-sdk/client-cloudformation';

/** Events of earlier operations can carry timestamps a little ahead of our clock. */
const CLOCK_SKEW_MS = 5_000;

export class StackEventTail {
  private readonly seen = new Set<string>();
  /** Newest event of earlier operations: everything from it on (going back in time) is old. */
  private boundary?: string;

  constructor(
    private readonly cfn: CloudFormationClient,
    private readonly stackName: string,
    private readonly since: Date
  ) {}

  /** Remembers the newest existing event, so events of earlier operations are never reported. */
  async prime(): Promise<void> {
    try {
      const page = await this.cfn.send(new DescribeStackEventsCommand({ StackName: this.stackName }));
      this.boundary = page.StackEvents?.[0]?.EventId;
    } catch {
      this.boundary = undefined; // no stack yet: every event is new
    }
  }

  /** Events not reported before, oldest first. Stops paging at the first old event. */
  async poll(): Promise<StackEvent[]> {
    const fresh: StackEvent[] = [];
    let token: string | undefined;
    const cutoff = this.since.getTime() - CLOCK_SKEW_MS;
    pages: do {
      const page = await this.cfn.send(new DescribeStackEventsCommand({ StackName: this.stackName, NextToken: token }));
      for (const e of page.StackEvents ?? []) {
        const id = e.EventId ?? `${e.LogicalResourceId}:${e.ResourceStatus}:${e.Timestamp?.toISOString()}`;
        if (id === this.boundary || this.seen.has(id)) break pages;
        if (e.Timestamp && e.Timestamp.getTime() < cutoff) break pages;
        fresh.push(e);
      }
      token = page.NextToken;
    } while (token);
    for (const e of fresh) this.seen.add(e.EventId ?? `${e.LogicalResourceId}:${e.ResourceStatus}:${e.Timestamp?.toISOString()}`);
    return fresh.reverse();
  }
}

export function isInProgress(status: string | undefined): boolean {
  return !!status && status.endsWith('_IN_PROGRESS');
}

export function isSuccess(status: string | undefined): boolean {
  return status === 'CREATE_COMPLETE' || status === 'UPDATE_COMPLETE' || status === 'IMPORT_COMPLETE';
}

export function formatEvent(e: StackEvent): string {
  const time = e.Timestamp ? e.Timestamp.toISOString().slice(11, 19) : '--:--:--';
  const reason = e.ResourceStatusReason ? ` ${e.ResourceStatusReason}` : '';
  return `${time} ${e.ResourceStatus ?? ''} ${e.ResourceType ?? ''} ${e.LogicalResourceId ?? ''}${reason}`;
}

export interface FailureEvent {
  logicalId: string;
  resourceType: string;
  status: string;
  reason: string;
  timestamp?: Date;
}

const CANCELLED = /cancelled|canceled/i;

/**
 * The events that explain a failed operation, earliest first: failed resources whose reason is
 * not merely "Resource creation cancelled" (that follows the real cause). At most `limit`.
 */
export function firstFailures(events: StackEvent[], limit = 3): FailureEvent[] {
  const failed = events.filter((e) => e.ResourceStatus?.endsWith('_FAILED'));
  const causes = failed.filter((e) => !CANCELLED.test(e.ResourceStatusReason ?? ''));
  return (causes.length > 0 ? causes : failed).slice(0, limit).map((e) => ({
    logicalId: e.LogicalResourceId ?? '',
    resourceType: e.ResourceType ?? '',
    status: e.ResourceStatus ?? '',
    reason: e.ResourceStatusReason ?? '',
    timestamp: e.Timestamp
  }));
}

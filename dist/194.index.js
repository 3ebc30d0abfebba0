export const id = 194;
export const ids = [194,542];
export const modules = {

/***/ 6542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAction: () => (/* binding */ planAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/action/manifest-file.ts + 1 modules
var manifest_file = __webpack_require__(4947);
// EXTERNAL MODULE: ./src/modes/plan.ts
var plan = __webpack_require__(2317);
// EXTERNAL MODULE: ./src/core/render/markdown.ts
var markdown = __webpack_require__(96);
// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/render/attention.ts
var attention = __webpack_require__(322);
// EXTERNAL MODULE: ./src/core/render/format.ts
var format = __webpack_require__(9649);
;// CONCATENATED MODULE: ./src/core/plan-json.ts
const PLAN_JSON_VERSION = 1;
function planJson(plan) {
    return roundMoneyFields({ ...planHead(plan), entries: plan.entries.map(entryJson), diagnostics: plan.diagnostics });
}
/**
 * The same JSON text as `JSON.stringify(planJson(plan))`, as pieces in order: the fields before
 * `entries`, each entry (from the second on with its leading comma), then the rest. A
 * 1,000-deployment plan is megabytes of JSON; written piece by piece it is never held whole, and
 * on the runner every megabyte held at once is memory the process must first be given.
 */
function* planJsonPieces(plan) {
    const head = JSON.stringify(roundMoneyFields(planHead(plan)));
    yield `${head.slice(0, -1)},"entries":[`;
    for (let i = 0; i < plan.entries.length; i++)
        yield `${i ? ',' : ''}${JSON.stringify(roundMoneyFields(entryJson(plan.entries[i])))}`;
    yield `],"diagnostics":${JSON.stringify(roundMoneyFields(plan.diagnostics))}}`;
}
function planHead(plan) {
    return {
        version: PLAN_JSON_VERSION,
        manifest: plan.manifest,
        stackPrefix: plan.stackPrefix,
        live: plan.live,
        ...(plan.baseline ? { baseline: plan.baseline } : {}),
        ...(plan.recordedRegions ? { recordedRegions: plan.recordedRegions } : {}),
        hasChanges: plan.hasChanges,
        counts: plan.counts,
        totals: plan.totals
    };
}
function entryJson(e) {
    return {
        name: e.name,
        action: e.action,
        blocked: e.blocked,
        stackName: e.stackName,
        region: e.region,
        status: e.live?.status,
        lifecycle: e.lifecycle,
        changes: e.changes,
        downtime: e.downtime,
        notes: e.notes,
        fit: e.fit,
        cost: e.cost,
        liveCost: e.liveCost,
        desired: e.desired
    };
}
/** Monthly figures (keys starting `monthly`) to cents; hourly figures and unit prices (`usd`) to 4 decimals; hours to 0.1. */
const MONEY_KEY = /^(monthly|hourly|usd$|hours$|hoursPerMonth$)/;
function roundMoneyFields(value, key = '') {
    if (typeof value === 'number') {
        if (!MONEY_KEY.test(key) || !Number.isFinite(value))
            return value;
        const f = key.startsWith('monthly') ? 100 : key.startsWith('hours') ? 10 : 10_000;
        return Math.round(value * f) / f;
    }
    if (Array.isArray(value))
        return value.map((v) => roundMoneyFields(v, key));
    if (value && typeof value === 'object' && !(value instanceof Date)) {
        // A plain loop, not entries/fromEntries: a 1,000-deployment plan passes here ~10^5 times.
        const out = {};
        for (const k of Object.keys(value)) {
            const v = value[k];
            // The deployment spec holds manifest values, not money: leave it as written.
            out[k] = k === 'desired' || k === 'old' || k === 'new' ? v : roundMoneyFields(v, k);
        }
        return out;
    }
    return value;
}
/** The `plan` step output stays under this many characters; the whole plan is in `plan-file`. */
const PLAN_OUTPUT_LIMIT = 250_000;
/**
 * The `plan` output of a plan whose whole JSON is over `limit` characters: each entry cut to name,
 * action, blocked kind, region and monthly cost (`"truncated": "entries"`); else only the entries
 * that change (`"truncated": "unchanged-entries"`); else counts and totals only.
 */
function truncatedPlanJson(plan, limit = PLAN_OUTPUT_LIMIT) {
    const base = planJson({ ...plan, entries: [] });
    const brief = (e) => roundMoneyFields({
        name: e.name,
        action: e.action,
        ...(e.blocked ? { blocked: e.blocked.kind } : {}),
        region: e.region,
        monthlyMin: e.cost?.monthlyMin ?? null,
        monthlyMax: e.cost?.monthlyMax ?? null
    });
    const attempts = [
        ['entries', plan.entries],
        ['unchanged-entries', plan.entries.filter((e) => e.action !== 'unchanged' || e.blocked)]
    ];
    for (const [truncated, entries] of attempts) {
        const text = JSON.stringify({ ...base, truncated, entries: entries.map(brief), diagnostics: plan.diagnostics.slice(0, 50) });
        if (text.length <= limit)
            return text;
    }
    return JSON.stringify({ ...base, truncated: 'all-entries', entries: [], diagnostics: plan.diagnostics.slice(0, 50) });
}

// EXTERNAL MODULE: ./src/core/text-up-to.ts
var text_up_to = __webpack_require__(1072);
;// CONCATENATED MODULE: ./src/action/plan-report.ts
// How `mode: plan` reports findings on the runner. GitHub shows only ten warning (and ten error)
// annotations per step, so findings are grouped: one annotation per deployment, its most severe
// finding first, at the manifest line of that deployment; what does not fit is listed in the job
// summary. The whole plan goes to a file (`plan-file`); the `plan` output is bounded.








/** GitHub displays this many annotations of each level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Annotates the grouped findings; returns the ones left over for the summary. */
function annotatePlan(plan, failures, positions, file) {
    const grouped = (0,attention/* groupPerDeployment */.Se)((0,attention/* attentionItems */.pF)(plan, failures));
    const left = [];
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
        const props = {
            title: `emd-action: ${item.topic}${item.deployment ? ` \u00b7 ${item.deployment}` : ''}`,
            file: d?.file ?? file,
            startLine: pos?.line,
            endLine: pos?.endLine
        };
        const message = item.full ?? item.message;
        if (level === 'error')
            core/* error */.z3(message, props);
        else
            core/* warning */.$e(message, props);
    }
    return left;
}
/** Markdown for the job summary: the findings that did not become annotations. */
function leftoverMarkdown(left) {
    if (!left.length)
        return '';
    const lines = [`#### ${left.length} more finding${left.length === 1 ? '' : 's'} (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each kind per step)`, ''];
    for (const i of left)
        lines.push(`- **${i.topic}**${i.deployment ? ` \`${i.deployment}\`` : ''}: ${(0,format/* text */.Qq)(i.full ?? i.message)}`);
    return lines.join('\n');
}
/**
 * Writes the whole plan as JSON under RUNNER_TEMP (or the OS temp dir). The file is compact (one
 * line, `jq .` pretty-prints it): it is read by scripts, and a 1,000-deployment plan is megabytes,
 * so it is written in pieces of about 16 KB and never held whole. Returns the path and the `plan`
 * output: the same JSON text when it is at most `limit` characters, else truncatedPlanJson.
 */
function writePlanFile(plan, manifest, options = {}) {
    const slug = manifest.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+/, '');
    const target = external_node_path_default().join(options.dir ?? (process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()), 'emd-action', `plan-${slug || 'models'}.json`);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
    const limit = options.limit ?? PLAN_OUTPUT_LIMIT;
    const kept = new text_up_to/* TextUpTo */.G(limit);
    const fd = (0,external_node_fs_.openSync)(target, 'w');
    try {
        // Batches stay small enough to be ordinary heap strings and write buffers, reused from one
        // batch to the next rather than fresh memory each time.
        let batch = [];
        let size = 0;
        for (const piece of planJsonPieces(plan)) {
            kept.add(piece);
            batch.push(piece);
            size += piece.length;
            if (size < 16_384)
                continue;
            (0,external_node_fs_.writeSync)(fd, batch.join(''));
            batch = [];
            size = 0;
        }
        batch.push('\n');
        (0,external_node_fs_.writeSync)(fd, batch.join(''));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return { path: target, output: kept.text() ?? truncatedPlanJson(plan, limit) };
}


// EXTERNAL MODULE: ./src/action/docs-url.ts
var docs_url = __webpack_require__(3639);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var github_client = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
;// CONCATENATED MODULE: ./src/github/contents.ts
/** The file's text, or undefined when it does not exist at that commit (404). */
async function readFileAtRef(octokit, o) {
    try {
        const { data } = await octokit.rest.repos.getContent({ owner: o.owner, repo: o.repo, path: o.path, ref: o.ref });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${o.path} at ${o.ref} is not a file`);
        if (!('content' in data) || data.encoding !== 'base64')
            throw new Error(`${o.path} at ${o.ref} is too large for the contents API`);
        return Buffer.from(data.content, 'base64').toString('utf8');
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/action/plan.ts
// `mode: plan` on the runner: the shared plan path plus its reporting (annotations, job summary,
// sticky comment, step outputs). Fails the step in one place when the plan fails its checks.











/** `content`: the manifest when it does not come from the workspace (`/emd plan` reads the pull request's head). */
async function planAction(inputs, ctx, content) {
    content ??= await (0,manifest_file/* readManifest */.W)(inputs.manifest);
    // Who the sticky comment is written as is asked while the plan is made, not after it: one GitHub
    // round trip off the path to the comment. A failure here is left to the upsert, which asks again.
    const commenting = inputs.comment && ctx.pullRequest && inputs.githubToken ? (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W }) : undefined;
    const author = commenting ? (0,sticky_comment/* commentAuthor */.H3)(commenting).catch(() => undefined) : undefined;
    const fork = ctx.pullRequest?.isFork === true;
    const outcome = await core/* group */.Os('Plan', () => (0,plan/* runPlan */.F)({
        manifestPath: inputs.manifest,
        content,
        stackPrefix: inputs.stackPrefix,
        allowDestroy: inputs.allowDestroy,
        defaultRegion: inputs.awsRegion,
        clients: fork ? undefined : new clients/* AwsClients */.c(),
        offlineReason: fork ? 'this pull request comes from a fork, which gets no AWS credentials' : undefined,
        base: baseManifest(inputs, ctx),
        maxMonthlyIncrease: inputs.maxMonthlyIncrease,
        maxMonthlyTotal: inputs.maxMonthlyTotal
    }));
    (0,core_logger/* annotate */.f)(outcome.manifest.diagnostics);
    const docs = (0,docs_url/* actionDocsUrl */.P)();
    // The manifest's own warnings (an opt-in such as allow_remote_code, a secret the build may not
    // read) belong in the comment too, not only in the annotations.
    const shown = outcome.plan ? withManifestWarnings(outcome.plan, outcome.manifest.diagnostics) : undefined;
    const quotas = outcome.quotas?.map((q) => (q.status === 'ok' ? `within ${q.message}` : q.message));
    const base = { runUrl: ctx.runUrl, priceNote: outcome.priceNote, failures: outcome.failures, ...(docs ? { sourcesUrl: `${docs}#prices` } : {}), ...(quotas ? { quotas } : {}) };
    // The comment and the job summary share each deployment's text.
    const renderPlan = shown ? (0,markdown/* planRenderer */.BS)(shown) : undefined;
    const render = (maxLength) => renderPlan ? renderPlan({ ...base, maxLength }) : (0,markdown/* renderInvalidManifestMarkdown */._m)(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength });
    // The comment goes out first, so its GitHub round trips overlap the summary and plan file below.
    // A held-back delete or a protected replace changes nothing yet, but reviewers should see it.
    const worthAComment = outcome.plan ? outcome.plan.hasChanges || outcome.plan.entries.some((e) => e.blocked && e.blocked.kind !== 'busy') : true;
    const commented = inputs.comment && ctx.pullRequest ? postComment(inputs, ctx, render, worthAComment, commenting, author) : undefined;
    // Awaited below; until then a failure must not count as an unhandled rejection.
    commented?.catch(() => undefined);
    if (outcome.plan && renderPlan) {
        const p = outcome.plan;
        // One annotation per deployment, most severe first; the rest go to the summary.
        const left = annotatePlan(p, outcome.failures, outcome.manifest.entryPositions, inputs.manifest);
        // The summary has room for the full plan even when the comment had to be shortened.
        const summary = renderPlan({ ...base, maxLength: 900_000, alertLines: Number.POSITIVE_INFINITY });
        await core/* summary */.z.addRaw([summary, leftoverMarkdown(left)].filter(Boolean).join('\n\n'), true).write();
        // One JSON text for both: the file holds all of it, the output as much as fits.
        const file = writePlanFile(p, inputs.manifest);
        core/* setOutput */.uH('plan-file', file.path);
        core/* setOutput */.uH('plan', file.output);
        core/* setOutput */.uH('has-changes', String(p.hasChanges));
        core/* setOutput */.uH('monthly-cost', p.totals.monthlyAfter === null ? '' : p.totals.monthlyAfter.toFixed(2));
        core/* setOutput */.uH('monthly-cost-delta', p.totals.monthlyDelta === null || !(p.live.known || p.baseline) ? '' : p.totals.monthlyDelta.toFixed(2));
    }
    else {
        await core/* summary */.z.addRaw((0,markdown/* renderInvalidManifestMarkdown */._m)(inputs.manifest, outcome.manifest.diagnostics, { runUrl: ctx.runUrl, maxLength: 900_000 }), true).write();
        core/* setOutput */.uH('has-changes', 'false');
    }
    const result = { outcome };
    if (commented)
        result.commentUrl = await commented;
    core/* setOutput */.uH('comment-url', result.commentUrl ?? '');
    if (!outcome.manifest.valid) {
        const count = outcome.manifest.diagnostics.filter((d) => d.severity === 'error').length;
        result.failed = `${inputs.manifest} is invalid: ${count} error${count === 1 ? '' : 's'} (see the annotations)`;
    }
    else if (!outcome.ok) {
        const reasons = [...outcome.failures, ...(outcome.plan?.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message) ?? [])];
        result.failed = `The plan fails its checks:\n- ${reasons.join('\n- ')}`;
    }
    return result;
}
/**
 * The base branch's manifest at the pull request's base commit, read through the API (a pull
 * request checkout is often shallow). Used only when live stacks cannot be read.
 */
function baseManifest(inputs, ctx) {
    const pr = ctx.pullRequest;
    const sha = pr?.baseSha;
    if (!pr || !inputs.githubToken || !sha)
        return undefined;
    return async () => {
        const octokit = (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
        const content = await readFileAtRef(octokit, { owner: ctx.owner, repo: ctx.repo, path: inputs.manifest, ref: sha });
        return { content, source: `${pr.baseRef || 'base'} at ${sha.slice(0, 12)}` };
    };
}
async function postComment(inputs, ctx, render, hasChanges, client, authorLookup) {
    if (!inputs.githubToken) {
        core/* warning */.$e('No github-token: the plan is in the job summary only.');
        return undefined;
    }
    const author = await authorLookup;
    const octokit = client ?? (0,github_client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
    const upsert = (body) => (0,sticky_comment/* upsertStickyComment */.qD)({
        octokit,
        ...(author ? { author } : {}),
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: ctx.pullRequest.number,
        marker: `emd-action:plan:${inputs.manifest}`,
        body,
        hasChanges,
        log: { info: core/* info */.pq, debug: core/* debug */.Yz }
    });
    try {
        let result;
        try {
            result = await upsert(render());
        }
        catch (error) {
            // GitHub named a smaller limit than the renderer assumed: render once more to fit it.
            if (!(error instanceof sticky_comment/* CommentTooLongError */.gz) || error.limit >= markdown/* DEFAULT_BUDGET */.su)
                throw error;
            core/* warning */.$e(`GitHub refused the comment as too long (limit ${error.limit}); posting a shorter one, the full plan is in the job summary.`);
            result = await upsert(render(Math.max(error.limit - 200, 0)));
        }
        core/* info */.pq(`Pull request comment ${result.action}: ${result.reason}`);
        return result.url;
    }
    catch (error) {
        const status = error.status;
        if ((status === 403 || status === 404) && ctx.pullRequest?.isFork) {
            core/* warning */.$e('The token of a pull request from a fork cannot comment; the plan is in the job summary.');
            return undefined;
        }
        throw error;
    }
}
function withManifestWarnings(plan, diagnostics) {
    const warnings = diagnostics.filter((d) => d.severity === 'warning');
    return warnings.length ? { ...plan, diagnostics: [...warnings, ...plan.diagnostics] } : plan;
}


/***/ }),

/***/ 8194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  previewAction: () => (/* binding */ previewAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/smoke.ts
var smoke = __webpack_require__(2268);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/github/preview.ts
var preview = __webpack_require__(1655);
// EXTERNAL MODULE: ./src/core/commands.ts
var commands = __webpack_require__(485);
// EXTERNAL MODULE: ./src/core/render/preview-markdown.ts
var preview_markdown = __webpack_require__(7508);
// EXTERNAL MODULE: ./src/modes/apply.ts + 1 modules
var apply = __webpack_require__(3129);
// EXTERNAL MODULE: ./src/modes/preview.ts + 1 modules
var modes_preview = __webpack_require__(1662);
// EXTERNAL MODULE: ./node_modules/openai/index.mjs + 152 modules
var openai = __webpack_require__(3674);
;// CONCATENATED MODULE: ./src/core/bench.ts
// The figures of a short benchmark, from what each streamed request measured. Pure, so the numbers
// a pull request shows can be checked against known inputs.
//
// - Time to first token: p50 and p90 over the successful requests (nearest-rank percentiles: a
//   reported value is one that was measured).
// - Output tokens per second, per request: the decode rate after the first token,
//   (tokens - 1) / (last token - first token), the speed a user watching one answer sees (the
//   stream's closing chunks are not decoding). Median over requests.
// - Throughput: all output tokens / wall-clock time of the run, at the run's concurrency. This is
//   what the instance produces while it is billed, so it is what the price is divided by:
//   $ per 1M output tokens = hourly price / (throughput \u00d7 3600) \u00d7 1e6.
//   That is a price at the measured concurrency; a busier endpoint does better.
/** Nearest-rank percentile (p in 0..100) of unsorted values; null for none. */
function percentile(values, p) {
    if (!values.length)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
}
function decodeRate(s) {
    if (!s.ok || s.outputTokens === undefined || s.ttftMs === undefined || s.totalMs === undefined)
        return undefined;
    const decodeMs = (s.lastTokenMs ?? s.totalMs) - s.ttftMs;
    if (s.outputTokens < 2 || decodeMs <= 0)
        return undefined;
    return ((s.outputTokens - 1) * 1000) / decodeMs;
}
function usdPerMillionTokens(hourlyUsd, tokensPerSecond) {
    if (hourlyUsd === null || tokensPerSecond === null || tokensPerSecond <= 0)
        return null;
    return (hourlyUsd / (tokensPerSecond * 3600)) * 1_000_000;
}
function benchFigures(samples, o) {
    const ok = samples.filter((s) => s.ok);
    const ttfts = ok.map((s) => s.ttftMs).filter((v) => v !== undefined);
    const rates = ok.map(decodeRate).filter((v) => v !== undefined);
    const outputTokens = ok.reduce((sum, s) => sum + (s.outputTokens ?? 0), 0);
    const throughput = o.wallMs > 0 && outputTokens > 0 ? (outputTokens * 1000) / o.wallMs : null;
    return {
        requests: samples.length,
        succeeded: ok.length,
        failed: samples.length - ok.length,
        concurrency: o.concurrency,
        wallMs: o.wallMs,
        ttftP50Ms: percentile(ttfts, 50),
        ttftP90Ms: percentile(ttfts, 90),
        tokensPerSecond: percentile(rates, 50),
        throughput,
        outputTokens,
        hourlyUsd: o.hourlyUsd,
        usdPer1MOutputTokens: usdPerMillionTokens(o.hourlyUsd, throughput),
        errors: [...new Set(samples.filter((s) => !s.ok && s.error).map((s) => s.error))].slice(0, 3)
    };
}

;// CONCATENATED MODULE: ./src/runner/benchmark.ts
// A short, bounded benchmark from the runner against an OpenAI-compatible endpoint, through the
// official client: `requests` streamed chat completions, `concurrency` at a time, stopped after
// `seconds` whatever is left. Each request records what core/bench.ts turns into figures. The key
// is passed in (already masked by the caller) and never logged or returned.


const BENCH_PROMPT = 'Write a short paragraph about the history of the printing press.';
async function runBenchmark(target, settings, o = {}) {
    const clock = o.clock ?? (() => performance.now());
    const deadline = AbortSignal.timeout(settings.seconds * 1000);
    const signal = o.signal ? AbortSignal.any([o.signal, deadline]) : deadline;
    const client = new openai/* default */.Ay({ apiKey: target.apiKey, baseURL: target.baseUrl, timeout: settings.seconds * 1000, maxRetries: 0, logLevel: 'off' });
    const samples = [];
    let next = 0;
    // One short request first, not counted: a cold connection (and a cold client) is not the endpoint's speed.
    await client.chat.completions
        .create({ model: target.model, messages: [{ role: 'user', content: 'Hi' }], max_tokens: 1, stream: false }, { signal })
        .catch(() => undefined);
    const started = clock();
    const one = async () => {
        const t0 = clock();
        let ttftMs;
        let lastTokenMs;
        let chunks = 0;
        let usageTokens;
        try {
            const stream = await client.chat.completions.create({
                model: target.model,
                messages: [{ role: 'user', content: BENCH_PROMPT }],
                max_tokens: settings.maxTokens,
                temperature: 0,
                stream: true,
                stream_options: { include_usage: true }
            }, { signal });
            for await (const chunk of stream) {
                if (chunk.usage?.completion_tokens !== undefined)
                    usageTokens = chunk.usage.completion_tokens;
                const text = chunk.choices?.[0]?.delta?.content ?? '';
                if (!text)
                    continue;
                chunks++;
                lastTokenMs = clock() - t0;
                ttftMs ??= lastTokenMs;
            }
            const totalMs = clock() - t0;
            // The client ends the stream quietly when the signal aborts it: a cut-off answer is no sample.
            if (signal.aborted)
                return { ok: false, totalMs, error: `cut off by the ${settings.seconds} s bound` };
            // Engines report usage when asked; without it each content chunk is one token, as vLLM and TGI stream them.
            const outputTokens = usageTokens ?? chunks;
            if (!outputTokens || ttftMs === undefined)
                return { ok: false, totalMs, error: 'the stream ended without any content' };
            return { ok: true, ttftMs, totalMs, lastTokenMs, outputTokens };
        }
        catch (error) {
            const status = error instanceof openai/* default.APIError */.Ay.APIError ? error.status : undefined;
            const message = signal.aborted ? `cut off by the ${settings.seconds} s bound` : (error?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 160);
            return { ok: false, totalMs: clock() - t0, error: status ? `HTTP ${status}: ${message}` : message };
        }
    };
    const worker = async () => {
        while (next < settings.requests && !signal.aborted) {
            next++;
            samples.push(await one());
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, settings.requests)) }, worker));
    return benchFigures(samples, { wallMs: clock() - started, concurrency: settings.concurrency, hourlyUsd: target.hourlyUsd });
}

// EXTERNAL MODULE: ./src/action/apply.ts + 2 modules
var action_apply = __webpack_require__(7467);
// EXTERNAL MODULE: ./src/action/plan.ts + 3 modules
var plan = __webpack_require__(6542);
// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/action/manifest-file.ts + 1 modules
var manifest_file = __webpack_require__(4947);
;// CONCATENATED MODULE: ./src/action/preview.ts
// `mode: preview` on the runner: the `/emd \u2026` commands of an issue_comment event on a pull request,
// and the removal of a pull request's previews when it is closed. The workflow runs this with the
// default branch's checkout; the pull request contributes its manifest, read through the API.















function withDefaults(i) {
    return {
        ...i,
        previewTtl: i.previewTtl ?? inputs/* PREVIEW_DEFAULTS */.mh.previewTtl,
        previewAllowForks: i.previewAllowForks ?? inputs/* PREVIEW_DEFAULTS */.mh.previewAllowForks,
        benchRequests: i.benchRequests ?? inputs/* PREVIEW_DEFAULTS */.mh.benchRequests,
        benchConcurrency: i.benchConcurrency ?? inputs/* PREVIEW_DEFAULTS */.mh.benchConcurrency,
        benchSeconds: i.benchSeconds ?? inputs/* PREVIEW_DEFAULTS */.mh.benchSeconds,
        benchMaxTokens: i.benchMaxTokens ?? inputs/* PREVIEW_DEFAULTS */.mh.benchMaxTokens
    };
}
function obj(v) {
    return v && typeof v === 'object' ? v : undefined;
}
async function previewAction(given, ctx, deps = {}) {
    const inputs = withDefaults(given);
    if (ctx.eventName === 'pull_request' && ctx.payload.action === 'closed')
        return closedPullRequest(inputs, ctx, deps);
    if (ctx.eventName !== 'issue_comment') {
        return { failed: `mode: preview runs on issue_comment events (the /emd commands) and on closed pull requests, not on ${ctx.eventName || 'this event'}` };
    }
    const issue = obj(ctx.payload.issue);
    const comment = obj(ctx.payload.comment);
    const user = obj(comment?.user);
    const login = typeof user?.login === 'string' ? user.login : '';
    if (ctx.payload.action !== 'created' || !issue || !comment || typeof issue.number !== 'number') {
        core/* info */.pq('Not a new comment: nothing to do.');
        return {};
    }
    const command = (0,commands/* parseCommand */.RM)(typeof comment.body === 'string' ? comment.body : '');
    if (!command) {
        core/* info */.pq('The comment holds no /emd command: nothing to do.');
        return {};
    }
    if (!obj(issue.pull_request)) {
        core/* info */.pq('The /emd commands work on pull requests; this comment is on an issue.');
        return {};
    }
    if (user?.type === 'Bot') {
        core/* info */.pq(`Comments of bots (${login}) are not taken as commands.`);
        return {};
    }
    if (!inputs.githubToken)
        return { failed: 'mode: preview needs a github-token to read the pull request and reply' };
    const pr = issue.number;
    const octokit = (0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
    const gh = bindGitHub(octokit, ctx.owner, ctx.repo, pr);
    const clients = deps.clients ?? new aws_clients/* AwsClients */.c();
    const baseManifest = await (0,manifest_file/* readManifest */.W)(inputs.manifest).catch(() => undefined);
    const commandLine = comment.body.split(/\r?\n/).map((l) => l.trim()).find((l) => l.startsWith('/emd')) ?? '/emd';
    core/* info */.pq(`emd-action: ${commandLine} by ${login} on #${pr}`);
    const request = {
        command,
        commandLine,
        user: login,
        pr,
        repository: `${ctx.owner}/${ctx.repo}`,
        gh,
        clients,
        stackPrefix: inputs.stackPrefix,
        manifestPath: inputs.manifest,
        baseManifest,
        defaultRegion: inputs.awsRegion,
        ttl: inputs.previewTtl,
        allowForks: inputs.previewAllowForks,
        runUrl: ctx.runUrl,
        runningWindowMs: (inputs.timeoutMinutes + 15) * 60_000,
        apply: (plan, liveStacks, commit) => core/* group */.Os('Deploy through the pipeline', () => (0,apply/* runApply */.O)({ ...(0,action_apply.applyRequest)(inputs, ctx, clients, plan), ...(commit ? { commit } : {}), liveStacks, ...deps })),
        benchmark: async (target) => {
            if (inputs.benchRequests === 0)
                throw new Error('off (bench-requests: 0)');
            const apiKey = target.apiKeySecretArn ? await (0,smoke/* readApiKey */.iZ)(clients, target.region, target.apiKeySecretArn, (s) => core/* setSecret */.Pq(s)) : 'none';
            return runBenchmark({ baseUrl: target.baseUrl, model: target.model, apiKey, hourlyUsd: target.hourlyUsd }, { requests: inputs.benchRequests, concurrency: inputs.benchConcurrency, seconds: inputs.benchSeconds, maxTokens: inputs.benchMaxTokens });
        },
        log: core_logger/* coreLogger */.W
    };
    const outcome = await (0,modes_preview/* runPreviewCommand */.$)(request);
    core/* info */.pq(`emd-action: ${outcome.result}${outcome.replyUrl ? ` (${outcome.replyUrl})` : ''}`);
    core/* setOutput */.uH('comment-url', outcome.replyUrl ?? '');
    if (outcome.result === 'plan' && outcome.pull) {
        const pull = outcome.pull;
        const content = await gh.fileAt(inputs.manifest, pull.headSha);
        if (!content)
            return { failed: `${inputs.manifest} does not exist at the head of #${pr}` };
        const prCtx = {
            ...ctx,
            pullRequest: {
                number: pr,
                headSha: pull.headSha,
                headRef: '',
                headRepoFullName: pull.headRepoFullName,
                isFork: pull.headRepoFullName.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase(),
                baseRef: pull.baseRef
            }
        };
        return { failed: (await (0,plan.planAction)(inputs, prCtx, content)).failed };
    }
    return outcome.failed ? { failed: outcome.failed } : {};
}
function bindGitHub(octokit, owner, repo, pr) {
    return {
        permission: (user) => (0,preview/* permissionOf */.Fp)(octokit, owner, repo, user),
        pull: () => (0,preview/* readPullRequest */.DQ)(octokit, owner, repo, pr),
        fileAt: (path, ref) => (0,preview/* readFileAt */._T)(octokit, owner, repo, path, ref),
        reply: (body) => (0,preview/* postReply */.VM)(octokit, owner, repo, pr, body),
        edit: (id, body) => (0,preview/* editReply */.fY)(octokit, owner, repo, id, body),
        running: (author, notBefore) => (0,preview/* runningPreviews */.Dj)(octokit, { owner, repo, issueNumber: pr, author, notBefore })
    };
}
/** Closing or merging a pull request removes its previews; the reply says which. */
async function closedPullRequest(inputs, ctx, deps) {
    const pr = ctx.pullRequest;
    if (!pr)
        return {};
    if (pr.isFork) {
        // A fork's run has no AWS credentials; the scheduled teardown removes previews of closed pull requests.
        core/* info */.pq(`#${pr.number} comes from a fork: its previews (if any) are removed by the scheduled teardown.`);
        return {};
    }
    const clients = deps.clients ?? new aws_clients/* AwsClients */.c();
    const baseManifest = await (0,manifest_file/* readManifest */.W)(inputs.manifest).catch(() => undefined);
    const merged = obj(ctx.payload.pull_request)?.merged === true;
    // The pull request's manifest may name a region the default branch's does not.
    const prManifest = inputs.githubToken && pr.headSha
        ? await (0,preview/* readFileAt */._T)((0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W }), ctx.owner, ctx.repo, inputs.manifest, pr.headSha).catch(() => undefined)
        : undefined;
    const why = `the pull request was ${merged ? 'merged' : 'closed'}`;
    const removed = await (0,modes_preview/* removePreviews */.mG)({
        clients,
        stackPrefix: inputs.stackPrefix,
        manifestPath: inputs.manifest,
        pr: pr.number,
        defaultRegion: inputs.awsRegion,
        baseManifest,
        prManifest,
        apply: (plan, liveStacks) => (0,apply/* runApply */.O)({ ...(0,action_apply.applyRequest)(inputs, ctx, clients, plan), liveStacks, ...deps }),
        log: core_logger/* coreLogger */.W
    }, why);
    if (!removed.items.length && removed.failed) {
        // No credentials (the reusable workflow assumes no role on a close) or no access: the hourly teardown is the backstop.
        core/* info */.pq(`${removed.failed}; the scheduled teardown removes the previews of closed pull requests`);
        return {};
    }
    core/* info */.pq(removed.items.length ? `Removed ${removed.items.length} preview(s) of #${pr.number}` : `No preview of #${pr.number} is running.`);
    if (removed.items.length && inputs.githubToken && inputs.comment) {
        try {
            const octokit = (0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W });
            await (0,preview/* postReply */.VM)(octokit, ctx.owner, ctx.repo, pr.number, (0,preview_markdown/* renderStopped */.cy)(undefined, { removed: removed.items, why }));
        }
        catch (error) {
            core/* warning */.$e(`The previews were removed, but the reply could not be posted: ${error.message}`);
        }
    }
    return removed.failed ? { failed: removed.failed } : {};
}


/***/ })

};

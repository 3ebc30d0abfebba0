export const id = 424;
export const ids = [424];
export const modules = {

/***/ 485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   RM: () => (/* binding */ parseCommand)
/* harmony export */ });
/* unused harmony export COMMAND_PREFIX */
/* harmony import */ var _manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8081);
// Commands people write in pull request comments (`/emd preview qwen-chat`), read from the comment
// text. Pure: whether the author may use them is decided elsewhere, from the API, never from here.
// Only the first line that starts with `/emd` counts, so a command quoted further down a reply
// (`> /emd preview x`) or inside a longer discussion does not run twice.

const COMMAND_PREFIX = '/emd';
/** Undefined: the comment is no command (most comments), and the action says nothing. */
function parseCommand(body) {
    const line = body
        .replace(/\r\n/g, '\n')
        .split('\n')
        .map((l) => l.trim())
        .find((l) => l === COMMAND_PREFIX || l.startsWith(`${COMMAND_PREFIX} `) || l.startsWith(`${COMMAND_PREFIX}\t`));
    if (line === undefined)
        return undefined;
    const words = line.split(/\s+/).slice(1);
    const verb = (words.shift() ?? '').toLowerCase();
    switch (verb) {
        case '':
        case 'help':
            return { kind: 'help' };
        case 'plan':
            return words.length ? { kind: 'help', problem: '`/emd plan` takes no arguments' } : { kind: 'plan' };
        case 'preview':
            return parsePreview(words);
        default:
            return { kind: 'help', problem: `\`${clip(verb)}\` is not a command` };
    }
}
function parsePreview(words) {
    if (words.length === 0)
        return { kind: 'help', problem: '`/emd preview` needs the deployments to preview, or `all-changed`' };
    if (words.length === 1 && words[0].toLowerCase() === 'stop')
        return { kind: 'preview-stop' };
    const names = [];
    let allChanged = false;
    for (const raw of words) {
        const word = raw.replace(/,$/, '');
        if (word === '')
            continue;
        if (word.toLowerCase() === 'all-changed')
            allChanged = true;
        else if (word.toLowerCase() === 'stop')
            return { kind: 'help', problem: '`/emd preview stop` takes no deployment names: it stops every preview of this pull request' };
        else if (!_manifest_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .NAME_PATTERN */ .Vh.test(word))
            return { kind: 'help', problem: `\`${clip(word)}\` is not a deployment name (lowercase letters, digits and -)` };
        else if (!names.includes(word))
            names.push(word);
    }
    if (allChanged && names.length)
        return { kind: 'help', problem: 'name deployments or write `all-changed`, not both' };
    return { kind: 'preview', names, allChanged };
}
/** A bit of untrusted text safe to quote inside backticks in a comment. */
function clip(text) {
    const flat = text.replace(/[`\s]/g, '').slice(0, 40);
    return flat || '?';
}
function helpText() {
    return [
        '| Command | What it does |',
        '|---|---|',
        '| `/emd preview <deployment> [<deployment>\u2026]` | Deploys this pull request\'s version of each named entry as a short-lived preview stack, then reports its endpoint, a smoke test and a short benchmark. |',
        '| `/emd preview all-changed` | The same for every entry this pull request adds or changes. |',
        '| `/emd preview stop` | Removes every preview of this pull request (closing or merging it does too, and so does the preview\'s ttl). |',
        '| `/emd plan` | Runs the plan again and updates the plan comment. |',
        '| `/emd help` | This list. |',
        '',
        'Only people with write access to the repository may run them. A preview bills its instance for as long as it runs; the acknowledgement shows the price before anything starts.'
    ].join('\n');
}


/***/ }),

/***/ 7508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $W: () => (/* binding */ renderRefusal),
/* harmony export */   O5: () => (/* binding */ renderAck),
/* harmony export */   W5: () => (/* binding */ renderHelp),
/* harmony export */   aN: () => (/* binding */ renderAlreadyRunning),
/* harmony export */   bp: () => (/* binding */ renderInvalidPreviewManifest),
/* harmony export */   cy: () => (/* binding */ renderStopped),
/* harmony export */   mr: () => (/* binding */ renderPreviewResult)
/* harmony export */ });
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4022);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(485);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9649);



function head(c) {
    return `> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(c.command).slice(0, 200)}\n\n@${c.user.replace(/[^A-Za-z0-9[\]_-]/g, '')}`;
}
function footer(c) {
    return `\n\n<sub>emd-action \u00b7 [run](${c.runUrl})</sub>`;
}
function renderRefusal(c, reason) {
    return `${head(c)} ${reason}${footer(c)}`;
}
function renderHelp(c, problem) {
    return `${head(c)} ${problem ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(problem)}. ` : ''}These are the commands:\n\n${(0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .helpText */ .BK)()}${footer(c)}`;
}
function renderInvalidPreviewManifest(c, file, diagnostics) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const lines = errors.slice(0, 20).map((d) => `- \`${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .position */ .G1)(d) || file}\`${d.field ? ` \`${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.field)}\`` : ''}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(d.message)}`);
    const more = errors.length > 20 ? `\n- \u2026 and ${errors.length - 20} more (see the run)` : '';
    return `${head(c)} nothing was deployed: ${file} at the head of this pull request fails validation (${errors.length} error${errors.length === 1 ? '' : 's'}), exactly as its plan does.\n\n${lines.join('\n')}${more}${footer(c)}`;
}
function renderAck(c, o) {
    const rows = o.items.map((i) => `| \`${i.name}\` | \`${i.stackName}\` | ${i.service} \u00b7 ${i.instance} \u00b7 ${i.region} | ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(i.hourly, 3)}/h | ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(i.total)} |`);
    const total = o.items.some((i) => i.total === null) ? null : o.items.reduce((s, i) => s + (i.total ?? 0), 0);
    return [
        `${head(c)} starting ${o.items.length === 1 ? 'a preview' : `${o.items.length} previews`} of this pull request's manifest at \`${o.headSha.slice(0, 12)}\`, with the templates and build of the default branch.`,
        '',
        '| Entry | Preview stack | Runs on | Price | At most (ttl ' + o.ttl + ') |',
        '|---|---|---|---|---|',
        ...rows,
        '',
        `**Cost:** one instance each, billed while it runs: at most ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(total)} if it runs its whole ttl of ${o.ttl}. \`/emd preview stop\`, closing or merging this pull request ends it sooner.`,
        '',
        'Deploying through the pipeline takes a while (image, weights, stack); this comment is updated when it is up.'
    ].join('\n') + footer(c);
}
function renderAlreadyRunning(c, url, names) {
    return `${head(c)} a preview run is already going on this pull request (${names.map((n) => `\`${n}\``).join(', ')}): see ${url}. Nothing new was started; ask again when it has finished.${footer(c)}`;
}
function ms(v) {
    if (v === null || v === undefined)
        return '\u2013';
    return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`;
}
function num(v, digits = 1) {
    return v === null || v === undefined ? '\u2013' : v.toFixed(digits);
}
function benchRows(label, b, error) {
    if (!b)
        return `| ${label} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeCell */ .kq)(error ?? 'not measured')} | | | | |`;
    return `| ${label} | ${b.succeeded}/${b.requests} ok, ${b.concurrency} at a time | ${ms(b.ttftP50Ms)} / ${ms(b.ttftP90Ms)} | ${num(b.tokensPerSecond)} | ${num(b.throughput)} | ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(b.usdPer1MOutputTokens)} |`;
}
function callSnippet(i) {
    const key = i.apiKeySecretArn
        ? `KEY=$(aws secretsmanager get-secret-value --region ${i.region} --secret-id '${i.apiKeySecretArn}' --query SecretString --output text)\n`
        : '';
    const auth = i.apiKeySecretArn ? ` -H "Authorization: Bearer $KEY"` : '';
    return [
        '```sh',
        `${key}curl -sS ${i.baseUrl}/chat/completions${auth} -H 'Content-Type: application/json' \\`,
        `  -d '{"model": "${i.model}", "messages": [{"role": "user", "content": "Hello"}]}'`,
        '```'
    ].join('\n');
}
function renderPreviewResult(c, o) {
    const parts = [`${head(c)} preview results for this pull request:`];
    for (const i of o.items) {
        parts.push('', `### \`${i.name}\` \u2192 \`${i.stackName}\` (${i.region})`);
        if (i.result !== 'succeeded') {
            parts.push(`**${i.result}**${i.reason ? `: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(i.reason)}` : ''}${i.logUrl ? ` ([log](${i.logUrl}))` : ''}`);
            continue;
        }
        if (i.note)
            parts.push(`_${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(i.note)}_`, '');
        parts.push(`**Endpoint:** \`${i.baseUrl}\` \u00b7 model \`${i.model}\`${i.apiKeySecretArn ? ` \u00b7 key in \`${i.apiKeySecretArn}\`` : ' \u00b7 no key'}`, `**Removed:** ${i.expiresAt ? `at ${i.expiresAt} (ttl)` : 'at its ttl'}, or on \`/emd preview stop\`, close or merge \u00b7 ${(0,_cost_js__WEBPACK_IMPORTED_MODULE_0__/* .formatUsd */ .UK)(i.hourly, 3)}/h while it runs`, '', callSnippet(i), '', `**Smoke test:** ${i.smoke ? (i.smoke.ok ? `passed (HTTP ${i.smoke.status}, first token after ${ms(i.smoke.ttftMs)})` : `failed: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(i.smoke.error ?? '')}`) : 'off'}`, '', '| Benchmark | Requests | Time to first token p50 / p90 | Output tokens/s per request | Output tokens/s in all | $ per 1M output tokens |', '|---|---|---|---|---|---|', benchRows('this preview', i.bench, i.benchError));
        if (i.live)
            parts.push(benchRows(`live \`${i.live.stackName}\``, i.live.bench, i.live.benchError));
        parts.push('', '<sub>$ per 1M output tokens: the instance price per hour over the tokens per hour measured at this concurrency; a busier endpoint costs less per token.</sub>');
    }
    return parts.join('\n') + footer(c);
}
function renderStopped(c, o) {
    const lines = o.removed.map((r) => `- \`${r.stackName}\` (${r.region}): ${r.result === 'succeeded' ? 'removed' : `${r.result}${r.reason ? `: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeInline */ .VV)(r.reason)}` : ''}`}`);
    const body = o.removed.length ? `previews removed (${o.why}):\n\n${lines.join('\n')}` : `no preview of this pull request is running (${o.why}).`;
    return c ? `${head(c)} ${body}${footer(c)}` : `emd-action: ${body}`;
}


/***/ }),

/***/ 1655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ readPullRequest),
/* harmony export */   Dj: () => (/* binding */ runningPreviews),
/* harmony export */   Fp: () => (/* binding */ permissionOf),
/* harmony export */   VM: () => (/* binding */ postReply),
/* harmony export */   _T: () => (/* binding */ readFileAt),
/* harmony export */   fY: () => (/* binding */ editReply),
/* harmony export */   jo: () => (/* binding */ WRITE_PERMISSIONS),
/* harmony export */   qo: () => (/* binding */ stateLine)
/* harmony export */ });
/* unused harmony export parseState */
const WRITE_PERMISSIONS = new Set(['admin', 'maintain', 'write']);
/** `admin`, `write`, `read` or `none`. */
async function permissionOf(octokit, owner, repo, username) {
    try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
        // `permission` is the base level (maintain counts as write, triage as read); `role_name` may be a
        // custom role's name, which says nothing by itself, so the decision rests on `permission`.
        return (data.permission || 'none').toLowerCase();
    }
    catch (error) {
        // Not a collaborator at all.
        if (error.status === 404)
            return 'none';
        throw error;
    }
}
async function readPullRequest(octokit, owner, repo, number) {
    const { data } = await octokit.rest.pulls.get({ owner, repo, pull_number: number });
    return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: Boolean(data.merged_at),
        headSha: data.head?.sha ?? '',
        headRepoFullName: data.head?.repo?.full_name ?? '',
        baseRef: data.base?.ref ?? '',
        htmlUrl: data.html_url
    };
}
/** The file at `ref` as bytes; undefined when it does not exist there. */
async function readFileAt(octokit, owner, repo, path, ref) {
    try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref });
        if (Array.isArray(data) || data.type !== 'file')
            throw new Error(`${path} at ${ref.slice(0, 12)} is not a file`);
        const file = data;
        if (file.encoding === 'base64' && typeof file.content === 'string')
            return Buffer.from(file.content, 'base64');
        // Files over 1 MB come without content; a manifest that large is refused by the loader anyway.
        throw new Error(`${path} at ${ref.slice(0, 12)} is ${file.size ?? '?'} bytes, too large to read through the contents API`);
    }
    catch (error) {
        if (error.status === 404)
            return undefined;
        throw error;
    }
}
const STATE_LINE = /^<!-- emd-action:preview (\{.*\}) -->$/m;
function stateLine(s) {
    return `<!-- emd-action:preview ${JSON.stringify(s)} -->`;
}
function parseState(body) {
    const m = body ? STATE_LINE.exec(body) : null;
    if (!m)
        return undefined;
    try {
        const s = JSON.parse(m[1]);
        if ((s.state === 'running' || s.state === 'done') && Number.isInteger(s.pr) && Array.isArray(s.names) && typeof s.since === 'string')
            return s;
    }
    catch {
        // not ours
    }
    return undefined;
}
async function postReply(octokit, owner, repo, issueNumber, body) {
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { id: data.id, url: data.html_url, author: data.user?.login ?? '' };
}
async function editReply(octokit, owner, repo, id, body) {
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
}
/**
 * Replies of this token's author whose state says a preview run is still going, started after
 * `since` (older ones belong to a run that died and are ignored). Anyone can paste a state line into
 * a comment, so only the token's own comments count.
 */
async function runningPreviews(octokit, o) {
    const out = [];
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: o.owner, repo: o.repo, issue_number: o.issueNumber, per_page: 100 })) {
        for (const c of page.data) {
            if (c.user?.login !== o.author)
                continue;
            const state = parseState(c.body);
            if (!state || state.state !== 'running' || state.pr !== o.issueNumber)
                continue;
            if (Date.parse(state.since) < o.notBefore.getTime())
                continue;
            out.push({ id: c.id, url: c.html_url, state });
        }
    }
    return out.sort((a, b) => a.id - b.id);
}


/***/ }),

/***/ 1662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mG: () => (/* binding */ removePreviews),
  $: () => (/* binding */ runPreviewCommand),
  GP: () => (/* binding */ sweepPreviews)
});

// UNUSED EXPORTS: deletePreviewStacks

// EXTERNAL MODULE: ./src/aws/stacks.ts
var aws_stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/aws/stack-ops.ts
var stack_ops = __webpack_require__(5516);
// EXTERNAL MODULE: ./src/core/manifest/load.ts + 1 modules
var load = __webpack_require__(7224);
// EXTERNAL MODULE: ./src/core/plan.ts + 4 modules
var core_plan = __webpack_require__(8371);
// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __webpack_require__(8045);
// EXTERNAL MODULE: ./src/core/cost.ts
var cost = __webpack_require__(4022);
// EXTERNAL MODULE: ./src/core/manifest/rules.ts + 6 modules
var rules = __webpack_require__(2666);
// EXTERNAL MODULE: ./src/core/duration.ts
var duration = __webpack_require__(8571);
;// CONCATENATED MODULE: ./src/core/preview.ts





const DEFAULT_PREVIEW_TTL = '4h';
/** Tags of a preview besides emd:preview-pr: the entry it previews and the commit it came from. */
const PREVIEW_TAGS = { pr: core_live/* TAG */.Dk.previewPr, of: 'emd:preview-of', headSha: 'emd:preview-sha' };
function previewDeploymentName(pr, name) {
    return `pr${pr}-${name}`;
}
function previewStackName(stackPrefix, pr, name) {
    return `${stackPrefix}-${previewDeploymentName(pr, name)}`;
}
/**
 * The preview's stack name feeds the same derived resource names as any stack (SageMaker endpoint
 * and model names, target groups), so it keeps the manifest's bound: a name that fits as
 * `<prefix>-<name>` may not fit once `pr<N>-` is added. Undefined when it fits.
 */
function previewNameProblem(stackPrefix, pr, name) {
    const stack = previewStackName(stackPrefix, pr, name);
    if (stack.length <= rules/* MAX_STACK_NAME_LENGTH */.h2)
        return undefined;
    const room = rules/* MAX_STACK_NAME_LENGTH */.h2 - stackPrefix.length - `-pr${pr}-`.length;
    return `the preview stack ${stack} would have ${stack.length} characters, over the ${rules/* MAX_STACK_NAME_LENGTH */.h2} that keep derived AWS resource names within their limits; previews of pull request #${pr} fit entry names of at most ${Math.max(room, 0)} characters`;
}
/**
 * What a preview runs: the pull request's entry as validated, with one instance (min 1, max 1: a
 * benchmark of one replica, and a price that does not grow), the preview ttl instead of any ttl or
 * schedule of its own, never protected, and tagged as the preview of the pull request.
 */
function previewSpec(spec, o) {
    const { schedule: _schedule, ttl: _ttl, ...rest } = spec;
    return {
        ...rest,
        name: previewDeploymentName(o.pr, spec.name),
        scaling: { min: 1, max: 1 },
        ttl: o.ttl,
        protect: false,
        tags: { ...spec.tags, [PREVIEW_TAGS.pr]: String(o.pr), [PREVIEW_TAGS.of]: spec.name, [PREVIEW_TAGS.headSha]: o.headSha }
    };
}
function previewPrice(spec) {
    const seconds = spec.ttl ? (0,duration/* parseDuration */.E)(spec.ttl) : undefined;
    const hours = seconds ? seconds / 3600 : 0;
    const hourly = (0,cost/* estimateCost */.a3)({ ...spec, scaling: { min: 1, max: 1 } }).hourlyMin;
    return { hourly, total: hourly === null ? null : round2(hourly * hours), hours };
}
/** The pull request a stack previews, when it is one of our previews. */
function previewPrOf(stack, stackPrefix) {
    if (!(0,core_live/* isPreview */.bU)(stack) || stack.tags[core_live/* TAG */.Dk.managed] !== 'true')
        return undefined;
    const pr = Number(stack.tags[core_live/* TAG */.Dk.previewPr]);
    const deployment = stack.tags[core_live/* TAG */.Dk.deployment];
    if (!Number.isInteger(pr) || pr <= 0 || !deployment)
        return undefined;
    // Same identity checks as a managed stack: our prefix, and the name the tags say it has.
    if (stack.stackName !== `${stackPrefix}-${deployment}` || !deployment.startsWith(`pr${pr}-`))
        return undefined;
    if (stack.tags[core_live/* TAG */.Dk.stackPrefix] !== undefined && stack.tags[core_live/* TAG */.Dk.stackPrefix] !== stackPrefix)
        return undefined;
    return pr;
}
/** Live previews (not deleted), of one pull request or of all. */
function previewStacks(stacks, stackPrefix, pr) {
    return stacks.filter((s) => {
        if (s.status === 'DELETE_COMPLETE')
            return false;
        const of = previewPrOf(s, stackPrefix);
        return of !== undefined && (pr === undefined || of === pr);
    });
}
/** Entries of the pull request's manifest that are new or differ from the base branch's. */
function changedEntries(prSpecs, baseSpecs) {
    const base = new Map(baseSpecs.map((s) => [s.name, s]));
    return prSpecs.filter((s) => !base.has(s.name) || (0,core_plan/* diffSpecs */._h)(base.get(s.name), s).length > 0).map((s) => s.name);
}
/**
 * Previews the scheduled teardown removes: those whose pull request is closed, and those past their
 * ttl. `prState` answers from GitHub; `unknown` (no token, API error) keeps the preview unless its
 * ttl is out, so a GitHub outage never removes a preview early.
 */
function duePreviewRemovals(stacks, o) {
    const out = [];
    for (const stack of previewStacks(stacks, o.stackPrefix)) {
        const pr = previewPrOf(stack, o.stackPrefix);
        if (o.prState(pr) === 'closed') {
            out.push({ stack, pr, reason: `pull request #${pr} is closed` });
            continue;
        }
        const spec = (0,core_live/* deployedSpec */._o)(stack);
        const expiry = spec.ok ? (0,core_plan/* ttlExpiry */.m2)(spec.spec, stack) : undefined;
        if (expiry && expiry.getTime() <= o.now.getTime()) {
            out.push({ stack, pr, reason: `its ttl ${spec.ok ? spec.spec.ttl : ''} ran out ${expiry.toISOString().replace(/\.\d{3}Z$/, 'Z')}` });
        }
    }
    return out;
}
/** When a preview's ttl runs out, for the report. */
function previewExpiry(stack) {
    const spec = (0,core_live/* deployedSpec */._o)(stack);
    return spec.ok ? (0,core_plan/* ttlExpiry */.m2)(spec.spec, stack) : undefined;
}
function round2(n) {
    return Math.round(n * 100) / 100;
}

// EXTERNAL MODULE: ./src/core/render/preview-markdown.ts
var preview_markdown = __webpack_require__(7508);
// EXTERNAL MODULE: ./src/github/preview.ts
var preview = __webpack_require__(1655);
;// CONCATENATED MODULE: ./src/modes/preview.ts









async function runPreviewCommand(req) {
    const { gh, command } = req;
    const c = { user: req.user, command: req.commandLine, runUrl: req.runUrl };
    const refuse = async (reason, result = 'refused') => {
        req.log.info(`Refused: ${reason}`);
        const posted = await gh.reply((0,preview_markdown/* renderRefusal */.$W)(c, reason));
        return { result, replyUrl: posted.url };
    };
    const permission = await gh.permission(req.user);
    if (!preview/* WRITE_PERMISSIONS */.jo.has(permission)) {
        return refuse(`thanks for the interest! The \`/emd\` commands start paid AWS resources, so only people with write access to ${req.repository} may run them (your access: ${permission}). A maintainer can run the command for you.`);
    }
    if (command.kind === 'help') {
        const posted = await gh.reply((0,preview_markdown/* renderHelp */.W5)(c, command.problem));
        return { result: 'help', replyUrl: posted.url };
    }
    const pull = await gh.pull();
    if (pull.state !== 'open' && command.kind !== 'preview-stop')
        return refuse(`this pull request is ${pull.merged ? 'merged' : 'closed'}; previews and plans are for open pull requests.`);
    const fork = pull.headRepoFullName.toLowerCase() !== req.repository.toLowerCase();
    if (fork && !req.allowForks && command.kind !== 'preview-stop') {
        return refuse(`this pull request comes from ${pull.headRepoFullName || 'a deleted fork'}, and this repository does not deploy previews or plans of forks (input \`preview-allow-forks\`). A maintainer can push the branch to this repository and ask again there.`);
    }
    if (command.kind === 'plan')
        return { result: 'plan', pull };
    if (command.kind === 'preview-stop') {
        const removed = await removePreviews(req, `asked by @${req.user}`);
        const posted = await gh.reply((0,preview_markdown/* renderStopped */.cy)(c, { removed: removed.items, why: `asked by @${req.user}` }));
        return { result: 'stopped', replyUrl: posted.url, failed: removed.failed };
    }
    return preview_preview(req, c, pull, command.names, command.allChanged, refuse);
}
async function preview_preview(req, c, pull, asked, allChanged, refuse) {
    const { gh } = req;
    const now = (req.now ?? (() => new Date()))();
    const content = await gh.fileAt(req.manifestPath, pull.headSha);
    if (!content)
        return refuse(`there is no \`${req.manifestPath}\` at the head of this pull request (${pull.headSha.slice(0, 12)}).`, 'invalid');
    const manifest = (0,load/* loadManifest */.e)(content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
    if (!manifest.valid) {
        const posted = await gh.reply((0,preview_markdown/* renderInvalidPreviewManifest */.bp)(c, req.manifestPath, manifest.diagnostics));
        return { result: 'invalid', replyUrl: posted.url };
    }
    const byName = new Map(manifest.specs.map((s) => [s.name, s]));
    let names = asked;
    if (allChanged) {
        const base = req.baseManifest ? (0,load/* loadManifest */.e)(req.baseManifest, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion }) : undefined;
        names = changedEntries(manifest.specs, base?.valid ? base.specs : []);
        if (!names.length)
            return refuse(`this pull request adds or changes no entry of \`${req.manifestPath}\`, so \`all-changed\` names nothing to preview.`, 'invalid');
    }
    const unknown = names.filter((n) => !byName.has(n));
    if (unknown.length) {
        const known = [...byName.keys()].map((n) => `\`${n}\``).join(', ') || 'none';
        return refuse(`${unknown.map((n) => `\`${n}\``).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in \`${req.manifestPath}\` at the head of this pull request (entries: ${known}). Nothing was deployed.`, 'invalid');
    }
    const tooLong = names.map((n) => previewNameProblem(req.stackPrefix, req.pr, n)).filter((p) => p !== undefined);
    if (tooLong.length)
        return refuse(`${tooLong.join('; ')}. Nothing was deployed.`, 'invalid');
    const specs = names.map((n) => previewSpec(byName.get(n), { pr: req.pr, ttl: req.ttl, headSha: pull.headSha }));
    const regions = [...new Set([...specs.map((s) => s.region), ...(req.defaultRegion ? [req.defaultRegion] : [])])].sort();
    const live = await (0,aws_stacks.listStacks)(req.clients, regions, { tombstones: false });
    if (!live.known)
        return refuse(`the deployed stacks could not be read (${live.reason}); nothing was deployed.`, 'failed');
    // The preview's own stacks, seen as plain managed stacks so the plan classifies create/update/unchanged.
    const wanted = new Set(names.map((n) => previewStackName(req.stackPrefix, req.pr, n)));
    const mine = previewStacks(live.stacks, req.stackPrefix, req.pr)
        .filter((s) => wanted.has(s.stackName))
        .map((s) => ({ ...s, tags: Object.fromEntries(Object.entries(s.tags).filter(([k]) => k !== core_live/* TAG */.Dk.previewPr)) }));
    const plan = (0,core_plan/* buildPlan */.Gg)(specs, { known: true, stacks: mine, regions: live.regions, tombstones: { known: true, items: [] } }, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix, allowDestroy: false, now });
    const fitErrors = plan.diagnostics.filter((d) => d.severity === 'error');
    if (fitErrors.length) {
        for (const d of fitErrors)
            Object.assign(d, { file: req.manifestPath, ...manifest.entryPositions[d.deployment?.replace(`pr${req.pr}-`, '') ?? ''] });
        const posted = await gh.reply((0,preview_markdown/* renderInvalidPreviewManifest */.bp)(c, req.manifestPath, fitErrors));
        return { result: 'invalid', replyUrl: posted.url };
    }
    // One reply with the price before anything starts; it carries the "running" state for other runs.
    const state = { state: 'running', pr: req.pr, names, since: now.toISOString() };
    const items = specs.map((s, i) => ({ name: names[i], stackName: previewStackName(req.stackPrefix, req.pr, names[i]), region: s.region, service: s.service, instance: s.instance, ...previewPrice(s) }));
    const ackBody = (0,preview_markdown/* renderAck */.O5)(c, { pr: req.pr, headSha: pull.headSha, ttl: req.ttl, items });
    const ack = await gh.reply(`${(0,preview/* stateLine */.qo)(state)}\n${ackBody}`);
    const earlier = (await gh.running(ack.author, new Date(now.getTime() - req.runningWindowMs))).filter((r) => r.id < ack.id);
    if (earlier.length) {
        const first = earlier[0];
        req.log.info(`A preview run is already going (${first.url}); not starting another`);
        await gh.edit(ack.id, `${(0,preview/* stateLine */.qo)({ ...state, state: 'done' })}\n${(0,preview_markdown/* renderAlreadyRunning */.aN)(c, first.url, first.state.names)}`);
        return { result: 'already-running', replyUrl: ack.url };
    }
    try {
        return await deployAndReport(req, c, ack, state, plan, live.stacks, pull, names, specs);
    }
    catch (error) {
        // Never leave a "running" state behind: it would hold off every later command until it expires.
        await gh.edit(ack.id, `${(0,preview/* stateLine */.qo)({ ...state, state: 'done' })}\n${(0,preview_markdown/* renderRefusal */.$W)(c, `the preview run failed: ${error?.message ?? String(error)}`)}`).catch(() => undefined);
        throw error;
    }
}
async function deployAndReport(req, c, ack, state, plan, stacks, pull, names, specs) {
    const { gh } = req;
    let outcome;
    let failure;
    try {
        outcome = await req.apply(plan, stacks, pull.headSha);
    }
    catch (error) {
        failure = error?.message ?? String(error);
    }
    const results = [];
    for (const [i, name] of names.entries()) {
        const spec = specs[i];
        const d = outcome?.deployments.find((x) => x.name === spec.name);
        results.push(await resultItem(req, name, spec, d, stacks, failure));
    }
    const done = `${(0,preview/* stateLine */.qo)({ ...state, state: 'done' })}\n${(0,preview_markdown/* renderPreviewResult */.mr)(c, { pr: req.pr, items: results })}`;
    await gh.edit(ack.id, done);
    const bad = results.filter((r) => r.result !== 'succeeded');
    return {
        result: bad.length ? 'failed' : 'deployed',
        replyUrl: ack.url,
        failed: bad.length ? `${bad.length} preview${bad.length === 1 ? '' : 's'} did not come up: ${bad.map((b) => `${b.name} (${b.result}${b.reason ? `: ${b.reason}` : ''})`).join('; ')}` : undefined
    };
}
async function resultItem(req, name, spec, d, stacks, failure) {
    const price = previewPrice(spec);
    const base = { name, stackName: previewStackName(req.stackPrefix, req.pr, name), region: spec.region, hourly: price.hourly };
    if (!d)
        return { ...base, result: 'failed', reason: failure ?? 'the apply path did not report on it' };
    // Already up with exactly this spec: apply left it alone, and it is benchmarked as it is.
    const up = d.result === 'succeeded' || (d.action === 'unchanged' && d.baseUrl !== undefined);
    if (!up)
        return { ...base, result: d.result === 'skipped' ? 'failed' : d.result, reason: d.reason, logUrl: d.logUrl };
    const item = {
        ...base,
        result: 'succeeded',
        ...(d.action === 'unchanged' ? { note: 'already up with exactly this spec: nothing was redeployed (the ttl still counts from its deploy)' } : {}),
        baseUrl: d.baseUrl,
        model: d.servedModelName,
        apiKeySecretArn: d.apiKeySecretArn,
        smoke: d.smoke
    };
    if (d.baseUrl && d.servedModelName) {
        const measured = await measure(req, { region: spec.region, baseUrl: d.baseUrl, model: d.servedModelName, apiKeySecretArn: d.apiKeySecretArn, hourlyUsd: price.hourly });
        item.bench = measured.bench;
        item.benchError = measured.error;
    }
    else {
        item.benchError = 'the stack has no BaseUrl or ServedModelName output';
    }
    // The stack as the apply left it: its deployed-at tag starts the ttl.
    const after = await (0,stack_ops/* describeStack */.GO)(req.clients, spec.region, base.stackName).catch(() => undefined);
    const expiry = after ? previewExpiry(after) : undefined;
    if (expiry)
        item.expiresAt = expiry.toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
    const liveStack = stacks.find((s) => s.stackName === `${req.stackPrefix}-${name}` && s.region === spec.region && (0,core_live/* isManaged */.yF)(s, req.stackPrefix));
    if (liveStack && /_COMPLETE$/.test(liveStack.status) && !liveStack.status.startsWith('DELETE') && liveStack.status !== 'ROLLBACK_COMPLETE') {
        const deployed = (0,core_live/* deployedSpec */._o)(liveStack);
        const model = liveStack.outputs.ServedModelName;
        item.live = { stackName: liveStack.stackName };
        if (liveStack.outputs.BaseUrl && model) {
            const measured = await measure(req, {
                region: liveStack.region,
                baseUrl: liveStack.outputs.BaseUrl,
                model,
                apiKeySecretArn: liveStack.outputs.ApiKeySecretArn || undefined,
                hourlyUsd: deployed.ok ? (0,cost/* estimateCost */.a3)(deployed.spec).hourlyMin : null
            });
            item.live.bench = measured.bench;
            item.live.benchError = measured.error;
        }
        else {
            item.live.benchError = 'the live stack has no BaseUrl or ServedModelName output';
        }
    }
    return item;
}
async function measure(req, target) {
    try {
        req.log.info(`benchmark: ${target.baseUrl} (${target.model})`);
        return { bench: await req.benchmark(target) };
    }
    catch (error) {
        return { error: error?.message ?? String(error) };
    }
}
/** Removes every preview of the pull request, through the apply path's checked delete. */
async function removePreviews(req, why) {
    const regions = new Set(req.defaultRegion ? [req.defaultRegion] : []);
    for (const content of [req.baseManifest, req.prManifest]) {
        if (!content)
            continue;
        const m = (0,load/* loadManifest */.e)(content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
        for (const s of m.specs)
            regions.add(s.region);
    }
    const live = await (0,aws_stacks.listStacks)(req.clients, [...regions], { tombstones: false });
    if (!live.known)
        return { items: [], failed: `previews of #${req.pr} could not be listed: ${live.reason}` };
    const stacks = previewStacks(live.stacks, req.stackPrefix, req.pr);
    return deletePreviewStacks(req, stacks, live.stacks, why);
}
async function deletePreviewStacks(req, stacks, all, why) {
    if (!stacks.length)
        return { items: [] };
    const reason = (s) => (typeof why === 'string' ? why : why(s));
    const entries = stacks.map((s) => (0,core_plan/* lifecycleDeleteEntry */.CE)(s, `preview of #${s.tags[PREVIEW_TAGS.pr]}: ${reason(s)}`));
    const regions = [...new Set(stacks.map((s) => s.region))].sort();
    const plan = (0,core_plan/* planFromEntries */.yh)(entries, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix, live: { known: true, regions } });
    for (const s of stacks)
        req.log.info(`removing preview ${s.stackName} (${s.region}): ${reason(s)}`);
    const outcome = await req.apply(plan, all, '');
    const items = outcome.deployments.map((d) => ({ stackName: d.stackName, region: d.region, result: d.result, reason: d.result === 'succeeded' ? undefined : d.reason }));
    const bad = items.filter((i) => i.result !== 'succeeded');
    return { items, failed: bad.length ? `previews not removed: ${bad.map((b) => `${b.stackName} (${b.result}${b.reason ? `: ${b.reason}` : ''})`).join('; ')}` : undefined };
}
/**
 * The scheduled teardown's share: previews whose pull request is closed, or past their ttl. Reads
 * every region the manifest and `aws-region` name, like the teardown itself.
 */
async function sweepPreviews(req) {
    const live = await (0,aws_stacks.listStacks)(req.clients, req.regions, { tombstones: false });
    if (!live.known)
        return { removed: [], due: [], failed: `previews could not be listed: ${live.reason}` };
    const prs = new Map();
    for (const s of previewStacks(live.stacks, req.stackPrefix)) {
        const pr = Number(s.tags[PREVIEW_TAGS.pr]);
        if (!prs.has(pr))
            prs.set(pr, await req.prState(pr).catch(() => 'unknown'));
    }
    const due = duePreviewRemovals(live.stacks, { stackPrefix: req.stackPrefix, now: req.now, prState: (pr) => prs.get(pr) ?? 'unknown' });
    const list = due.map((d) => ({ stackName: d.stack.stackName, region: d.stack.region, why: d.reason }));
    if (req.dryRun || !due.length) {
        for (const d of list)
            req.log.info(`preview ${d.stackName} (${d.region}): ${req.dryRun ? 'would be removed' : 'removed'}: ${d.why}`);
        return { removed: [], due: list };
    }
    const why = new Map(due.map((d) => [d.stack.stackName, d.reason]));
    const result = await deletePreviewStacks(req, due.map((d) => d.stack), live.stacks, (s) => why.get(s.stackName) ?? 'due');
    return { removed: result.items.map((i) => ({ ...i, why: why.get(i.stackName) ?? '' })), due: list, failed: result.failed };
}


/***/ })

};

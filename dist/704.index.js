export const id = 704;
export const ids = [704];
export const modules = {

/***/ 6704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  refuseTeardown: () => (/* binding */ refuseTeardown),
  teardownAction: () => (/* binding */ teardownAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(3340);
// EXTERNAL MODULE: ./src/action/manifest-file.ts + 1 modules
var manifest_file = __webpack_require__(4947);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/core/manifest/load.ts + 1 modules
var load = __webpack_require__(7224);
// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __webpack_require__(8045);
// EXTERNAL MODULE: ./src/core/plan.ts + 4 modules
var plan = __webpack_require__(8371);
// EXTERNAL MODULE: ./src/core/cost.ts
var cost = __webpack_require__(4022);
// EXTERNAL MODULE: ./src/core/schedule.ts
var core_schedule = __webpack_require__(1058);
// EXTERNAL MODULE: ./src/core/spec-hash.ts
var spec_hash = __webpack_require__(2829);
;// CONCATENATED MODULE: ./src/core/teardown.ts





function decideTeardown(specs, live, options) {
    const { now, stackPrefix, manifestPath } = options;
    const tombstones = live.tombstones ?? { known: true, items: [] };
    const byName = new Map(specs.map((s) => [s.name, s]));
    const decisions = [];
    const withStack = new Set();
    const nameTaken = new Set();
    for (const stack of live.stacks) {
        if (!stack.stackName.startsWith(`${stackPrefix}-`) || stack.stackName === `${stackPrefix}-bootstrap` || stack.status === 'DELETE_COMPLETE')
            continue;
        if (!(0,core_live/* isManaged */.yF)(stack, stackPrefix)) {
            const name = stack.stackName.slice(stackPrefix.length + 1);
            const spec = byName.get(name);
            // Only a stack that collides with a deployment is worth a line; other stacks are not ours.
            if (spec) {
                nameTaken.add(`${stack.region}\u0000${name}`);
                decisions.push({
                    name,
                    stackName: stack.stackName,
                    region: stack.region,
                    verdict: 'skip',
                    skip: 'unmanaged',
                    state: 'absent',
                    reason: `a stack named ${stack.stackName} exists without the emd:managed tags of prefix ${stackPrefix}; teardown never touches it, nor deploys over it`,
                    stack,
                    spec
                });
            }
            continue;
        }
        const name = stack.tags[core_live/* TAG */.Dk.deployment];
        const recovered = (0,core_live/* deployedSpec */._o)(stack);
        const deployed = recovered.ok ? recovered.spec : undefined;
        const base = { name, stackName: stack.stackName, region: stack.region, stack, ...(deployed ? { deployed } : {}) };
        if (!(0,core_live/* belongsToManifest */.TQ)(stack, manifestPath)) {
            nameTaken.add(`${stack.region}\u0000${name}`);
            decisions.push({ ...base, verdict: 'skip', skip: 'other-manifest', state: 'running', reason: `deployed from ${stack.tags[core_live/* TAG */.Dk.manifest]}, not ${manifestPath}` });
            continue;
        }
        const spec = byName.get(name);
        if (!spec) {
            decisions.push({ ...base, verdict: 'skip', skip: 'not-in-manifest', state: 'running', reason: 'no longer in the manifest; an apply with allow-destroy removes it' });
            continue;
        }
        withStack.add(name);
        decisions.push(decideStack(spec, stack, deployed, now));
    }
    for (const spec of specs) {
        if (withStack.has(spec.name) || nameTaken.has(`${spec.region}\u0000${spec.name}`))
            continue;
        decisions.push(decideAbsent(spec, tombstones, now, stackPrefix));
    }
    decisions.sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
    return { now, decisions, savings: scheduleSavings(specs, decisions) };
}
function decideStack(spec, stack, deployed, now) {
    const base = { name: spec.name, stackName: stack.stackName, region: stack.region, spec, stack, ...(deployed ? { deployed } : {}) };
    const expiry = (0,plan/* ttlExpiry */.m2)(spec, stack);
    const expired = expiry !== undefined && expiry.getTime() <= now.getTime();
    const schedule = (0,plan/* scheduledDown */.GA)(spec, now);
    if (!expired && !schedule.down) {
        const next = nextEvent(spec, expiry, now);
        return { ...base, verdict: 'keep', state: 'running', reason: next?.text ?? 'no ttl or schedule', ...(next ? { nextAt: next.at.toISOString() } : {}) };
    }
    const because = expired ? 'ttl' : 'schedule';
    const why = expired
        ? `ttl ${spec.ttl} ran out ${(0,plan/* formatUtc */.ay)(expiry)}`
        : `outside its schedule window; up again ${schedule.down && schedule.nextUp ? (0,plan/* formatInZone */.FL)(schedule.nextUp, spec.schedule.timezone) : 'never, by its cron'}`;
    if ((0,plan/* isProtected */.bz)(spec, deployed)) {
        return { ...base, verdict: 'skip', skip: 'protected', state: 'running', reason: `${why}, but protect: true${spec.protect ? '' : ' in its deployed spec (apply it with protect: false first)'}` };
    }
    if ((0,core_live/* isBusy */.A5)(stack.status)) {
        return { ...base, verdict: 'skip', skip: 'busy', state: 'running', reason: `${why}, but the stack is ${stack.status}; the next run tries again` };
    }
    if ((0,core_live/* needsHuman */.tv)(stack.status)) {
        const fix = (0,core_live/* fixFor */.jc)(stack);
        return { ...base, verdict: 'skip', skip: 'failed', state: 'running', reason: `${why}, but the stack is ${stack.status}${fix ? `: ${fix}` : ''}` };
    }
    const record = {
        stackName: stack.stackName,
        region: stack.region,
        specHash: recordedHash(spec, deployed),
        reason: because,
        tornDownAt: now,
        spec: deployed ?? spec,
        ...(stack.parameters.ImageUri ? { imageUri: stack.parameters.ImageUri } : {})
    };
    const nextUp = because === 'schedule' && schedule.down ? schedule.nextUp : undefined;
    return { ...base, verdict: 'tear-down', because, state: 'running', reason: why, record, ...(nextUp ? { nextAt: nextUp.toISOString() } : {}) };
}
/**
 * The hash a record carries: the manifest's when what runs is the same deployment (so the plan
 * matches it exactly), otherwise what ran, so that a change not yet applied still deploys.
 */
function recordedHash(spec, deployed) {
    if (!deployed || (0,plan/* diffSpecs */._h)(deployed, spec).length === 0)
        return (0,spec_hash/* specHash */.A)(spec);
    return (0,spec_hash/* specHash */.A)(deployed);
}
function decideAbsent(spec, tombstones, now, stackPrefix) {
    const stackName = `${stackPrefix}-${spec.name}`;
    const base = { name: spec.name, stackName, region: spec.region, spec };
    if ((0,plan/* isProtected */.bz)(spec))
        return { ...base, verdict: 'keep', state: 'absent', reason: 'not deployed; protect: true, so the next apply creates it whatever its schedule' };
    const record = (0,plan/* latestTombstone */.b1)(tombstones, stackName);
    if (record?.reason === 'ttl' && record.specHash === (0,spec_hash/* specHash */.A)(spec)) {
        return { ...base, verdict: 'keep', state: 'expired', reason: `expired ${(0,plan/* formatUtc */.ay)(record.tornDownAt)}; change the entry to deploy it again` };
    }
    if (!tombstones.known && spec.ttl) {
        return { ...base, verdict: 'skip', skip: 'records-unknown', state: 'absent', reason: `not deployed, and whether its ttl already ran out is unknown: ${tombstones.reason}` };
    }
    if (!spec.schedule)
        return { ...base, verdict: 'keep', state: 'absent', reason: 'not deployed; the next apply creates it' };
    const schedule = (0,plan/* scheduledDown */.GA)(spec, now);
    if (schedule.down) {
        const until = schedule.nextUp ? (0,plan/* formatInZone */.FL)(schedule.nextUp, spec.schedule.timezone) : 'never, by its cron';
        return { ...base, verdict: 'keep', state: 'dormant', reason: `scheduled down until ${until}`, ...(schedule.nextUp ? { nextAt: schedule.nextUp.toISOString() } : {}) };
    }
    const down = (0,core_schedule/* nextChange */.G4)(spec.schedule, now);
    const until = down && !down.up ? ` (down again ${(0,plan/* formatInZone */.FL)(down.at, spec.schedule.timezone)})` : '';
    return { ...base, verdict: 'bring-up', because: 'schedule', state: 'dormant', reason: `its schedule window is open${until}`, ...(down ? { nextAt: down.at.toISOString() } : {}) };
}
function nextEvent(spec, expiry, now) {
    const events = [];
    if (expiry)
        events.push({ at: expiry, text: `ttl ${spec.ttl} runs out ${(0,plan/* formatUtc */.ay)(expiry)}` });
    if (spec.schedule) {
        const down = (0,core_schedule/* nextChange */.G4)(spec.schedule, now);
        if (down && !down.up)
            events.push({ at: down.at, text: `inside its schedule window until ${(0,plan/* formatInZone */.FL)(down.at, spec.schedule.timezone)}` });
    }
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    if ((0,plan/* isProtected */.bz)(spec) && events.length)
        return { at: events[0].at, text: 'protect: true, never torn down' };
    return events[0];
}
function scheduleSavings(specs, decisions) {
    const expired = new Set(decisions.filter((d) => d.state === 'expired').map((d) => d.name));
    const items = [];
    for (const spec of specs) {
        if (!spec.schedule || spec.protect || expired.has(spec.name))
            continue;
        const always = (0,cost/* estimateCost */.a3)({ ...spec, schedule: undefined });
        const scheduled = (0,cost/* estimateCost */.a3)(spec);
        const saved = always.monthlyMin === null || scheduled.monthlyMin === null ? null : round2(always.monthlyMin - scheduled.monthlyMin);
        items.push({ name: spec.name, alwaysOn: always.monthlyMin, scheduled: scheduled.monthlyMin, saved, upHoursPerMonth: scheduled.hoursPerMonth });
    }
    const monthly = items.reduce((sum, i) => (sum === null || i.saved === null ? null : sum + i.saved), 0);
    return { monthly: monthly === null ? null : round2(monthly), items };
}
/** The deletes and creates teardown decided on, as a plan the apply path carries out. */
function teardownPlan(result, specs, live, meta) {
    const entries = [];
    for (const d of result.decisions) {
        if (d.verdict === 'tear-down' && d.stack)
            entries.push((0,plan/* lifecycleDeleteEntry */.CE)(d.stack, `teardown: ${d.reason}`));
    }
    const upNames = new Set(result.decisions.filter((d) => d.verdict === 'bring-up').map((d) => d.name));
    if (upNames.size) {
        // The regular plan of just these entries gives the same create (fit, cost, notes) a merge would.
        const full = (0,plan/* buildPlan */.Gg)(specs.filter((s) => upNames.has(s.name)), { known: true, stacks: live.stacks, regions: live.regions, ...(live.tombstones ? { tombstones: live.tombstones } : {}) }, { ...meta, allowDestroy: false, now: result.now });
        for (const e of full.entries) {
            if (e.action === 'create' && upNames.has(e.name))
                entries.push({ ...e, notes: [`teardown: brought up, ${reasonOf(result, e.name)}`, ...e.notes] });
        }
    }
    return (0,plan/* planFromEntries */.yh)(entries, { manifestPath: meta.manifestPath, stackPrefix: meta.stackPrefix, live: { known: true, regions: live.regions } });
}
function reasonOf(result, name) {
    return result.decisions.find((d) => d.name === name && d.verdict === 'bring-up')?.reason ?? 'its schedule window is open';
}
function round2(n) {
    return Math.round(n * 100) / 100;
}
/** Where a deployment stands after the run, as the fleet report shows it. */
function stateAfter(item) {
    if (item.outcome?.result !== 'succeeded')
        return item.state;
    if (item.verdict === 'tear-down')
        return item.because === 'ttl' ? 'expired' : 'dormant';
    if (item.verdict === 'bring-up')
        return 'starting';
    return item.state;
}

// EXTERNAL MODULE: ./src/aws/stacks.ts
var stacks = __webpack_require__(3596);
// EXTERNAL MODULE: ./src/modes/plan.ts
var modes_plan = __webpack_require__(2317);
// EXTERNAL MODULE: ./src/aws/tombstones.ts
var tombstones = __webpack_require__(4657);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./src/aws/pipeline-contract.ts
var pipeline_contract = __webpack_require__(1130);
;// CONCATENATED MODULE: ./src/aws/images.ts
// `prune-images: <days>`: delete serving images that nothing uses any more. An image is in use when
// a stack's ImageUri names it (by digest, or by a tag it carries) in any region the manifest uses,
// or when a dormant deployment's teardown record does (its bring-up runs that image again). Only
// images older than the limit go: pushed before it and, where ECR recorded one, not pulled since.
// Deletes are by digest, which removes the image with all its tags; a tag delete would only untag.


const DAY_MS = 86_400_000;
/** BatchDeleteImage takes at most 100 image ids. */
const DELETE_BATCH = 100;
/** `123.dkr.ecr.us-east-1.amazonaws.com/emd/vllm:0.6.3-ab12`, `\u2026/emd/vllm@sha256:\u2026`, or both. */
function parseImageUri(uri) {
    const slash = uri.indexOf('/');
    if (slash < 0)
        return undefined;
    let rest = uri.slice(slash + 1);
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    if (!rest)
        return undefined;
    return { repository: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/**
 * Pure selection. References are matched on repository plus digest or tag regardless of the
 * registry host: a reference to another region's registry then keeps an image it cannot mean,
 * which costs storage, never a running deployment.
 */
function judgeImage(image, inUse, cutoff) {
    const user = inUse.find(({ ref }) => ref.repository === image.repository && ((ref.digest !== undefined && ref.digest === image.digest) || (ref.tag !== undefined && image.tags.includes(ref.tag))));
    if (user)
        return { prune: false, why: 'in-use', detail: user.by };
    if (!image.pushedAt)
        return { prune: false, why: 'no-date', detail: 'ECR reported no push time' };
    const last = Math.max(image.pushedAt.getTime(), image.lastPulledAt?.getTime() ?? 0);
    if (last > cutoff.getTime()) {
        const pulled = image.lastPulledAt && image.lastPulledAt.getTime() > image.pushedAt.getTime();
        return { prune: false, why: 'recent', detail: `${pulled ? 'pulled' : 'pushed'} ${new Date(last).toISOString().slice(0, 10)}` };
    }
    return { prune: true };
}
async function pruneImages(req) {
    const report = { olderThanDays: req.olderThanDays, dryRun: req.dryRun, deleted: [], keptInUse: 0, keptRecent: 0, problems: [] };
    const cutoff = new Date(req.now.getTime() - req.olderThanDays * DAY_MS);
    const refs = req.inUse.flatMap(({ uri, by }) => {
        const ref = parseImageUri(uri);
        return ref ? [{ ref, by }] : [];
    });
    const repos = Object.keys(pipeline_contract/* ENGINE_REPOSITORIES */._m).map((engine) => pipeline_contract/* names */.Dy.ecrRepository(req.stackPrefix, engine));
    for (const region of [...new Set(req.regions)].sort()) {
        const ecr = await req.clients.ecr(region);
        for (const repository of repos) {
            let images;
            try {
                images = await listImages(req.clients, region, repository);
            }
            catch (error) {
                const name = error.name;
                if (name === 'RepositoryNotFoundException')
                    continue;
                report.problems.push(`${region} ${repository}: images could not be listed (${name ?? ''}: ${error.message})`);
                continue;
            }
            const doomed = [];
            for (const image of images) {
                const verdict = judgeImage(image, refs, cutoff);
                if (verdict.prune)
                    doomed.push(image);
                else if (verdict.why === 'in-use')
                    report.keptInUse++;
                else
                    report.keptRecent++;
            }
            if (req.dryRun) {
                report.deleted.push(...doomed);
                continue;
            }
            for (let i = 0; i < doomed.length; i += DELETE_BATCH) {
                const batch = doomed.slice(i, i + DELETE_BATCH);
                try {
                    const out = await ecr.send(new dist_cjs/* BatchDeleteImageCommand */.wau({ repositoryName: repository, imageIds: batch.map((b) => ({ imageDigest: b.digest })) }));
                    const failed = new Map((out.failures ?? []).map((f) => [f.imageId?.imageDigest ?? '', f]));
                    for (const image of batch) {
                        const f = failed.get(image.digest);
                        if (!f)
                            report.deleted.push(image);
                        // Gone already is what we wanted.
                        else if (f.failureCode !== 'ImageNotFound')
                            report.problems.push(`${region} ${repository}@${image.digest}: ${f.failureCode} (${f.failureReason ?? ''})`);
                    }
                }
                catch (error) {
                    report.problems.push(`${region} ${repository}: BatchDeleteImage failed (${error.name ?? ''}: ${error.message})`);
                }
            }
        }
    }
    return report;
}
async function listImages(clients, region, repository) {
    const out = [];
    for await (const page of (0,dist_cjs/* paginateDescribeImages */.XiR)({ client: await clients.ecr(region) }, { repositoryName: repository })) {
        for (const d of page.imageDetails ?? []) {
            const image = toRepoImage(region, repository, d);
            if (image)
                out.push(image);
        }
    }
    return out;
}
function toRepoImage(region, repository, d) {
    if (!d.imageDigest)
        return undefined;
    return {
        region,
        repository,
        digest: d.imageDigest,
        tags: d.imageTags ?? [],
        ...(d.imagePushedAt ? { pushedAt: d.imagePushedAt } : {}),
        ...(d.lastRecordedPullTime ? { lastPulledAt: d.lastRecordedPullTime } : {}),
        ...(d.imageSizeInBytes !== undefined ? { sizeBytes: d.imageSizeInBytes } : {})
    };
}

;// CONCATENATED MODULE: ./src/modes/teardown.ts
// `mode: teardown`, shared by the action and tests: manifest \u2192 live stacks and teardown records \u2192
// decisions \u2192 (records written) \u2192 a plan of just the deletes and creates \u2192 the apply path. Pruning
// images and reporting are side jobs that never undo or block the fleet work.






async function runTeardown(req) {
    const now = (req.now ?? (() => new Date()))();
    const log = req.log;
    const manifest = (0,load/* loadManifest */.e)(req.content, { path: req.manifestPath, stackPrefix: req.stackPrefix, defaultRegion: req.defaultRegion });
    const base = { manifest, now, dryRun: req.dryRun, items: [], savings: { monthly: 0, items: [] }, warnings: [] };
    if (!manifest.valid) {
        const count = manifest.diagnostics.filter((d) => d.severity === 'error').length;
        const aborted = `${req.manifestPath} is invalid (${count} error${count === 1 ? '' : 's'}); nothing was torn down or brought up`;
        return { ...base, aborted, failures: [aborted], ok: false };
    }
    const regions = [...new Set([...manifest.specs.map((s) => s.region), ...(req.defaultRegion ? [req.defaultRegion] : [])])].sort();
    const home = (0,modes_plan/* homeRegion */.w)(req.defaultRegion, manifest.specs);
    const live = await log.group('Live stacks and teardown records', () => (0,stacks.listStacks)(req.clients, regions, { stackPrefix: req.stackPrefix, homeRegion: home }));
    if (!live.known) {
        const aborted = `live state unknown: ${live.reason}`;
        return { ...base, aborted, failures: [aborted], ok: false };
    }
    const warnings = [];
    if (live.tombstones && !live.tombstones.known)
        warnings.push(live.tombstones.reason);
    warnings.push(...(live.warnings ?? []), ...(live.tombstones?.known ? (live.tombstones.warnings ?? []) : []));
    const decided = decideTeardown(manifest.specs, live, { now, stackPrefix: req.stackPrefix, manifestPath: req.manifestPath });
    const items = decided.decisions.map((d) => ({ ...d }));
    for (const i of items)
        log.info(`${i.name} (${i.region}): ${i.verdict}${i.skip ? ` (${i.skip})` : ''}: ${i.reason}`);
    const failures = [];
    // Before anything is deleted or created: an image a bring-up reuses must not vanish under it.
    let prune;
    if (req.pruneImagesDays !== undefined) {
        if (live.tombstones && !live.tombstones.known) {
            warnings.push('prune-images skipped: without the teardown records, the images of deployments that are down for their schedule are not known');
        }
        else {
            const inUse = [
                ...live.stacks.filter((s) => s.parameters.ImageUri).map((s) => ({ uri: s.parameters.ImageUri, by: `${s.stackName} (${s.region})` })),
                ...(live.tombstones?.known ? live.tombstones.items : [])
                    .filter((t) => t.reason === 'schedule' && t.imageUri)
                    .map((t) => ({ uri: t.imageUri, by: `${t.stackName} (down for its schedule)` }))
            ];
            prune = await log.group('Prune images', () => pruneImages({ clients: req.clients, regions, stackPrefix: req.stackPrefix, olderThanDays: req.pruneImagesDays, now, inUse, dryRun: req.dryRun }));
            for (const p of prune.problems)
                log.warning(`prune-images: ${p}`);
        }
    }
    const acting = items.filter((i) => i.verdict === 'tear-down' || i.verdict === 'bring-up');
    if (req.dryRun) {
        for (const i of acting)
            i.outcome = { result: 'dry-run' };
        const plan = teardownPlan(decided, manifest.specs, live, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix });
        return { manifest, now, dryRun: true, items, savings: decided.savings, plan, prune, warnings, failures, ok: true };
    }
    await recordTeardowns(req, live.stacks, items, warnings, failures);
    const go = { ...decided, decisions: items.filter((i) => i.outcome?.result !== 'not-run') };
    const plan = teardownPlan(go, manifest.specs, live, { manifestPath: req.manifestPath, stackPrefix: req.stackPrefix });
    if (plan.entries.length) {
        let outcome;
        try {
            outcome = await req.execute(plan, { liveStacks: live.stacks });
        }
        catch (error) {
            const message = error?.message ?? String(error);
            for (const i of acting)
                if (!i.outcome)
                    i.outcome = { result: 'failed', reason: message };
            failures.push(`the apply path failed: ${message}`);
        }
        if (outcome) {
            for (const i of acting) {
                if (i.outcome)
                    continue;
                const action = i.verdict === 'tear-down' ? 'delete' : 'create';
                const d = outcome.deployments.find((x) => x.name === i.name && x.action === action) ?? outcome.deployments.find((x) => x.name === i.name);
                i.outcome = d ? { result: d.result, ...(d.reason ? { reason: d.reason } : {}) } : { result: 'not-run', reason: 'the apply path did not report on it' };
            }
        }
    }
    for (const i of acting) {
        const r = i.outcome?.result;
        if (r === 'failed' || r === 'timed-out' || r === 'cancelled') {
            failures.push(`${i.name}: ${i.verdict === 'tear-down' ? 'tear-down' : 'bring-up'} ${r}${i.outcome?.reason ? `: ${i.outcome.reason}` : ''}`);
        }
    }
    return { manifest, now, dryRun: false, items, savings: decided.savings, plan, prune, warnings, failures, ok: failures.length === 0 };
}
/**
 * Writes each tear-down's record before the delete is started. A ttl tear-down whose record cannot
 * be written is not carried out: without it the next apply would create the deployment again. A
 * schedule record only keeps the plan's cost comparison and the image for the bring-up, so its
 * failure is a warning.
 */
async function recordTeardowns(req, stacks, items, warnings, failures) {
    const buckets = (0,tombstones/* artifactBuckets */.KX)(stacks, req.stackPrefix);
    for (const i of items) {
        if (i.verdict !== 'tear-down' || !i.record)
            continue;
        const bucket = buckets.get(i.region)?.[0];
        let problem;
        if (!bucket)
            problem = `no ${req.stackPrefix}-bootstrap stack with an ArtifactBucket output in ${i.region}`;
        else {
            try {
                await (0,tombstones/* writeTombstone */.z)(req.clients, bucket, i.record);
            }
            catch (error) {
                problem = `s3://${bucket}/state/tombstones/${i.stackName}.json could not be written (${error.name ?? 'Error'}: ${error.message})`;
            }
        }
        if (!problem)
            continue;
        if (i.because === 'ttl') {
            i.outcome = { result: 'not-run', reason: `${problem}; without that record the next apply would create it again` };
            failures.push(`${i.name}: not torn down: ${i.outcome.reason}`);
        }
        else {
            warnings.push(`${i.name}: ${problem}; it is torn down anyway, and the plan shows it as new until it is up again`);
        }
    }
}

// EXTERNAL MODULE: ./src/modes/apply.ts + 1 modules
var apply = __webpack_require__(3129);
// EXTERNAL MODULE: ./src/action/apply.ts + 2 modules
var action_apply = __webpack_require__(7467);
// EXTERNAL MODULE: ./src/core/render/money.ts
var money = __webpack_require__(724);
// EXTERNAL MODULE: ./src/core/render/format.ts
var format = __webpack_require__(9649);
;// CONCATENATED MODULE: ./src/core/render/teardown-markdown.ts
// The teardown job summary and the fleet issue body. Both read the same decisions, so the issue
// never says something the summary of the same run contradicts.





const ORDER = { 'tear-down': 0, 'bring-up': 1, skip: 2, keep: 3 };
const MAX_ROWS = 500;
const MAX_IMAGES = 50;
function renderTeardownMarkdown(input) {
    const out = [`### emd-action teardown for \`${input.manifest}\`${input.dryRun ? ' (dry run)' : ''}`, ''];
    if (input.dryRun)
        out.push('_Dry run: nothing was changed; this is what a real run would do._', '');
    if (input.aborted) {
        out.push(`**Nothing was done:** ${(0,format/* text */.Qq)(input.aborted)}`);
        appendWarnings(out, input.warnings);
        return finish(out, input.runUrl);
    }
    // Failures first (they need a person), then by what happened.
    const items = [...input.items].sort((a, b) => Number(isFailure(b)) - Number(isFailure(a)) || ORDER[a.verdict] - ORDER[b.verdict] || a.name.localeCompare(b.name));
    const n = (v) => items.filter((i) => i.verdict === v).length;
    const verb = input.dryRun ? { down: 'to tear down', up: 'to bring up' } : { down: 'torn down', up: 'brought up' };
    const failed = items.filter((i) => isFailure(i)).length;
    const parts = [`${n('tear-down')} ${verb.down}`, `${n('bring-up')} ${verb.up}`, `${n('skip')} skipped`, `${n('keep')} kept`];
    if (failed)
        parts.push(`${failed} failed`);
    out.push(`**${parts.join(' \u00b7 ')}** \u00b7 ${savingsLine(input.savings)}`, '', `<sub>as of ${(0,plan/* formatUtc */.ay)(input.now)}</sub>`, '');
    if (items.length === 0) {
        out.push('The manifest has no deployments and no stack of this prefix is managed from it.');
    }
    else {
        // Narrow: the region only when the fleet spans several.
        const regions = new Set(items.map((i) => i.region)).size > 1;
        out.push(regions ? '| Deployment | Region | What happened | Why |' : '| Deployment | What happened | Why |', regions ? '|---|---|---|---|' : '|---|---|---|');
        for (const i of items.slice(0, MAX_ROWS)) {
            out.push(`| \`${i.name}\` |${regions ? ` ${(0,format/* unbreakable */.fn)(i.region)} |` : ''} ${icon(i, input.dryRun)}${(0,format/* cell */.Hn)(whatHappened(i, input.dryRun))} | ${(0,format/* cell */.Hn)(why(i))} |`);
        }
        if (items.length > MAX_ROWS)
            out.push('', `\u2026and ${items.length - MAX_ROWS} more.`);
    }
    if (input.savings.items.length) {
        out.push('', '#### Schedules', '', '| Deployment | Up hours / month | $/mo always on | $/mo scheduled | $/mo saved |', '|---|---:|---:|---:|---:|');
        for (const s of input.savings.items) {
            out.push(`| \`${s.name}\` | ${Math.round(s.upHoursPerMonth)} of 730 | ${(0,money/* money */.TG)(s.alwaysOn, 'mo', { unit: false })} | ${(0,money/* money */.TG)(s.scheduled, 'mo', { unit: false })} | ${(0,money/* money */.TG)(s.saved, 'mo', { unit: false })} |`);
        }
        out.push('', '<sub>Monthly estimates at minimum scale; a schedule saves instance hours, not the load balancer or the key secret.</sub>');
    }
    if (input.prune)
        out.push('', ...pruneSection(input.prune));
    appendWarnings(out, input.warnings);
    return finish(out, input.runUrl);
}
function isFailure(i) {
    return ['failed', 'timed-out', 'cancelled'].includes(i.outcome?.result ?? '');
}
function whatHappened(i, dryRun) {
    const r = i.outcome?.result;
    const because = i.because ? ` (${i.because})` : '';
    switch (i.verdict) {
        case 'tear-down':
            if (dryRun || r === 'dry-run')
                return `would tear down${because}`;
            if (r === 'succeeded')
                return `torn down${because}`;
            if (r === 'not-run')
                return 'not torn down';
            return `tear-down ${r ?? 'not run'}${because}`;
        case 'bring-up':
            if (dryRun || r === 'dry-run')
                return 'would bring up';
            if (r === 'succeeded')
                return 'brought up';
            if (r === 'not-run')
                return 'not brought up';
            return `bring-up ${r ?? 'not run'}`;
        case 'skip':
            return `skipped: ${i.skip}`;
        case 'keep':
            return i.state === 'expired' ? 'kept down: expired' : i.state === 'dormant' ? 'kept down: scheduled' : i.state === 'absent' ? 'nothing to do' : 'kept';
    }
}
function icon(i, dryRun) {
    const r = i.outcome?.result;
    if (dryRun || r === 'dry-run')
        return '';
    if (r === 'failed')
        return `${format/* RESULT_MARK */.oT.failed} `;
    if (r === 'cancelled')
        return `${format/* RESULT_MARK */.oT.cancelled} `;
    if (r === 'timed-out')
        return `${format/* RESULT_MARK */.oT.timedOut} `;
    if (r === 'not-run')
        return `${format/* RESULT_MARK */.oT.attention} `;
    if (r === 'succeeded')
        return `${format/* RESULT_MARK */.oT.succeeded} `;
    return i.verdict === 'skip' ? `${format/* RESULT_MARK */.oT.heldBack} ` : i.verdict === 'keep' ? `${format/* RESULT_MARK */.oT.unchanged} ` : '';
}
function why(i) {
    const extra = i.outcome?.reason && i.outcome.result !== 'succeeded' ? ` \u2014 ${i.outcome.reason}` : '';
    return `${i.reason}${extra}`;
}
function savingsLine(savings) {
    if (!savings.items.length)
        return 'no deployment has a schedule';
    if (savings.monthly === null)
        return 'schedule savings unknown (a price is missing)';
    return `schedules save ${(0,money/* money */.TG)(savings.monthly)} against running always on`;
}
function pruneSection(p) {
    const out = [`#### Images (prune-images: ${p.olderThanDays} day${p.olderThanDays === 1 ? '' : 's'})`, ''];
    const bytes = p.deleted.reduce((sum, d) => sum + (d.sizeBytes ?? 0), 0);
    const verb = p.dryRun ? 'Would delete' : 'Deleted';
    out.push(`${verb} ${p.deleted.length} image${p.deleted.length === 1 ? '' : 's'}${bytes ? ` (${(bytes / 1e9).toFixed(1)} GB)` : ''}; kept ${p.keptInUse} in use and ${p.keptRecent} younger than the limit.`);
    if (p.deleted.length) {
        out.push('');
        for (const d of p.deleted.slice(0, MAX_IMAGES)) {
            const tags = d.tags.length ? d.tags.join(', ') : 'untagged';
            out.push(`- ${d.region} \`${d.repository}\` ${tags} (\`${d.digest.slice(0, 19)}\u2026\`${d.pushedAt ? `, pushed ${d.pushedAt.toISOString().slice(0, 10)}` : ''})`);
        }
        if (p.deleted.length > MAX_IMAGES)
            out.push(`- \u2026and ${p.deleted.length - MAX_IMAGES} more`);
    }
    for (const problem of p.problems)
        out.push(`- \u26a0\ufe0f ${(0,format/* text */.Qq)(problem)}`);
    return out;
}
function appendWarnings(out, warnings) {
    if (!warnings?.length)
        return;
    out.push('');
    for (const w of warnings)
        out.push(`- \u26a0\ufe0f ${(0,format/* text */.Qq)(w)}`);
}
function finish(out, runUrl) {
    if (runUrl)
        out.push('', `<sub>[workflow run](${runUrl})</sub>`);
    return out.join('\n');
}
// ---- fleet issue -----------------------------------------------------------------------------
const STATE_LABEL = {
    running: 'running',
    dormant: 'down (schedule)',
    expired: 'down (ttl expired)',
    absent: 'not deployed',
    starting: 'starting'
};
/**
 * The fleet as of this run. Nothing in it changes from hour to hour unless the fleet does, so the
 * issue is edited only when there is something to tell.
 */
function renderFleetIssue(input) {
    const rows = input.items.filter((i) => i.skip !== 'unmanaged' && i.skip !== 'other-manifest').sort((a, b) => a.name.localeCompare(b.name) || a.region.localeCompare(b.region));
    const out = [
        `Deployments of \`${input.manifest}\`, kept up to date by the hourly \`mode: teardown\` run of emd-action. Edit the manifest, not this issue.`,
        '',
        '| Deployment | Region | State | Next | $/mo, min scale |',
        '|---|---|---|---|---:|'
    ];
    for (const i of rows.slice(0, MAX_ROWS)) {
        const state = stateAfter(i);
        const spec = i.spec ?? i.deployed;
        const monthly = !spec || state === 'expired' ? '\u2013' : (0,money/* money */.TG)((0,cost/* estimateCost */.a3)(spec).monthlyMin, 'mo', { unit: false });
        out.push(`| \`${i.name}\` | ${i.region} | ${STATE_LABEL[state]}${i.verdict === 'skip' ? ` (${i.skip})` : ''} | ${(0,format/* cell */.Hn)((0,format/* text */.Qq)(nextText(i, state)))} | ${monthly} |`);
    }
    if (rows.length > MAX_ROWS)
        out.push('', `\u2026and ${rows.length - MAX_ROWS} more.`);
    out.push('', savingsLine(input.savings).replace(/^./, (c) => c.toUpperCase()) + '.');
    return out.join('\n');
}
function nextText(i, state) {
    const spec = i.spec;
    if (state === 'expired')
        return 'change the entry to deploy it again';
    if (!i.nextAt || !spec)
        return i.verdict === 'skip' ? i.reason : '';
    const at = new Date(i.nextAt);
    const when = spec.schedule ? (0,plan/* formatInZone */.FL)(at, spec.schedule.timezone) : (0,plan/* formatUtc */.ay)(at);
    if (state === 'dormant')
        return `up ${when}`;
    if (state === 'running' || state === 'starting') {
        if (spec.protect)
            return 'protect: true';
        return i.reason.startsWith('ttl') ? `ttl runs out ${(0,plan/* formatUtc */.ay)(at)}` : `down ${when}`;
    }
    return '';
}

// EXTERNAL MODULE: ./src/action/core-logger.ts
var core_logger = __webpack_require__(2048);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(1944);
;// CONCATENATED MODULE: ./src/github/fleet-issue.ts
const FLEET_LABEL = 'emd-fleet';
/** One word, so the marker cannot be confused with another manifest's. */
function fleetMarker(manifest) {
    return `<!-- emd-action:fleet:${encodeURIComponent(manifest.replace(/^\.\//, ''))} -->`;
}
function normalise(text) {
    return text.replace(/\r\n/g, '\n').replace(/\s+$/, '');
}
async function upsertFleetIssue(opts) {
    const { octokit, owner, repo } = opts;
    const marker = fleetMarker(opts.manifest);
    const body = `${marker}\n${opts.body}`;
    try {
        // Closed issues count too: closing the issue is how someone silences it, not a request for a new one.
        let found;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, labels: FLEET_LABEL, state: 'all', per_page: 100 })) {
            for (const issue of page.data) {
                if (issue.pull_request)
                    continue;
                if (issue.body?.includes(marker) && (!found || (found.state !== 'open' && issue.state === 'open')))
                    found = issue;
            }
        }
        if (!found) {
            const { data } = await octokit.rest.issues.create({ owner, repo, title: opts.title, body, labels: [FLEET_LABEL] });
            opts.log?.info(`Fleet issue created: ${data.html_url}`);
            return { action: 'created', number: data.number, url: data.html_url };
        }
        if (normalise(found.body ?? '') === normalise(body))
            return { action: 'unchanged', number: found.number, url: found.html_url };
        const { data } = await octokit.rest.issues.update({ owner, repo, issue_number: found.number, body });
        opts.log?.info(`Fleet issue updated: ${data.html_url}`);
        return { action: 'updated', number: data.number, url: data.html_url };
    }
    catch (error) {
        if (error.status === 403) {
            const reason = 'the token may not write issues (a read-only token: give the job `issues: write`, or pass a token that has it); the fleet report is in the job summary only';
            opts.log?.warning(`Fleet issue not updated: ${reason}`);
            return { action: 'skipped', reason };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./src/github/preview.ts
var preview = __webpack_require__(1655);
// EXTERNAL MODULE: ./src/modes/preview.ts + 1 modules
var modes_preview = __webpack_require__(1662);
;// CONCATENATED MODULE: ./src/action/preview-sweep.ts
// The scheduled teardown also removes pull request previews: those whose pull request is closed
// (asked of GitHub; unknown keeps them) and those past their ttl. Kept apart from the manifest
// teardown, which never sees previews (core/live.ts isPreview).







async function sweepPreviewsAction(inputs, ctx, clients, manifestRegions) {
    const regions = [...new Set([...manifestRegions, ...(inputs.awsRegion ? [inputs.awsRegion] : [])])].sort();
    if (!regions.length)
        return { markdown: '' };
    const octokit = inputs.githubToken ? (0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W }) : undefined;
    try {
        const sweep = await core/* group */.Os('Pull request previews', () => (0,modes_preview/* sweepPreviews */.GP)({
            clients,
            stackPrefix: inputs.stackPrefix,
            manifestPath: inputs.manifest,
            regions,
            now: new Date(),
            dryRun: inputs.dryRun,
            prState: async (pr) => (octokit ? (await (0,preview/* readPullRequest */.DQ)(octokit, ctx.owner, ctx.repo, pr)).state : 'unknown'),
            apply: (plan, liveStacks) => (0,apply/* runApply */.O)({ ...(0,action_apply.applyRequest)(inputs, ctx, clients, plan), liveStacks }),
            log: core_logger/* coreLogger */.W
        }));
        if (!sweep.due.length)
            return { markdown: '', failed: sweep.failed };
        const lines = inputs.dryRun
            ? sweep.due.map((d) => `- \`${d.stackName}\` (${d.region}): would be removed, ${d.why}`)
            : sweep.removed.map((r) => `- \`${r.stackName}\` (${r.region}): ${r.result === 'succeeded' ? 'removed' : `${r.result}${r.reason ? ` (${r.reason})` : ''}`}, ${r.why}`);
        return { markdown: `\n\n### Pull request previews\n\n${lines.join('\n')}\n`, failed: sweep.failed };
    }
    catch (error) {
        return { markdown: '', failed: `pull request previews: ${error.message}` };
    }
}

;// CONCATENATED MODULE: ./src/action/teardown.ts
// `mode: teardown` on the runner: the shared teardown path plus its reporting (job summary, fleet
// issue). Fails the step in one place when a tear-down or bring-up failed or nothing could be read.











const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
/**
 * Why this run must not tear down or bring up, if it must not. A bring-up deploys through the
 * pipeline like an apply, so the same events are refused: a pull request's manifest is not
 * reviewed yet, and a fork's workflow run is not ours. A dry run only reads and is let through.
 */
function refuseTeardown(inputs, ctx) {
    if (inputs.dryRun)
        return undefined;
    if (PULL_REQUEST_EVENTS.has(ctx.eventName) || ctx.pullRequest) {
        return `mode: teardown does not run on ${ctx.eventName || 'pull request'} events: it runs on the schedule (or workflow_dispatch) against the default branch; dry-run: true only reports`;
    }
    const run = ctx.payload.workflow_run;
    const head = run?.head_repository?.full_name;
    if (head && head.toLowerCase() !== `${ctx.owner}/${ctx.repo}`.toLowerCase()) {
        return `mode: teardown does not run for a workflow run of ${head}, a fork`;
    }
    return undefined;
}
async function teardownAction(inputs, ctx) {
    const refusal = refuseTeardown(inputs, ctx);
    if (refusal)
        return { failed: refusal };
    const content = await (0,manifest_file/* readManifest */.W)(inputs.manifest);
    const clients = new aws_clients/* AwsClients */.c();
    const outcome = await runTeardown({
        manifestPath: inputs.manifest,
        content,
        stackPrefix: inputs.stackPrefix,
        defaultRegion: inputs.awsRegion,
        clients,
        execute: applyExecutor(inputs, ctx, clients),
        dryRun: inputs.dryRun,
        pruneImagesDays: inputs.pruneImagesDays,
        log: core_logger/* coreLogger */.W
    });
    (0,core_logger/* annotate */.f)(outcome.manifest.diagnostics);
    for (const w of outcome.warnings)
        core/* warning */.$e(w);
    const previews = await sweepPreviewsAction(inputs, ctx, clients, outcome.manifest.specs.map((s) => s.region));
    const markdown = renderTeardownMarkdown({
        manifest: inputs.manifest,
        dryRun: outcome.dryRun,
        now: outcome.now,
        items: outcome.items,
        savings: outcome.savings,
        prune: outcome.prune,
        warnings: outcome.warnings,
        aborted: outcome.aborted,
        runUrl: ctx.runUrl
    });
    await core/* summary */.z.addRaw(markdown + previews.markdown, true).write();
    let issueFailure;
    if (inputs.reportIssue && !outcome.aborted) {
        if (!inputs.githubToken) {
            core/* warning */.$e('report-issue is on but there is no github-token: the fleet report is in the job summary only.');
        }
        else if (inputs.dryRun) {
            core/* info */.pq('dry-run: the fleet issue is left as it is.');
        }
        else {
            try {
                const result = await upsertFleetIssue({
                    octokit: (0,client/* createOctokit */.Q)(inputs.githubToken, ctx.apiUrl, { log: core_logger/* coreLogger */.W }),
                    owner: ctx.owner,
                    repo: ctx.repo,
                    manifest: inputs.manifest,
                    title: `emd-action fleet: ${inputs.manifest}`,
                    body: renderFleetIssue({ manifest: inputs.manifest, items: outcome.items, savings: outcome.savings }),
                    log: { info: core/* info */.pq, warning: core/* warning */.$e }
                });
                if (result.action !== 'skipped')
                    core/* info */.pq(`Fleet issue #${result.number} ${result.action}: ${result.url}`);
            }
            catch (error) {
                issueFailure = `the fleet issue could not be updated: ${error.message}`;
            }
        }
    }
    const failures = [...outcome.failures, ...(issueFailure ? [issueFailure] : []), ...(previews.failed ? [previews.failed] : [])];
    return failures.length ? { failed: `Teardown failed:\n- ${failures.join('\n- ')}` } : {};
}
/** The apply path carries out teardown's deletes and creates, with the inputs an apply uses. */
function applyExecutor(inputs, ctx, clients) {
    return (plan, context) => (0,apply/* runApply */.O)({
        ...(0,action_apply.applyRequest)(inputs, ctx, clients, plan),
        ...(context?.liveStacks ? { liveStacks: context.liveStacks } : {})
    });
}


/***/ })

};

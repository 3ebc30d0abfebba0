export const id = 596;
export const ids = [596];
export const modules = {

/***/ 1130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ SOURCE_BUNDLE_KEY),
/* harmony export */   Dy: () => (/* binding */ names),
/* harmony export */   KP: () => (/* binding */ MAX_PIPELINE_VARIABLE_LENGTH),
/* harmony export */   _m: () => (/* binding */ ENGINE_REPOSITORIES),
/* harmony export */   hC: () => (/* binding */ STACK_PREFIX_PATTERN),
/* harmony export */   zf: () => (/* binding */ PIPELINE_VARIABLES)
/* harmony export */ });
/* unused harmony exports NO_DEPLOYMENT, BOOTSTRAP_OUTPUTS, DEFAULT_STACK_PREFIX, modelTemplatePath, SHARED_MODEL_PARAMETERS, SHARED_MODEL_OUTPUTS, MODEL_OUTPUTS */
// The fixed contract between the action and the AWS side (cloudformation/bootstrap.yaml,
// buildspecs/). docs/architecture.md describes it; test/templates checks the templates against
// these constants, so a rename here without the template (or the other way round) fails a test.
/** Pipeline-level variables (CodePipeline V2) the action sends with StartPipelineExecution. */
const PIPELINE_VARIABLES = ['DEPLOYMENT', 'STACK_NAME', 'SERVICE', 'REQUEST_KEY', 'COMMIT'];
/** Defaults declared on the pipeline: the execution CodePipeline starts by itself ends at Build. */
const NO_DEPLOYMENT = 'none';
/** CodePipeline rejects longer values. */
const MAX_PIPELINE_VARIABLE_LENGTH = 1000;
/** Keys of the bootstrap stack's outputs. `GitHubRoleArn` and `GitHubPlanRoleArn` exist only when the OIDC roles are created. */
const BOOTSTRAP_OUTPUTS = (/* unused pure expression or super */ null && ([
    'ArtifactBucket',
    'PipelineName',
    'BuildProjectName',
    'EcrRepositoryPrefix',
    'DeployRoleArn',
    'GitHubRoleArn',
    'GitHubPlanRoleArn'
]));
/** Where the bootstrap uploads cloudformation/ and buildspecs/; the pipeline's S3 source. */
const SOURCE_BUNDLE_KEY = 'source/bundle.zip';
/** Engines as the manifest spells them, and the ECR repository suffix of each. */
const ENGINE_REPOSITORIES = { vllm: 'vllm', tgi: 'tgi', 'llama.cpp': 'llama-cpp' };
const DEFAULT_STACK_PREFIX = 'emd';
/** Prefixes become S3 bucket, ECR repository and IAM names: lowercase, short, no dots. */
const STACK_PREFIX_PATTERN = /^[a-z][a-z0-9-]{0,18}[a-z0-9]$|^[a-z]$/;
const names = {
    modelStack: (prefix, deployment) => `${prefix}-${deployment}`,
    bootstrapStack: (prefix) => `${prefix}-bootstrap`,
    pipeline: (prefix) => `${prefix}-deploy`,
    buildProject: (prefix) => `${prefix}-build`,
    ecrRepository: (prefix, engine) => `${prefix}/${ENGINE_REPOSITORIES[engine]}`,
    /** s3://<ArtifactBucket>/<requestKey> holds the deployment request the build reads. */
    requestKey: (deployment, specHash) => `requests/${deployment}/${specHash}.json`
};
/** Model templates: cloudformation/models/<service>.yaml. */
const modelTemplatePath = (service) => `cloudformation/models/${service}.yaml`;
/** Parameters every model template declares, with the same meaning in each. */
const SHARED_MODEL_PARAMETERS = (/* unused pure expression or super */ null && ([
    'DeploymentName',
    'DeploymentSpec',
    'ModelId',
    'ModelRevision',
    'ServedModelName',
    'Engine',
    'ImageUri',
    'WeightsS3Uri',
    'EngineArgs',
    'InstanceType',
    'MinCapacity',
    'MaxCapacity',
    'ApiKeyMode',
    'ApiKeySecretArn',
    'CertificateArn',
    'VpcId',
    'SubnetIds',
    'PublicEndpoint',
    // The bootstrap's ModelRoleBoundary: every role of a model stack carries it.
    'PermissionsBoundaryArn'
]));
/** Outputs of every model template; service identifiers come on top (MODEL_OUTPUTS). */
const SHARED_MODEL_OUTPUTS = ['BaseUrl', 'ApiKeySecretArn', 'ServedModelName'];
const MODEL_OUTPUTS = {
    sagemaker: [...SHARED_MODEL_OUTPUTS, 'EndpointName'],
    ecs: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'ClusterName', 'ServiceName'],
    ec2: [...SHARED_MODEL_OUTPUTS, 'LoadBalancerDnsName', 'AutoScalingGroupName']
};


/***/ }),

/***/ 5639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ writeRegionRecord),
/* harmony export */   WA: () => (/* binding */ readRegionRecord),
/* harmony export */   ns: () => (/* binding */ REGION_RECORD_KEY)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);
// The record of every region a stack prefix has deployed to, kept in the bootstrap bucket
// (s3://<ArtifactBucket>/state/regions.json) beside the teardown records. A deployment moved to
// another region, or a manifest that stopped naming a region, leaves stacks there; the plan lists
// those regions too, so the old stack is seen (a move is one change, a leftover is an orphan to
// delete) instead of running unseen. Apply adds a region before it deploys there.

const REGION_RECORD_KEY = 'state/regions.json';
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
/** The recorded regions; empty when nothing was recorded yet. Throws on access errors. */
async function readRegionRecord(clients, region, bucket) {
    let text;
    try {
        const got = await clients.s3(region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: REGION_RECORD_KEY }));
        text = (await got.Body?.transformToString('utf-8')) ?? '';
    }
    catch (error) {
        const name = error.name;
        if (name === 'NoSuchKey' || name === 'NoSuchBucket' || name === 'NotFound')
            return { regions: [] };
        throw error;
    }
    try {
        const body = JSON.parse(text);
        if (!Array.isArray(body.regions))
            throw new Error('no regions list');
        return { regions: body.regions.filter((r) => typeof r === 'string' && REGION.test(r)) };
    }
    catch (error) {
        return { regions: [], problem: `s3://${bucket}/${REGION_RECORD_KEY} (${region}) is not a readable region record (${error.message}); only the manifest's regions were read` };
    }
}
async function writeRegionRecord(clients, region, bucket, regions, now) {
    const body = { regions: [...new Set(regions)].sort(), updated_at: now.toISOString() };
    await clients.s3(region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .PutObjectCommand */ .wKZ({ Bucket: bucket, Key: REGION_RECORD_KEY, Body: JSON.stringify(body, null, 2), ContentType: 'application/json' }));
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listStacks: () => (/* binding */ listStacks),
/* harmony export */   toLiveStack: () => (/* binding */ toLiveStack)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3805);
/* harmony import */ var _tombstones_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4657);
/* harmony import */ var _region_record_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5639);
// Live state for the plan: one paginated DescribeStacks per region (all stacks, tags, parameters
// and outputs in each page), never a call per deployment, so reads grow with pages, not entries.



async function listStacks(clients, regions, options = {}) {
    let sorted = [...new Set(regions)].sort();
    let stacks;
    let recordedRegions = [];
    const warnings = [];
    try {
        const perRegion = await Promise.all(sorted.map((region) => listRegion(clients, region)));
        stacks = perRegion.flat();
        // Regions deployed to before and no longer named: one read of the record, then their listings.
        const home = options.homeRegion && sorted.includes(options.homeRegion) ? options.homeRegion : undefined;
        const bucket = home && options.stackPrefix ? (0,_tombstones_js__WEBPACK_IMPORTED_MODULE_0__/* .artifactBuckets */ .KX)(stacks, options.stackPrefix).get(home)?.[0] : undefined;
        if (home && bucket) {
            const record = await (0,_region_record_js__WEBPACK_IMPORTED_MODULE_1__/* .readRegionRecord */ .WA)(clients, home, bucket).catch((error) => ({
                regions: [],
                problem: `the record of regions deployed to (s3://${bucket}/${_region_record_js__WEBPACK_IMPORTED_MODULE_1__/* .REGION_RECORD_KEY */ .ns}) could not be read: ${error.message}; stacks in regions the manifest no longer names are not shown`
            }));
            if (record.problem)
                warnings.push(record.problem);
            recordedRegions = record.regions.filter((r) => !sorted.includes(r)).sort();
            if (recordedRegions.length) {
                stacks.push(...(await Promise.all(recordedRegions.map((region) => listRegion(clients, region)))).flat());
                sorted = [...sorted, ...recordedRegions].sort();
            }
        }
    }
    catch (error) {
        return { known: false, reason: explain(error), regions: sorted, ...(isCredentialError(error) ? { noCredentials: true } : {}) };
    }
    const extra = { ...(recordedRegions.length ? { recordedRegions } : {}), ...(warnings.length ? { warnings } : {}) };
    if (options.tombstones === false)
        return { known: true, stacks, regions: sorted, ...extra };
    // The bootstrap stack is in the listing already, so finding the bucket costs no call.
    const tombstones = await (0,_tombstones_js__WEBPACK_IMPORTED_MODULE_0__/* .readTombstones */ .Bm)(clients, stacks, sorted, options.stackPrefix, options.recordsFor);
    return { known: true, stacks, regions: sorted, tombstones, ...extra };
}
async function listRegion(clients, region) {
    const stacks = [];
    try {
        for await (const page of (0,_aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_2__/* .paginateDescribeStacks */ .GAO)({ client: clients.cloudFormation(region) }, {})) {
            for (const s of page.Stacks ?? [])
                stacks.push(toLiveStack(s, region));
        }
    }
    catch (error) {
        throw new RegionError(region, error);
    }
    return stacks;
}
function toLiveStack(s, region) {
    const pairs = (items, key, value) => Object.fromEntries((items ?? []).map((i) => [key(i) ?? '', value(i) ?? '']).filter(([k]) => k !== ''));
    return {
        stackName: s.StackName ?? '',
        stackId: s.StackId ?? '',
        region,
        status: s.StackStatus ?? 'UNKNOWN',
        statusReason: s.StackStatusReason,
        tags: pairs(s.Tags, (t) => t.Key, (t) => t.Value),
        parameters: pairs(s.Parameters, (p) => p.ParameterKey, (p) => p.ResolvedValue ?? p.ParameterValue),
        outputs: pairs(s.Outputs, (o) => o.OutputKey, (o) => o.OutputValue),
        createdAt: s.CreationTime,
        updatedAt: s.LastUpdatedTime
    };
}
class RegionError extends Error {
    region;
    cause;
    constructor(region, cause) {
        super(`${region}: ${cause?.message ?? String(cause)}`);
        this.region = region;
        this.cause = cause;
    }
}
function isCredentialError(error) {
    const cause = error instanceof RegionError ? error.cause : error;
    return cause?.name === 'CredentialsProviderError' || /credential/i.test(cause?.message ?? String(cause));
}
/** Plain words for why live state could not be read; the plan shows this instead of guessing. */
function explain(error) {
    const region = error instanceof RegionError ? error.region : undefined;
    const cause = error instanceof RegionError ? error.cause : error;
    const name = cause?.name ?? '';
    const message = cause?.message ?? String(cause);
    if (isCredentialError(error)) {
        return 'no AWS credentials in this run (a pull request from a fork, or no role configured), so deployed stacks could not be read';
    }
    if (name === 'AccessDenied' || name === 'AccessDeniedException' || /not authorized/i.test(message)) {
        return `the AWS role may not call cloudformation:DescribeStacks${region ? ` in ${region}` : ''} (${message})`;
    }
    return `listing stacks${region ? ` in ${region}` : ''} failed: ${message}`;
}


/***/ }),

/***/ 4657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bm: () => (/* binding */ readTombstones),
/* harmony export */   KX: () => (/* binding */ artifactBuckets),
/* harmony export */   z: () => (/* binding */ writeTombstone)
/* harmony export */ });
/* unused harmony export explain */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _core_live_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8045);
/* harmony import */ var _pipeline_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1130);
// Teardown records in the bootstrap bucket (s3://<ArtifactBucket>/state/tombstones/<stack>.json).
// The listing is one paginated ListObjectsV2 per region; a body is fetched only for a record whose
// stack is gone, because a live stack always wins over its record and so its body cannot matter.
// Those are the deployments teardown removed and nothing re-created: a number that grows with what
// is down, never with the manifest.



const BODY_READS_IN_PARALLEL = 8;
/**
 * The artifact bucket of each region, from bootstrap stacks in a listing the caller already has.
 * Without a prefix every `*-bootstrap` stack with an ArtifactBucket output counts: record keys
 * carry the full stack name, so records of another prefix never match a deployment of this one.
 */
function artifactBuckets(stacks, stackPrefix) {
    const byRegion = new Map();
    for (const s of stacks) {
        const isBootstrap = stackPrefix ? s.stackName === _pipeline_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .names */ .Dy.bootstrapStack(stackPrefix) : s.stackName.endsWith('-bootstrap');
        const bucket = s.outputs.ArtifactBucket;
        if (!isBootstrap || !bucket)
            continue;
        byRegion.set(s.region, [...new Set([...(byRegion.get(s.region) ?? []), bucket])]);
    }
    return byRegion;
}
/**
 * `only`: the stack names whose records matter (the plan passes its manifest's), so the bodies
 * read are bounded by the manifest, never by the history of everything ever torn down.
 */
async function readTombstones(clients, stacks, regions, stackPrefix, only) {
    const buckets = artifactBuckets(stacks, stackPrefix);
    const live = new Set(stacks.map((s) => `${s.region}\u0000${s.stackName}`));
    const warnings = [];
    try {
        const perRegion = await Promise.all(regions.flatMap((region) => (buckets.get(region) ?? []).map((bucket) => readBucket(clients, region, bucket, (name) => !live.has(`${region}\u0000${name}`) && (!only || only.has(name)), warnings))));
        return { known: true, items: perRegion.flat(), ...(warnings.length ? { warnings: warnings.sort() } : {}) };
    }
    catch (error) {
        return { known: false, reason: explain(error) };
    }
}
async function readBucket(clients, region, bucket, wanted, warnings) {
    const s3 = clients.s3(region);
    const keys = [];
    try {
        for await (const page of (0,_aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .paginateListObjectsV2 */ .OqA)({ client: s3 }, { Bucket: bucket, Prefix: _core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te })) {
            for (const o of page.Contents ?? []) {
                const key = o.Key ?? '';
                const stackName = key.slice(_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te.length).replace(/\.json$/, '');
                if (!key.endsWith('.json') || stackName.includes('/') || !stackName)
                    continue;
                if (wanted(stackName))
                    keys.push({ key, stackName });
            }
        }
    }
    catch (error) {
        // A bucket deleted behind the bootstrap stack's back holds no records.
        if (error.name === 'NoSuchBucket')
            return [];
        throw new BucketError(region, bucket, 'list', error);
    }
    const out = [];
    let next = 0;
    const worker = async () => {
        while (next < keys.length) {
            const { key, stackName } = keys[next++];
            let text;
            try {
                const got = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
                text = (await got.Body?.transformToString('utf-8')) ?? '';
            }
            catch (error) {
                // Deleted between the listing and the read: nothing recorded any more.
                if (error.name === 'NoSuchKey')
                    continue;
                throw new BucketError(region, bucket, 'read', error);
            }
            const parsed = (0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTombstone */ .f2)(stackName, region, text);
            // One bad record must not turn off ttl and schedule handling for the whole fleet: that
            // deployment is planned as if nothing were recorded, and the warning says which file to fix.
            if (!parsed)
                warnings.push(`s3://${bucket}/${key} (${region}) is not a readable teardown record and was skipped: ${stackName} is planned as if nothing were recorded; fix or delete that object`);
            else
                out.push(parsed);
        }
    };
    await Promise.all(Array.from({ length: Math.min(BODY_READS_IN_PARALLEL, keys.length) }, worker));
    return out.sort((a, b) => a.stackName.localeCompare(b.stackName));
}
async function writeTombstone(clients, bucket, tombstone) {
    await clients.s3(tombstone.region).send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .PutObjectCommand */ .wKZ({
        Bucket: bucket,
        Key: (0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .tombstoneKey */ .Z7)(tombstone.stackName),
        Body: JSON.stringify((0,_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .tombstoneBody */ .mq)(tombstone), null, 2),
        ContentType: 'application/json'
    }));
}
class BucketError extends Error {
    region;
    bucket;
    op;
    cause;
    constructor(region, bucket, op, cause) {
        super(`${region}: ${cause?.message ?? String(cause)}`);
        this.region = region;
        this.bucket = bucket;
        this.op = op;
        this.cause = cause;
    }
}
/** Plain words, naming the permission the role lacks where that is the cause. */
function explain(error) {
    const where = error instanceof BucketError ? ` in ${error.region} (s3://${error.bucket}/${_core_live_js__WEBPACK_IMPORTED_MODULE_0__/* .TOMBSTONE_PREFIX */ .te})` : '';
    const cause = error instanceof BucketError ? error.cause : error;
    const name = cause?.name ?? '';
    const message = cause?.message ?? String(cause);
    if (name === 'AccessDenied' || name === 'Forbidden' || cause?.$metadata?.httpStatusCode === 403) {
        const action = error instanceof BucketError && error.op === 'read' ? 's3:GetObject' : 's3:ListBucket';
        return `teardown records could not be read${where}: the AWS role may not call ${action} there (${message || name})`;
    }
    return `teardown records could not be read${where}: ${message || name}`;
}


/***/ })

};

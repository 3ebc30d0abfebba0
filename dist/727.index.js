export const id = 727;
export const ids = [727];
export const modules = {

/***/ 2727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  quotaPreflight: () => (/* binding */ quotaPreflight),
  startLivePrices: () => (/* binding */ startLivePrices)
});

// EXTERNAL MODULE: ./src/core/price-book.ts
var price_book = __webpack_require__(4930);
// EXTERNAL MODULE: ./src/core/catalog/instances.ts + 1 modules
var instances = __webpack_require__(9597);
;// CONCATENATED MODULE: ./src/core/data/quota-codes.json
const quota_codes_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"Service Quotas listing as published in gruntwork-io/terraform-aws-utilities docs/quotas.md (commit 3dd9fcba32ce9d83b631e9648a827a838a460e0f); codes not listed there are looked up by name at run time","ec2":{"Standard":{"onDemand":{"code":"L-1216C47A","name":"Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances"},"spot":{"code":"L-34B43A08","name":"All Standard (A, C, D, H, I, M, R, T, Z) Spot Instance Requests"}},"G":{"onDemand":{"code":"L-DB2E81BA","name":"Running On-Demand G and VT instances"},"spot":{"code":"L-3819A6DF","name":"All G and VT Spot Instance Requests"}},"P":{"onDemand":{"code":"L-417A185B","name":"Running On-Demand P instances"},"spot":{"code":"L-7212CCBC","name":"All P4, P3 and P2 Spot Instance Requests"}},"P5":{"onDemand":{"code":"L-417A185B","name":"Running On-Demand P instances"},"spot":{"code":"L-C4BD4855","name":"All P5 Spot Instance Requests"}},"Inf":{"onDemand":{"code":"L-1945791B","name":"Running On-Demand Inf instances"},"spot":{"code":"L-B5D1601B","name":"All Inf Spot Instance Requests"}},"Trn":{"onDemand":{"code":"L-2C3B7624","name":"Running On-Demand Trn instances"},"spot":{"code":"L-6B0D517C","name":"All Trn Spot Instance Requests"}},"DL":{"onDemand":{"code":"L-6E869C2A","name":"Running On-Demand DL instances"},"spot":{"code":"L-85EED4F7","name":"All DL Spot Instance Requests"}}},"sagemakerEndpoint":{"ml.c4.2xlarge":"L-54106F23","ml.c4.4xlarge":"L-605A110B","ml.c4.8xlarge":"L-DF052B7B","ml.c4.large":"L-6DF60D19","ml.c4.xlarge":"L-F8C60E1D","ml.c5.12xlarge":"L-DD50A8E1","ml.c5.18xlarge":"L-409A03CD","ml.c5.24xlarge":"L-B5714749","ml.c5.2xlarge":"L-E091038E","ml.c5.4xlarge":"L-FEF755D6","ml.c5.9xlarge":"L-C15ACFF4","ml.c5.large":"L-4D27DFDD","ml.c5.xlarge":"L-E9EE5599","ml.c5d.18xlarge":"L-6A6E4B44","ml.c5d.2xlarge":"L-529E971B","ml.c5d.4xlarge":"L-A06D6E01","ml.c5d.9xlarge":"L-50755EC1","ml.c5d.large":"L-919688C1","ml.c5d.xlarge":"L-F30D287E","ml.c5n.18xlarge":"L-14AB3D09","ml.c5n.2xlarge":"L-DDF361A9","ml.c5n.4xlarge":"L-2693C7B9","ml.c5n.9xlarge":"L-124679C5","ml.c5n.large":"L-0F4F99A1","ml.c5n.xlarge":"L-B3A1B2F7","ml.c6g.12xlarge":"L-35E5433E","ml.c6g.16xlarge":"L-60986E7E","ml.c6g.2xlarge":"L-B87A968D","ml.c6g.4xlarge":"L-4C2FABCC","ml.c6g.8xlarge":"L-6D865216","ml.c6g.large":"L-4E81EEAC","ml.c6g.xlarge":"L-525AAB0A","ml.c6gd.12xlarge":"L-CCE6D1FE","ml.c6gd.16xlarge":"L-018036DB","ml.c6gd.2xlarge":"L-FD9E9507","ml.c6gd.4xlarge":"L-C4B5BAD2","ml.c6gd.8xlarge":"L-4027057F","ml.c6gd.large":"L-C10DAD58","ml.c6gd.xlarge":"L-EDFF07E7","ml.c6gn.12xlarge":"L-78B3DA25","ml.c6gn.16xlarge":"L-E9BB87E2","ml.c6gn.2xlarge":"L-5F238DF4","ml.c6gn.4xlarge":"L-DA37C575","ml.c6gn.8xlarge":"L-DB5B82A8","ml.c6gn.large":"L-941884ED","ml.c6gn.xlarge":"L-754870FD","ml.c6i.12xlarge":"L-2AD0234B","ml.c6i.16xlarge":"L-FE72E327","ml.c6i.24xlarge":"L-9A32E51C","ml.c6i.2xlarge":"L-4FDB33AC","ml.c6i.32xlarge":"L-769D172E","ml.c6i.4xlarge":"L-B5612E02","ml.c6i.8xlarge":"L-18904FF8","ml.c6i.large":"L-3C2EBC55","ml.c6i.xlarge":"L-28FF72CA","ml.c7g.12xlarge":"L-57850F1B","ml.c7g.16xlarge":"L-A7E8B111","ml.c7g.2xlarge":"L-85DBDADC","ml.c7g.4xlarge":"L-52FB7989","ml.c7g.8xlarge":"L-52008469","ml.c7g.large":"L-3F48ACC6","ml.c7g.xlarge":"L-4A5B28AA","ml.c7i.12xlarge":"L-D98C40FA","ml.c7i.16xlarge":"L-4B9D3092","ml.c7i.24xlarge":"L-B78A48C6","ml.c7i.2xlarge":"L-41DD34AF","ml.c7i.48xlarge":"L-176880B1","ml.c7i.4xlarge":"L-8C4E467D","ml.c7i.8xlarge":"L-DD693DF2","ml.c7i.large":"L-9FCA2A26","ml.c7i.xlarge":"L-9A5FC4CF","ml.eia1.large":"L-58672BCE","ml.eia1.medium":"L-01E4E529","ml.eia1.xlarge":"L-8D013305","ml.eia2.large":"L-9E017069","ml.eia2.medium":"L-77C35A0F","ml.eia2.xlarge":"L-448C2416","ml.g4dn.12xlarge":"L-07BEB181","ml.g4dn.16xlarge":"L-8679F6F3","ml.g4dn.2xlarge":"L-EA346344","ml.g4dn.4xlarge":"L-31522FA6","ml.g4dn.8xlarge":"L-7D28AD75","ml.g4dn.xlarge":"L-B67CFA0C","ml.g5.12xlarge":"L-65C4BD00","ml.g5.16xlarge":"L-962705EA","ml.g5.24xlarge":"L-6821867B","ml.g5.2xlarge":"L-9614C779","ml.g5.48xlarge":"L-0100B823","ml.g5.4xlarge":"L-C1B9A48D","ml.g5.8xlarge":"L-065D610E","ml.g5.xlarge":"L-1928E07B","ml.inf1.24xlarge":"L-F971E784","ml.inf1.2xlarge":"L-495AAEE0","ml.inf1.6xlarge":"L-574C8A05","ml.inf1.xlarge":"L-B2B3BA64","ml.inf2.24xlarge":"L-9C39178F","ml.inf2.48xlarge":"L-286C98BC","ml.inf2.8xlarge":"L-F761337C","ml.inf2.xlarge":"L-C8AB7CDA","ml.m4.10xlarge":"L-C4008A6B","ml.m4.16xlarge":"L-BCA7D0DE","ml.m4.2xlarge":"L-6198DF25","ml.m4.4xlarge":"L-3727EAE2","ml.m4.xlarge":"L-97CF11BE","ml.m5.12xlarge":"L-A9F2A8B3","ml.m5.16xlarge":"L-54462FCC","ml.m5.24xlarge":"L-329751EB","ml.m5.2xlarge":"L-C88C8F13","ml.m5.4xlarge":"L-E2649D46","ml.m5.8xlarge":"L-92566F3C","ml.m5.large":"L-614B09FD","ml.m5.xlarge":"L-2F737F8D","ml.m5d.12xlarge":"L-B7AC53F5","ml.m5d.16xlarge":"L-F6E740CB","ml.m5d.24xlarge":"L-24B12C23","ml.m5d.2xlarge":"L-8F28AFFB","ml.m5d.4xlarge":"L-2BF1C629","ml.m5d.8xlarge":"L-A7702AF9","ml.m5d.large":"L-98F45D48","ml.m5d.xlarge":"L-3E65B286","ml.m5dn.12xlarge":"L-5EF89E74","ml.m5dn.16xlarge":"L-D075BB65","ml.m5dn.24xlarge":"L-62190228","ml.m5dn.2xlarge":"L-DCC57354","ml.m5dn.4xlarge":"L-EC92C7B3","ml.m5dn.8xlarge":"L-178948BA","ml.m5dn.large":"L-7597F90B","ml.m5dn.xlarge":"L-D16917AC","ml.m5n.12xlarge":"L-DEF2CD40","ml.m5n.16xlarge":"L-2B921E27","ml.m5n.24xlarge":"L-A2C9F8F4","ml.m5n.2xlarge":"L-F8B07B25","ml.m5n.4xlarge":"L-63D6BD37","ml.m5n.8xlarge":"L-1F61C5BC","ml.m5n.large":"L-AD7FD6A6","ml.m5n.xlarge":"L-943961F3","ml.m6g.12xlarge":"L-9D10CA98","ml.m6g.16xlarge":"L-AF1BC9E1","ml.m6g.2xlarge":"L-BCBC84AA","ml.m6g.4xlarge":"L-8EE25AE3","ml.m6g.8xlarge":"L-DE9841A6","ml.m6g.large":"L-C1E62DF0","ml.m6g.xlarge":"L-2D2AAC6C","ml.m6gd.12xlarge":"L-B25B9B93","ml.m6gd.16xlarge":"L-B46EE84C","ml.m6gd.2xlarge":"L-AB53E0CA","ml.m6gd.4xlarge":"L-CCA2CA42","ml.m6gd.8xlarge":"L-95B12835","ml.m6gd.large":"L-1630284B","ml.m6gd.xlarge":"L-4F185009","ml.m7i.12xlarge":"L-0AFA3D20","ml.m7i.16xlarge":"L-6F258322","ml.m7i.24xlarge":"L-C473817C","ml.m7i.2xlarge":"L-6C9165E8","ml.m7i.48xlarge":"L-452C73A2","ml.m7i.4xlarge":"L-80F387A8","ml.m7i.8xlarge":"L-AE505887","ml.m7i.large":"L-3E715088","ml.m7i.xlarge":"L-E793924B","ml.p2.16xlarge":"L-B638D452","ml.p2.8xlarge":"L-BD0BDFDA","ml.p2.xlarge":"L-FD469689","ml.p3.16xlarge":"L-6A85BC13","ml.p3.2xlarge":"L-1623D0BE","ml.p3.8xlarge":"L-CB985DC5","ml.p4d.24xlarge":"L-09F79647","ml.p4de.24xlarge":"L-456B4C5F","ml.p5.48xlarge":"L-16AF71F1","ml.r5.12xlarge":"L-23FF30BF","ml.r5.16xlarge":"L-DCB12F9E","ml.r5.24xlarge":"L-B03C553E","ml.r5.2xlarge":"L-AA5E2462","ml.r5.4xlarge":"L-DD362E80","ml.r5.8xlarge":"L-7DD21282","ml.r5.large":"L-B156D5EC","ml.r5.xlarge":"L-BCA2C892","ml.r5d.12xlarge":"L-283CDA96","ml.r5d.16xlarge":"L-CC329F7E","ml.r5d.24xlarge":"L-D71E726A","ml.r5d.2xlarge":"L-A40ED4BA","ml.r5d.4xlarge":"L-C4DFBAA1","ml.r5d.8xlarge":"L-17BBB387","ml.r5d.large":"L-E0299BF7","ml.r5d.xlarge":"L-37CA4776","ml.r5dn.12xlarge":"L-599D6573","ml.r5dn.16xlarge":"L-1DA91421","ml.r5dn.24xlarge":"L-FF424265","ml.r5dn.2xlarge":"L-DDD9E4D2","ml.r5dn.4xlarge":"L-DDDCDBAA","ml.r5dn.8xlarge":"L-E8AF0CC9","ml.r5dn.large":"L-842D5E10","ml.r5dn.xlarge":"L-48F0F627","ml.r5n.12xlarge":"L-9F47FCE3","ml.r5n.16xlarge":"L-C14C7B0C","ml.r5n.24xlarge":"L-944A1241","ml.r5n.2xlarge":"L-581DD22D","ml.r5n.4xlarge":"L-3070F0B4","ml.r5n.8xlarge":"L-54340DBD","ml.r5n.large":"L-FE3BF22B","ml.r5n.xlarge":"L-4DD84AF9","ml.r6g.12xlarge":"L-DACE30FC","ml.r6g.16xlarge":"L-42EAE6FA","ml.r6g.2xlarge":"L-862299A2","ml.r6g.4xlarge":"L-713F6743","ml.r6g.8xlarge":"L-BB73F76A","ml.r6g.large":"L-D7FE33BF","ml.r6g.xlarge":"L-B8A3B4CE","ml.r6gd.12xlarge":"L-177D4E91","ml.r6gd.16xlarge":"L-6995701D","ml.r6gd.2xlarge":"L-93490D80","ml.r6gd.4xlarge":"L-AE2F2D88","ml.r6gd.8xlarge":"L-593EF138","ml.r6gd.large":"L-7432A529","ml.r6gd.xlarge":"L-660E0683","ml.r7i.12xlarge":"L-F43F60C3","ml.r7i.16xlarge":"L-E1AF5362","ml.r7i.24xlarge":"L-7E4516BC","ml.r7i.2xlarge":"L-FEEF2E8A","ml.r7i.48xlarge":"L-BD94420E","ml.r7i.4xlarge":"L-7EB267B3","ml.r7i.8xlarge":"L-CC3E5CD9","ml.r7i.large":"L-5B7CF402","ml.r7i.xlarge":"L-B7476528","ml.t2.2xlarge":"L-20700136","ml.t2.large":"L-1410387A","ml.t2.medium":"L-29C181D7","ml.t2.xlarge":"L-B82FDF78","ml.trn1.2xlarge":"L-5C911603","ml.trn1.32xlarge":"L-EA9871A7","ml.trn1n.32xlarge":"L-E3A0825E"}}');
;// CONCATENATED MODULE: ./src/core/quotas.ts
// Quota preflight, pure: which Service Quotas a plan draws on, how much it adds at maximum scale,
// and whether that fits what the account may run. The AWS side (src/aws/quotas.ts) reads the quota
// values and current use; nothing here calls AWS.
//
// Codes and names come from the Service Quotas listing (see docs/architecture.md, "Quota
// preflight", for the sources). EC2 quotas count vCPUs of running instances per class; SageMaker
// hosting quotas count instances of one type across the region's endpoints.


const CODES = quota_codes_namespaceObject;
/** EC2 quota class of an instance family, as the "Running On-Demand \u2026 instances" quotas group them. */
function ec2QuotaClass(family) {
    const f = family.toLowerCase();
    if (/^p5/.test(f))
        return 'P5';
    if (/^p\d/.test(f))
        return 'P';
    if (/^(g|vt)\d/.test(f) || /^gr\d/.test(f))
        return 'G';
    if (/^inf\d/.test(f))
        return 'Inf';
    if (/^trn\d/.test(f))
        return 'Trn';
    if (/^dl\d/.test(f))
        return 'DL';
    if (/^[acdhimrtz]\d/.test(f))
        return 'Standard';
    return undefined;
}
/** The quota an instance of `type` counts against on `service`, spot or on-demand. */
function quotaFor(service, type, spot) {
    if (service === 'sagemaker') {
        const name = `ml.${type} for endpoint usage`;
        return { serviceCode: 'sagemaker', quotaCode: CODES.sagemakerEndpoint[`ml.${type}`], quotaName: name, unit: 'instances' };
    }
    const family = type.split('.')[0];
    const cls = ec2QuotaClass(family);
    if (!cls)
        return undefined;
    // On-demand P5 shares the "Running On-Demand P instances" quota; only spot has a P5 quota of its own.
    const row = CODES.ec2[cls === 'P5' && !spot ? 'P' : cls];
    if (!row)
        return undefined;
    const q = spot ? row.spot : row.onDemand;
    return { serviceCode: 'ec2', quotaCode: q.code, quotaName: q.name, unit: 'vCPU' };
}
/** Units of the quota one instance uses: its vCPUs for EC2, one for SageMaker. */
function unitsPerInstance(ref, type) {
    if (ref.unit === 'instances')
        return 1;
    return (0,instances/* findInstance */.XD)(type)?.vcpu;
}
function quotaKey(region, ref) {
    return `${region}|${ref.serviceCode}|${ref.quotaName}`;
}
function capacity(spec) {
    const ref = quotaFor(spec.service, spec.instance, spec.spot && spec.service !== 'sagemaker');
    if (!ref)
        return undefined;
    const per = unitsPerInstance(ref, spec.instance);
    if (per === undefined)
        return undefined;
    return { ref, units: per * spec.scaling.max };
}
/**
 * What each quota gains from the plan at maximum scale. A create or replace adds the whole new
 * deployment (a replacement runs beside the old one until it is ready); an update adds only its
 * growth on the same quota; unchanged, dormant, expired and delete add nothing.
 */
function quotaNeeds(plan) {
    const needs = new Map();
    for (const entry of plan.entries) {
        const adds = addedCapacity(entry);
        if (!adds)
            continue;
        const key = quotaKey(entry.region, adds.ref);
        const need = needs.get(key) ?? { key, region: entry.region, ref: adds.ref, adds: 0, deployments: [], instanceTypes: [] };
        need.adds += adds.units;
        need.deployments.push(entry.name);
        if (entry.action === 'unknown')
            need.uncertain = true;
        if (entry.desired && !need.instanceTypes.includes(entry.desired.instance))
            need.instanceTypes.push(entry.desired.instance);
        needs.set(key, need);
    }
    return [...needs.values()].sort((a, b) => a.key.localeCompare(b.key));
}
function addedCapacity(entry) {
    const spec = entry.desired;
    if (!spec || entry.lifecycle || entry.blocked?.kind === 'busy')
        return undefined;
    if (!['create', 'replace', 'update', 'unknown'].includes(entry.action))
        return undefined;
    const wanted = capacity(spec);
    if (!wanted || wanted.units === 0)
        return undefined;
    if (entry.action === 'update' && entry.deployed) {
        const before = capacity(entry.deployed);
        if (before && quotaKey(entry.region, before.ref) === quotaKey(entry.region, wanted.ref)) {
            const growth = wanted.units - before.units;
            return growth > 0 ? { ref: wanted.ref, units: growth } : undefined;
        }
    }
    return wanted;
}
/** The Service Quotas console page where an increase is requested. */
function increaseLink(region, ref, code) {
    const service = ref.serviceCode === 'ec2' ? 'ec2' : 'sagemaker';
    return code
        ? `https://${region}.console.aws.amazon.com/servicequotas/home/services/${service}/quotas/${code}`
        : `https://${region}.console.aws.amazon.com/servicequotas/home/services/${service}/quotas`;
}
const NEAR = 0.8;
/** Deployments named in one quota finding before the rest are counted: a fleet can share one quota. */
const NAMED = 5;
function namesOf(deployments) {
    if (deployments.length <= NAMED)
        return deployments.join(', ');
    return `${deployments.slice(0, NAMED).join(', ')} and ${deployments.length - NAMED} more deployments`;
}
/**
 * Exceeding a quota is an error (the build would fail 20+ minutes later); above 80% of it is a
 * warning; a quota that could not be read is a warning that says so and is never taken as fine.
 */
function evaluateQuotas(needs, facts) {
    const byKey = new Map(facts.map((f) => [f.key, f]));
    const checks = [];
    const diagnostics = [];
    for (const need of needs) {
        const fact = byKey.get(need.key);
        const { ref, region } = need;
        const who = namesOf(need.deployments);
        const at = need.deployments.length === 1 ? { deployment: need.deployments[0], field: `models.${need.deployments[0]}` } : {};
        const units = (n) => `${n} ${ref.unit === 'vCPU' ? 'vCPU' : 'instance'}${n === 1 ? '' : 's'}`;
        if (!fact || !fact.known) {
            const reason = fact && !fact.known ? fact.reason : 'not read';
            const message = `${who}: quota "${ref.quotaName}"${ref.quotaCode ? ` (${ref.quotaCode})` : ''} in ${region} is unknown (${reason}); the plan adds ${units(need.adds)} at maximum scale`;
            checks.push({ need, status: 'unknown', quotaCode: ref.quotaCode, message });
            diagnostics.push({ severity: 'warning', message, ...at });
            continue;
        }
        const code = fact.quotaCode;
        const link = increaseLink(region, ref, code);
        const from = fact.source === 'default' ? ' (AWS default; the account value could not be read)' : '';
        if (fact.usage === undefined) {
            const total = need.adds;
            const status = total > fact.value ? 'exceeds' : 'unknown';
            const message = status === 'exceeds'
                ? `${who}: needs ${units(total)} of quota "${ref.quotaName}" (${code}) in ${region} at maximum scale, more than its ${fact.value}${from} even before counting what runs; request an increase: ${link}`
                : `${who}: quota "${ref.quotaName}" (${code}) in ${region} is ${fact.value}${from} and the plan adds ${units(total)}, but current use is unknown (${fact.usageUnknown ?? 'not counted'})`;
            checks.push({ need, status, value: fact.value, quotaCode: code, message });
            diagnostics.push({ severity: status === 'exceeds' ? 'error' : 'warning', message, ...at });
            continue;
        }
        const total = fact.usage + need.adds;
        const numbers = `${units(fact.usage)} in use + ${need.adds} added at maximum scale = ${total} of ${fact.value}${from}`;
        if (total > fact.value && need.uncertain) {
            const message = `${who}: may exceed quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}, counting as new what may already run (the live state is unknown); an increase: ${link}`;
            checks.push({ need, status: 'near', value: fact.value, usage: fact.usage, quotaCode: code, message });
            diagnostics.push({ severity: 'warning', message, ...at });
        }
        else if (total > fact.value) {
            const message = `${who}: exceeds quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}; request an increase: ${link}`;
            checks.push({ need, status: 'exceeds', value: fact.value, usage: fact.usage, quotaCode: code, message });
            diagnostics.push({ severity: 'error', message, ...at });
        }
        else if (total > NEAR * fact.value) {
            const message = `${who}: within ${Math.round((1 - NEAR) * 100)}% of quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}; an increase: ${link}`;
            checks.push({ need, status: 'near', value: fact.value, usage: fact.usage, quotaCode: code, message });
            diagnostics.push({ severity: 'warning', message, ...at });
        }
        else {
            checks.push({ need, status: 'ok', value: fact.value, usage: fact.usage, quotaCode: code, message: `quota "${ref.quotaName}" (${code}) in ${region}: ${numbers}` });
        }
    }
    return { checks, diagnostics };
}
/** Source of the bundled quota codes, for the docs and the plan note. */
const QUOTA_CODES_SOURCE = CODES.source;

// EXTERNAL MODULE: ./src/core/live.ts
var core_live = __webpack_require__(8045);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/aws/price-cache.ts
// A dated cache of live price answers, reused across runs for a day so a busy repository does not
// ask the Price List API for the same figures on every push. It is a JSON file in the runner's tool
// cache (kept between jobs on self-hosted runners; a workflow can carry it with actions/cache), or
// wherever EMD_PRICE_CACHE_FILE points. A cache that cannot be read or written is only skipped.


const CACHE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** On a runner, the tool cache; elsewhere (a laptop, a test) no cache unless one is named. */
function defaultCachePath(env = process.env) {
    if (env.EMD_PRICE_CACHE_FILE)
        return env.EMD_PRICE_CACHE_FILE;
    return env.RUNNER_TOOL_CACHE ? (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, 'emd-action', 'price-cache-v1.json') : undefined;
}
class PriceCache {
    path;
    now;
    entries = {};
    dirty = false;
    constructor(path, now = () => new Date()) {
        this.path = path;
        this.now = now;
    }
    async load() {
        if (!this.path)
            return;
        try {
            const parsed = JSON.parse(await (0,promises_.readFile)(this.path, 'utf8'));
            if (parsed?.version === 1 && parsed.entries && typeof parsed.entries === 'object')
                this.entries = parsed.entries;
        }
        catch {
            this.entries = {};
        }
    }
    /** A value read less than a day ago, or undefined. */
    get(key) {
        const hit = this.entries[key];
        if (!hit)
            return undefined;
        const age = this.now().getTime() - Date.parse(hit.readAt);
        return Number.isFinite(age) && age >= 0 && age < CACHE_MAX_AGE_MS ? hit : undefined;
    }
    set(key, value) {
        this.entries[key] = { readAt: this.now().toISOString(), value };
        this.dirty = true;
    }
    async save() {
        if (!this.path || !this.dirty)
            return;
        // Drop what no run will reuse, so the file stays small.
        const fresh = Object.fromEntries(Object.entries(this.entries).filter(([k]) => this.get(k)));
        const body = { version: 1, entries: fresh };
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
            const tmp = `${this.path}.${process.pid}.tmp`;
            await (0,promises_.writeFile)(tmp, JSON.stringify(body));
            await (0,promises_.rename)(tmp, this.path);
            this.dirty = false;
        }
        catch {
            // A read-only tool cache costs a few calls next run, nothing more.
        }
    }
}

;// CONCATENATED MODULE: ./src/aws/errors.ts
// How the price and quota adapters tell "not allowed" from "try again later" in an SDK error, and
// name it in one short phrase for a warning.
function errorName(error) {
    const e = error;
    return e?.name ?? e?.Code ?? e?.code ?? 'Error';
}
function isAccessDenied(error) {
    const name = errorName(error);
    const status = error?.$metadata?.httpStatusCode;
    return (name === 'AccessDeniedException' ||
        name === 'AccessDenied' ||
        name === 'UnauthorizedOperation' ||
        name === 'UnrecognizedClientException' ||
        status === 403 ||
        /not authorized/i.test(String(error?.message ?? '')));
}
function describeAwsError(error) {
    const name = errorName(error);
    const message = String(error?.message ?? '').split('\n')[0].slice(0, 160);
    return message && message !== name ? `${name}: ${message}` : name;
}

;// CONCATENATED MODULE: ./src/aws/spot.ts


const MAX_PAGES = 5;
async function readSpotPrices(clients, wants, options) {
    const out = { quotes: {}, warnings: [], counts: { live: 0, cache: 0, fallback: 0 } };
    const blocked = new Map();
    for (const w of wants) {
        const key = (0,price_book/* spotKey */.kJ)(w.region, w.type);
        const cached = options.cache.get(`spot|${key}`);
        if (cached) {
            out.quotes[key] = { origin: 'cache', date: cached.readAt.slice(0, 10), zones: cached.value };
            out.counts.cache++;
            continue;
        }
        if (blocked.has(w.region)) {
            out.counts.fallback++;
            continue;
        }
        try {
            const zones = await latestPerZone(await clients.ec2(w.region), w.type, options.now ?? new Date());
            if (!zones.length) {
                out.counts.fallback++;
                out.warnings.push(`no spot price history for ${w.type} in ${w.region}; the bundled indicative average is used where it has one`);
                continue;
            }
            options.cache.set(`spot|${key}`, zones);
            out.quotes[key] = { origin: 'live', date: options.today, zones };
            out.counts.live++;
        }
        catch (error) {
            out.counts.fallback++;
            const why = describeAwsError(error);
            blocked.set(w.region, why);
            out.warnings.push(`live spot prices unavailable in ${w.region}: ec2:DescribeSpotPriceHistory ${isAccessDenied(error) ? 'was refused' : 'failed'} (${why}); the bundled indicative average is used`);
        }
    }
    return out;
}
async function latestPerZone(client, type, now) {
    const { DescribeSpotPriceHistoryCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
    const latest = new Map();
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const res = await client.send(new DescribeSpotPriceHistoryCommand({ InstanceTypes: [type], ProductDescriptions: ['Linux/UNIX'], StartTime: now, NextToken: token }));
        for (const p of res.SpotPriceHistory ?? []) {
            const zone = p.AvailabilityZone;
            const usd = Number(p.SpotPrice);
            const at = p.Timestamp ? p.Timestamp.getTime() : 0;
            if (!zone || !Number.isFinite(usd))
                continue;
            const seen = latest.get(zone);
            if (!seen || at > seen.at)
                latest.set(zone, { usd, at });
        }
        token = res.NextToken || undefined;
        if (!token)
            break;
    }
    return [...latest.entries()].map(([zone, v]) => ({ zone, usd: v.usd })).sort((a, b) => a.usd - b.usd || a.zone.localeCompare(b.zone));
}
async function readSubnetZones(clients, wants) {
    const zones = {};
    const warnings = [];
    for (const w of wants) {
        try {
            const { DescribeSubnetsCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
            const res = await (await clients.ec2(w.region)).send(new DescribeSubnetsCommand({ SubnetIds: w.ids }));
            for (const s of res.Subnets ?? [])
                if (s.SubnetId && s.AvailabilityZone)
                    zones[s.SubnetId] = s.AvailabilityZone;
        }
        catch (error) {
            warnings.push(`the zones of the spot deployments' subnets in ${w.region} are unknown: ec2:DescribeSubnets failed (${describeAwsError(error)})`);
        }
    }
    return { zones, warnings };
}

;// CONCATENATED MODULE: ./src/aws/pricing.ts





/** The only regions with a Price List Query API endpoint. */
const PRICING_ENDPOINTS = (/* unused pure expression or super */ null && (['us-east-1', 'eu-central-1', 'ap-south-1']));
/** The nearest Price List endpoint; the answers are the same from each (prices are per regionCode). */
function pricingEndpointFor(region) {
    if (!region)
        return 'us-east-1';
    if (/^(eu|me|af|il)-/.test(region))
        return 'eu-central-1';
    if (/^ap-/.test(region))
        return 'ap-south-1';
    return 'us-east-1';
}
/** Every distinct figure the plan will price: the manifest's specs and what runs now. */
function priceWants(specs, live) {
    const all = [...specs];
    if (live?.known) {
        for (const stack of live.stacks) {
            const deployed = (0,core_live/* deployedSpec */._o)(stack);
            if (deployed.ok)
                all.push(deployed.spec);
        }
    }
    const onDemand = new Map();
    const spot = new Map();
    const extras = new Map();
    const subnets = new Map();
    for (const s of all) {
        const table = s.service === 'sagemaker' ? 'sagemaker' : 'ec2';
        onDemand.set((0,price_book/* onDemandKey */.yj)(table, s.region, s.instance), { table, region: s.region, type: s.instance });
        if (s.service !== 'sagemaker') {
            if (s.spot) {
                spot.set((0,price_book/* spotKey */.kJ)(s.region, s.instance), { region: s.region, type: s.instance });
                if (s.network?.subnet_ids.length) {
                    const set = subnets.get(s.region) ?? new Set();
                    for (const id of s.network.subnet_ids)
                        set.add(id);
                    subnets.set(s.region, set);
                }
            }
            for (const kind of ['alb', 'ebs-gp3'])
                extras.set((0,price_book/* extraKey */.M$)(kind, s.region), { kind, region: s.region });
        }
    }
    const sorted = (m) => [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
    return {
        onDemand: sorted(onDemand),
        spot: sorted(spot),
        extras: sorted(extras),
        subnets: [...subnets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, ids]) => ({ region, ids: [...ids].sort() }))
    };
}
const pricing_MAX_PAGES = 3;
/** Price List calls in flight at once, after the first. */
const PRICE_LIST_PARALLEL = 4;
async function readLivePrices(clients, wants, options = {}) {
    const now = options.now ?? (() => new Date());
    const today = now().toISOString().slice(0, 10);
    const cache = options.cache ?? new PriceCache(undefined, now);
    const book = { onDemand: {}, spot: {}, extras: {}, subnetZones: {} };
    const warnings = [];
    const counts = { live: 0, cache: 0, fallback: 0 };
    // A refusal means every later call would be refused too: stop asking, say so once.
    let pricingBlocked = options.priceListStopped;
    const endpoint = pricingEndpointFor(options.homeRegion);
    let client;
    const pricing = () => (client ??= clients.pricing(endpoint));
    // `said` is the warning list of one figure: figures are read concurrently, and their warnings
    // are reported in the order the figures are listed, not the order the answers came in.
    const quote = async (key, read, what, said) => {
        const cached = cache.get(`price|${key}`);
        if (cached) {
            counts.cache++;
            return { usd: cached.value, origin: 'cache', date: cached.readAt.slice(0, 10) };
        }
        if (pricingBlocked) {
            counts.fallback++;
            return undefined;
        }
        try {
            const usd = await read();
            if (usd === undefined) {
                counts.fallback++;
                said.push(`no Price List entry for ${what}; the bundled table is used where it has one`);
                return undefined;
            }
            cache.set(`price|${key}`, usd);
            counts.live++;
            return { usd, origin: 'live', date: today };
        }
        catch (error) {
            counts.fallback++;
            const why = describeAwsError(error);
            // Said once, by the first figure refused; later figures fall back without a word.
            if (!pricingBlocked) {
                said.push(isAccessDenied(error)
                    ? `live prices unavailable: pricing:GetProducts was refused (${why}); prices come from the bundled table`
                    : `live prices unavailable: pricing:GetProducts failed (${why}); prices come from the bundled table`);
            }
            pricingBlocked = why;
            return undefined;
        }
    };
    const figures = [
        ...wants.onDemand.map((w) => {
            const key = (0,price_book/* onDemandKey */.yj)(w.table, w.region, w.type);
            const what = `${w.table === 'sagemaker' ? `SageMaker ml.${w.type}` : `EC2 ${w.type}`} in ${w.region}`;
            const read = async () => hourlyPrice(await pricing(), instanceQuery(w.table, w.region, w.type), w.table === 'sagemaker' ? `Host:ml.${w.type}` : `BoxUsage:${w.type}`);
            return { key, what, read, store: book.onDemand };
        }),
        ...wants.extras.map((w) => {
            const key = (0,price_book/* extraKey */.M$)(w.kind, w.region);
            const what = `${w.kind === 'alb' ? 'the ALB hour' : 'gp3 storage'} in ${w.region}`;
            return { key, what, read: async () => extraPrice(await pricing(), w.kind, w.region), store: book.extras };
        })
    ];
    const said = figures.map(() => []);
    const ask = async (i) => {
        const f = figures[i];
        const q = await quote(f.key, f.read, f.what, said[i]);
        if (q)
            f.store[f.key] = q;
    };
    const priceList = async () => {
        // The first figure alone: a refusal then stops the asking after one call. The rest together,
        // at most PRICE_LIST_PARALLEL at a time.
        if (figures.length)
            await ask(0);
        for (let next = 1; next < figures.length; next += PRICE_LIST_PARALLEL) {
            await Promise.all(figures.slice(next, next + PRICE_LIST_PARALLEL).map((_, j) => ask(next + j)));
        }
    };
    // Spot prices and subnet zones come from EC2, independent of the Price List.
    const [, spot, zones] = await Promise.all([priceList(), readSpotPrices(clients, wants.spot, { cache, today }), readSubnetZones(clients, wants.subnets)]);
    warnings.push(...said.flat());
    Object.assign(book.spot, spot.quotes);
    warnings.push(...spot.warnings);
    counts.live += spot.counts.live;
    counts.cache += spot.counts.cache;
    counts.fallback += spot.counts.fallback;
    Object.assign(book.subnetZones, zones.zones);
    warnings.push(...zones.warnings);
    await cache.save();
    return { book, warnings, counts, ...(pricingBlocked ? { priceListStopped: pricingBlocked } : {}) };
}
function term(field, value) {
    return { Type: 'TERM_MATCH', Field: field, Value: value };
}
function instanceQuery(table, region, type) {
    if (table === 'sagemaker') {
        return {
            ServiceCode: 'AmazonSageMaker',
            Filters: [term('regionCode', region), term('instanceName', `ml.${type}`), term('component', 'Hosting'), term('productFamily', 'ML Instance')],
            FormatVersion: 'aws_v1',
            MaxResults: 100
        };
    }
    return {
        ServiceCode: 'AmazonEC2',
        Filters: [
            term('regionCode', region),
            term('instanceType', type),
            term('operatingSystem', 'Linux'),
            term('tenancy', 'Shared'),
            term('preInstalledSw', 'NA'),
            term('capacitystatus', 'Used')
        ],
        FormatVersion: 'aws_v1',
        MaxResults: 100
    };
}
function extraQuery(kind, region) {
    if (kind === 'alb') {
        return { ServiceCode: 'AWSELB', Filters: [term('regionCode', region), term('productFamily', 'Load Balancer-Application')], FormatVersion: 'aws_v1', MaxResults: 100 };
    }
    return { ServiceCode: 'AmazonEC2', Filters: [term('regionCode', region), term('productFamily', 'Storage'), term('volumeApiName', 'gp3')], FormatVersion: 'aws_v1', MaxResults: 100 };
}
async function products(client, input) {
    const { GetProductsCommand } = await __webpack_require__.e(/* import() */ 453).then(__webpack_require__.t.bind(__webpack_require__, 4453, 19));
    const out = [];
    let token;
    for (let page = 0; page < pricing_MAX_PAGES; page++) {
        const res = await client.send(new GetProductsCommand({ ...input, NextToken: token }));
        for (const item of res.PriceList ?? []) {
            try {
                // Each item is a JSON document in a string (the SDK may hand it over as a LazyJsonString).
                const parsed = JSON.parse(String(item));
                out.push((typeof parsed === 'string' ? JSON.parse(parsed) : parsed));
            }
            catch {
                // An item that is not a product document prices nothing.
            }
        }
        token = res.NextToken;
        if (!token)
            break;
    }
    return out;
}
/** The USD on-demand price of the first dimension in `unit` (the first tier where there are tiers). */
function onDemandUsd(item, unit) {
    for (const t of Object.values(item.terms?.OnDemand ?? {})) {
        const dims = Object.values(t.priceDimensions ?? {}).filter((d) => d.unit === unit);
        dims.sort((a, b) => Number(a.beginRange ?? 0) - Number(b.beginRange ?? 0));
        for (const d of dims) {
            const usd = Number(d.pricePerUnit?.USD);
            if (Number.isFinite(usd) && usd > 0)
                return usd;
        }
    }
    return undefined;
}
/** Hourly price of the product whose usage type ends with `usage` (`BoxUsage:g5.2xlarge`, `Host:ml.g5.2xlarge`). */
async function hourlyPrice(client, input, usage) {
    const items = await products(client, input);
    const exact = items.filter((i) => {
        const u = i.product?.attributes?.usagetype ?? '';
        return u === usage || u.endsWith(`-${usage}`);
    });
    for (const item of exact.length ? exact : items) {
        const usd = onDemandUsd(item, 'Hrs');
        if (usd !== undefined)
            return usd;
    }
    return undefined;
}
async function extraPrice(client, kind, region) {
    const items = await products(client, extraQuery(kind, region));
    if (kind === 'alb') {
        const hourly = items.filter((i) => /(^|-)LoadBalancerUsage$/.test(i.product?.attributes?.usagetype ?? ''));
        for (const item of hourly) {
            const usd = onDemandUsd(item, 'Hrs');
            if (usd !== undefined)
                return usd;
        }
        return undefined;
    }
    for (const item of items) {
        const usd = onDemandUsd(item, 'GB-Mo');
        if (usd !== undefined)
            return usd;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/aws/quotas.ts



const MAX_ENDPOINTS = 100;
const quotas_MAX_PAGES = 20;
async function readQuotaFacts(clients, needs) {
    const defaults = new Map();
    const usage = new Map();
    const listDefaults = (region, service) => {
        const key = `${region}|${service}`;
        if (!defaults.has(key))
            defaults.set(key, listDefaultQuotas(clients, region, service));
        return defaults.get(key);
    };
    const usageOf = (region, service) => {
        const key = `${region}|${service}`;
        if (!usage.has(key)) {
            const classes = needs.filter((n) => n.region === region && n.ref.serviceCode === 'ec2').map((n) => n.instanceTypes.map((t) => ec2QuotaClass(t.split('.')[0]))).flat();
            usage.set(key, service === 'ec2' ? ec2Usage(clients, region, [...new Set(classes.filter((c) => !!c))]) : sageMakerUsage(clients, region));
        }
        return usage.get(key);
    };
    // Each need on its own (the listings and usage sweeps they share are asked once, above), all at once.
    const factFor = async (need) => {
        const { region, ref } = need;
        let code = ref.quotaCode;
        let value;
        let source = 'applied';
        try {
            if (!code) {
                const listed = (await listDefaults(region, ref.serviceCode)).find((q) => q.QuotaName === ref.quotaName);
                if (!listed?.QuotaCode)
                    return { key: need.key, known: false, reason: `no quota named "${ref.quotaName}" in the ${ref.serviceCode} defaults of ${region}` };
                code = listed.QuotaCode;
            }
            try {
                value = await appliedValue(await clients.serviceQuotas(region), ref.serviceCode, code);
            }
            catch (error) {
                // No applied value: the AWS default is the account's value. Any other error stays unknown.
                if (errorName(error) !== 'NoSuchResourceException')
                    throw error;
                value = (await listDefaults(region, ref.serviceCode)).find((q) => q.QuotaCode === code)?.Value;
                source = 'default';
            }
        }
        catch (error) {
            return { key: need.key, known: false, reason: `${describeAwsError(error)} reading ${ref.serviceCode} quota ${code ?? ref.quotaName}` };
        }
        if (value === undefined)
            return { key: need.key, known: false, reason: `Service Quotas gave no value for ${code}` };
        const used = await usageOf(region, ref.serviceCode);
        return used.ok
            ? { key: need.key, known: true, value, quotaCode: code, source, usage: used.byQuota.get(need.key) ?? 0 }
            : { key: need.key, known: true, value, quotaCode: code, source, usageUnknown: used.reason };
    };
    return Promise.all(needs.map(factFor));
}
async function appliedValue(client, service, code) {
    const { GetServiceQuotaCommand } = await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.t.bind(__webpack_require__, 2924, 19));
    const res = await client.send(new GetServiceQuotaCommand({ ServiceCode: service, QuotaCode: code }));
    return res.Quota?.Value;
}
async function listDefaultQuotas(clients, region, service) {
    const { ListAWSDefaultServiceQuotasCommand } = await __webpack_require__.e(/* import() */ 924).then(__webpack_require__.t.bind(__webpack_require__, 2924, 19));
    const client = await clients.serviceQuotas(region);
    const out = [];
    let token;
    for (let page = 0; page < quotas_MAX_PAGES; page++) {
        const res = await client.send(new ListAWSDefaultServiceQuotasCommand({ ServiceCode: service, NextToken: token, MaxResults: 100 }));
        out.push(...(res.Quotas ?? []));
        token = res.NextToken;
        if (!token)
            break;
    }
    return out;
}
/** Instance-type wildcards that cover each EC2 quota class (over-fetching is fine: each instance is classified again). */
const CLASS_PATTERNS = {
    G: ['g*', 'vt*'],
    P: ['p*'],
    P5: ['p*'],
    Inf: ['inf*'],
    Trn: ['trn*'],
    DL: ['dl*'],
    Standard: ['a*', 'c*', 'd*', 'h*', 'i*', 'm*', 'r*', 't*', 'z*']
};
async function ec2Usage(clients, region, classes) {
    const patterns = [...new Set(classes.flatMap((c) => CLASS_PATTERNS[c] ?? []))].sort();
    if (!patterns.length)
        return { ok: true, byQuota: new Map() };
    try {
        const { DescribeInstancesCommand } = await __webpack_require__.e(/* import() */ 193).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19));
        const client = await clients.ec2(region);
        const byQuota = new Map();
        let token;
        for (let page = 0;; page++) {
            if (page >= quotas_MAX_PAGES)
                return { ok: false, reason: `more than ${quotas_MAX_PAGES} pages of running instances in ${region}` };
            const res = await client.send(new DescribeInstancesCommand({
                Filters: [
                    { Name: 'instance-state-name', Values: ['pending', 'running'] },
                    { Name: 'instance-type', Values: patterns }
                ],
                MaxResults: 1000,
                NextToken: token
            }));
            for (const r of res.Reservations ?? []) {
                for (const i of r.Instances ?? []) {
                    const type = String(i.InstanceType ?? '');
                    const ref = quotaFor('ec2', type, i.InstanceLifecycle === 'spot');
                    if (!ref)
                        continue;
                    // The quota counts the type's vCPUs; the CPU options are the fallback for a type not in the bundled data.
                    const vcpu = (0,instances/* findInstance */.XD)(type)?.vcpu ?? (i.CpuOptions?.CoreCount ?? 0) * (i.CpuOptions?.ThreadsPerCore ?? 1);
                    const key = quotaKey(region, ref);
                    byQuota.set(key, (byQuota.get(key) ?? 0) + vcpu);
                }
            }
            token = res.NextToken || undefined;
            if (!token)
                break;
        }
        return { ok: true, byQuota };
    }
    catch (error) {
        return { ok: false, reason: `ec2:DescribeInstances: ${describeAwsError(error)}` };
    }
}
const COUNTED_ENDPOINT = new Set(['InService', 'Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'UpdateRollbackFailed']);
async function sageMakerUsage(clients, region) {
    try {
        const sm = await __webpack_require__.e(/* import() */ 459).then(__webpack_require__.t.bind(__webpack_require__, 4459, 19));
        const client = await clients.sageMaker(region);
        const names = [];
        let token;
        for (let page = 0;; page++) {
            if (page >= quotas_MAX_PAGES)
                break;
            const res = await client.send(new sm.ListEndpointsCommand({ MaxResults: 100, NextToken: token }));
            for (const e of res.Endpoints ?? [])
                if (e.EndpointName && COUNTED_ENDPOINT.has(String(e.EndpointStatus)))
                    names.push(e.EndpointName);
            token = res.NextToken;
            if (!token)
                break;
        }
        if (names.length > MAX_ENDPOINTS)
            return { ok: false, reason: `${names.length} endpoints in ${region}, more than the ${MAX_ENDPOINTS} the preflight counts` };
        const configs = new Map();
        const byQuota = new Map();
        for (const name of names) {
            const endpoint = await client.send(new sm.DescribeEndpointCommand({ EndpointName: name }));
            const configName = endpoint.EndpointConfigName;
            if (!configName)
                continue;
            if (!configs.has(configName)) {
                const config = await client.send(new sm.DescribeEndpointConfigCommand({ EndpointConfigName: configName }));
                configs.set(configName, new Map((config.ProductionVariants ?? []).map((v) => [String(v.VariantName), String(v.InstanceType ?? '')])));
            }
            const types = configs.get(configName);
            for (const v of endpoint.ProductionVariants ?? []) {
                const type = types.get(String(v.VariantName));
                if (!type?.startsWith('ml.'))
                    continue;
                const ref = quotaFor('sagemaker', type.slice(3), false);
                const key = quotaKey(region, ref);
                // While an update scales out, the larger of current and desired is what the quota sees.
                const count = Math.max(v.CurrentInstanceCount ?? 0, v.DesiredInstanceCount ?? 0);
                byQuota.set(key, (byQuota.get(key) ?? 0) + count);
            }
        }
        return { ok: true, byQuota };
    }
    catch (error) {
        return { ok: false, reason: `sagemaker endpoints: ${describeAwsError(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/modes/plan-live.ts





/**
 * Prices of what the manifest asks for do not depend on the live stacks, so they are read while
 * the stacks are listed; `finish` adds only the figures that running stacks need beyond those
 * (an instance type the manifest no longer uses) and words the result.
 */
function startLivePrices(clients, specs, homeRegion) {
    const cache = new PriceCache(defaultCachePath());
    const wanted = priceWants(specs);
    const first = cache.load().then(() => readLivePrices(clients, wanted, { cache, homeRegion }));
    // Awaited by finish; a run that turns out to have no credentials never calls it, and its answers
    // (failures without a request sent) are dropped, not raised as an unhandled rejection.
    first.catch(() => undefined);
    return {
        async finish(live) {
            const read = await first;
            const rest = beyond(priceWants(specs, live), wanted);
            // Figures only running stacks need; a Price List that refused the first read is not asked again.
            const more = rest ? await readLivePrices(clients, rest, { cache, homeRegion, priceListStopped: read.priceListStopped }) : undefined;
            const book = more ? mergeBooks(read.book, more.book) : read.book;
            const warnings = [...read.warnings, ...(more?.warnings ?? [])];
            const fresh = read.counts.live + (more?.counts.live ?? 0);
            const cached = read.counts.cache + (more?.counts.cache ?? 0);
            const fallback = read.counts.fallback + (more?.counts.fallback ?? 0);
            const parts = [fresh ? `${fresh} live` : '', cached ? `${cached} from the cache (under a day old)` : '', fallback ? `${fallback} from the bundled table` : ''].filter(Boolean);
            return {
                book,
                warnings: [...new Set(warnings)].map((message) => ({ severity: 'warning', message })),
                note: parts.length ? `looked up for this plan: ${parts.join(', ')} (live and cached figures come from the AWS Price List Query API and EC2 spot price history).` : ''
            };
        }
    };
}
/** What `all` wants that `asked` did not, or undefined when nothing. */
function beyond(all, asked) {
    const keys = (list, key) => new Set(list.map(key));
    const onDemandAsked = keys(asked.onDemand, (w) => (0,price_book/* onDemandKey */.yj)(w.table, w.region, w.type));
    const spotAsked = keys(asked.spot, (w) => (0,price_book/* spotKey */.kJ)(w.region, w.type));
    const extrasAsked = keys(asked.extras, (w) => (0,price_book/* extraKey */.M$)(w.kind, w.region));
    const subnetsAsked = keys(asked.subnets.flatMap((s) => s.ids.map((id) => `${s.region}|${id}`)), (k) => k);
    const rest = {
        onDemand: all.onDemand.filter((w) => !onDemandAsked.has((0,price_book/* onDemandKey */.yj)(w.table, w.region, w.type))),
        spot: all.spot.filter((w) => !spotAsked.has((0,price_book/* spotKey */.kJ)(w.region, w.type))),
        extras: all.extras.filter((w) => !extrasAsked.has((0,price_book/* extraKey */.M$)(w.kind, w.region))),
        subnets: all.subnets.map((s) => ({ region: s.region, ids: s.ids.filter((id) => !subnetsAsked.has(`${s.region}|${id}`)) })).filter((s) => s.ids.length)
    };
    return rest.onDemand.length || rest.spot.length || rest.extras.length || rest.subnets.length ? rest : undefined;
}
function mergeBooks(a, b) {
    return { onDemand: { ...a.onDemand, ...b.onDemand }, spot: { ...a.spot, ...b.spot }, extras: { ...a.extras, ...b.extras }, subnetZones: { ...a.subnetZones, ...b.subnetZones } };
}
/** Adds the quota findings to the plan's diagnostics and returns the checks for the report. */
async function quotaPreflight(clients, plan) {
    const needs = quotaNeeds(plan);
    if (!needs.length)
        return [];
    const facts = await readQuotaFacts(clients, needs);
    const { checks, diagnostics } = evaluateQuotas(needs, facts);
    plan.diagnostics.push(...diagnostics);
    return checks;
}


/***/ })

};

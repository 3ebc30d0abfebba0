#!/usr/bin/env node
// Bundles the compiled price/instance data into src/core/data/ so the action never reads outside
// its own tree at run time. Run by hand when the shared data changes; CI uses the committed copy.
//
//   node scripts/build-price-table.mjs [pricing-folder]
//
// The folder defaults to ../shared/data/pricing relative to the repository root. The output is
// deterministic (sorted keys, fixed layout) so a re-run without data changes produces no diff.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const inputDir = resolve(repoRoot, process.argv[2] ?? '../shared/data/pricing');
const outputDir = join(repoRoot, 'src/core/data');

// Dates and wording come from SOURCES.md; the data files only carry the short labels. A label this
// table does not know stops the build, so a new source cannot slip in without a date.
const SOURCE_BY_LABEL = {
  'tsaol-aws-gpu(vantage)@2026-01-21': {
    id: 'ec2-gpu@2026-01-21',
    label: 'EC2 on-demand, GPU/accelerator types (instances.vantage.sh via tsaol/aws-gpu)',
    date: '2026-01-21'
  },
  'karpenter-us-east-1@2026-07-20': {
    id: 'ec2-us-east-1@2026-07-20',
    label: 'EC2 on-demand us-east-1 cross-check (Karpenter generated price table)',
    date: '2026-07-20'
  },
  'skypilot-catalog-v8(commit 00148f2a; >= late-2025)': {
    id: 'ec2-cpu@skypilot-v8',
    label: 'EC2 on-demand, CPU types (SkyPilot catalog v8, transcribed by hand)',
    date: 'undated, late 2025 or later'
  },
  'vantage-gpu-subset@2025-11-30': {
    id: 'ec2-spot@2025-11-30',
    label: 'EC2 spot averages, indicative only (instances.vantage.sh snapshot)',
    date: '2025-11-30',
    indicative: true
  },
  'fmbench-pricing_fallback@2025-01-26': {
    id: 'sagemaker-us-east-1@2025-01-26',
    label: 'SageMaker hosting us-east-1 (AWS sample FMBench fallback table)',
    date: '2025-01-26'
  },
  'third-party-S2(PriceList capture 2026-08-17)': {
    id: 'sagemaker-us-east-1@2026-08-17',
    label: 'SageMaker hosting us-east-1 (third-party AWS Price List capture)',
    date: '2026-08-17'
  },
  'third-party-S1(PriceList publicationDate 2026-09-20)': {
    id: 'sagemaker-us-east-1@2026-09-20',
    label: 'SageMaker hosting us-east-1 (third-party AWS Price List offer file)',
    date: '2026-09-20'
  },
  'third-party-S3(offer file, confirmed 2026-08)': {
    id: 'sagemaker-us-east-1@2026-08',
    label: 'SageMaker hosting us-east-1 (third-party AWS Price List offer file)',
    date: '2026-08'
  },
  'third-party-S4(us-west-2 TRAINING rates, undated)': {
    id: 'sagemaker-us-west-2-estimate',
    label: 'SageMaker us-west-2 ESTIMATE: training rates used as hosting rates (third-party)',
    date: 'undated',
    estimate: true
  }
};

const EXTRA_SOURCES = {
  infracost: {
    id: 'infracost-us-east-1@2024-07-01',
    label: 'AWS list prices in Infracost golden tests (us-east-1)',
    date: '2024-07-01'
  },
  albS5: {
    id: 'alb-hourly@2026-09',
    label: 'ALB hourly rate quoted from the AWS Price List (third-party ops doc)',
    date: '2026-09'
  }
};

const ACCELERATOR = {
  'nvidia-gpu': 'nvidia-gpu',
  'aws-inferentia2': 'neuron',
  'aws-trainium': 'neuron',
  none: 'cpu'
};

function readJson(name) {
  return JSON.parse(readFileSync(join(inputDir, name), 'utf8'));
}

function sourceFor(label) {
  const source = SOURCE_BY_LABEL[label.trim()];
  if (!source) throw new Error(`unknown price source label ${JSON.stringify(label)}: add it to SOURCE_BY_LABEL`);
  return source;
}

// A provenance tag reads "<source> [= <confirming source>] [| note]".
function parseProvenance(tag) {
  const [head, ...rest] = tag.split(' | ');
  const sources = head.split(' = ').map((label) => sourceFor(label).id);
  // "agrees with fmbench <same value>" is a second source for the price, not a caveat.
  const notes = rest.filter((n) => !/^agrees with fmbench /.test(n.trim()));
  if (notes.length < rest.length) sources.push(sourceFor('fmbench-pricing_fallback@2025-01-26').id);
  const note = notes.join(' | ').trim() || undefined;
  const estimate = /ESTIMATE/.test(tag) || sources.some((id) => sourceById(id).estimate === true);
  return { sources, note, estimate };
}

function sourceById(id) {
  return [...Object.values(SOURCE_BY_LABEL), ...Object.values(EXTRA_SOURCES)].find((s) => s.id === id);
}

function groupTable(prices, provenance, where) {
  const groups = new Map();
  for (const [type, usd] of Object.entries(prices)) {
    if (typeof usd !== 'number' || !(usd > 0)) throw new Error(`${where} ${type}: not a positive price: ${usd}`);
    const tag = provenance?.[type];
    if (typeof tag !== 'string') throw new Error(`${where} ${type}: no provenance`);
    const parsed = parseProvenance(tag);
    const key = JSON.stringify(parsed);
    if (!groups.has(key)) groups.set(key, { ...parsed, prices: {} });
    groups.get(key).prices[type] = usd;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => {
      const out = { sources: group.sources, prices: group.prices };
      if (group.note) out.note = group.note;
      if (group.estimate) out.estimate = true;
      return out;
    });
}

function buildPrices() {
  const raw = readJson('prices.json');
  const used = new Set();
  const regions = {};
  for (const [region, table] of Object.entries(raw)) {
    if (region.startsWith('_')) continue;
    const prov = table._provenance ?? {};
    const entry = {
      ec2: groupTable(table.ec2 ?? {}, prov.ec2, `${region} ec2`),
      sagemaker: groupTable(table.sagemaker ?? {}, prov.sagemaker, `${region} sagemaker`)
    };
    const spotTable = table.ec2SpotIndicative ?? {};
    if (Object.keys(spotTable).length > 0) {
      const spotSource = sourceFor(prov.ec2SpotIndicative).id;
      const spot = {};
      for (const [type, s] of Object.entries(spotTable)) {
        if (typeof s.avg !== 'number') continue;
        spot[type] = { avg: s.avg, interrupt: s.interruptFreq ?? null };
      }
      entry.spot = { source: spotSource, prices: spot };
      used.add(spotSource);
    }
    for (const group of [...entry.ec2, ...entry.sagemaker]) group.sources.forEach((id) => used.add(id));
    regions[region] = entry;
  }

  const other = readJson('other-costs.json');
  const albSources = {};
  for (const [regionsKey, text] of Object.entries(other.alb.sources)) {
    const id = text.startsWith('infracost') ? EXTRA_SOURCES.infracost.id : text.includes('(S5)') ? EXTRA_SOURCES.albS5.id : undefined;
    if (!id) continue;
    for (const r of regionsKey.split(',')) albSources[r.trim()] = id;
  }
  const perRegion = (prices, sourceOf) => {
    const out = {};
    for (const [region, usd] of Object.entries(prices)) {
      const source = sourceOf(region);
      if (!source) throw new Error(`extra price for ${region} has no known source`);
      out[region] = { usd, source };
      used.add(source);
    }
    return out;
  };
  const infracost = () => EXTRA_SOURCES.infracost.id;
  const extras = {
    albPerHour: perRegion(other.alb.perAlbHour, (r) => albSources[r]),
    secretPerMonth: perRegion(other.secretsManager.perSecretMonth, infracost),
    ebsGp3PerGBMonth: perRegion(other.ebs.gp3PerGBMonth, infracost)
  };

  const sources = {};
  for (const id of [...used].sort()) {
    const s = sourceById(id);
    sources[id] = { label: s.label, date: s.date, ...(s.estimate ? { estimate: true } : {}), ...(s.indicative ? { indicative: true } : {}) };
  }
  return {
    currency: raw._meta?.currency ?? 'USD',
    note: 'Generated by scripts/build-price-table.mjs. Absent key = no price found in the sources; never guessed.',
    sources,
    regions,
    extras
  };
}

function buildInstances() {
  const raw = readJson('instances.json');
  const out = raw.map((i) => {
    const accelerator = ACCELERATOR[i.accelerator];
    if (!accelerator) throw new Error(`${i.instanceType}: unknown accelerator ${i.accelerator}`);
    const row = { type: i.instanceType, family: i.family, vcpu: i.vcpu, memoryGiB: i.memoryGiB, gpus: i.gpus, accelerator };
    if (i.gpus > 0) {
      row.gpuModel = i.gpuModel;
      row.nominalGpuMemoryGiB = i.gpuMemoryGiB;
      row.gpuMemoryMiBReportedByEC2 = i.gpuMemoryMiBReportedByEC2 ?? null;
      if (i.neuronCoresPerAccelerator) row.neuronCoresPerDevice = i.neuronCoresPerAccelerator;
    }
    return row;
  });
  out.sort((a, b) => (a.family === b.family ? a.vcpu - b.vcpu || a.type.localeCompare(b.type) : a.family.localeCompare(b.family)));
  return out;
}

// Sorted keys everywhere; objects and arrays of primitives that fit go on one line.
function stringify(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((v) => [undefined, v]) : Object.keys(value).sort().map((k) => [k, value[k]]);
  const parts = entries.map(([k, v]) => (k === undefined ? '' : `${JSON.stringify(k)}: `) + stringify(v, inner));
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (parts.length === 0) return open + close;
  const flat = entries.every(([, v]) => v === null || typeof v !== 'object');
  const oneLine = `${open}${isArray ? '' : ' '}${parts.join(', ')}${isArray ? '' : ' '}${close}`;
  if (flat && oneLine.length + indent.length <= 150) return oneLine;
  return `${open}\n${parts.map((p) => inner + p).join(',\n')}\n${indent}${close}`;
}

mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'prices.json'), stringify(buildPrices()) + '\n');
writeFileSync(join(outputDir, 'instances.json'), stringify(buildInstances()) + '\n');
console.log(`wrote ${join('src/core/data', 'prices.json')} and ${join('src/core/data', 'instances.json')}`);

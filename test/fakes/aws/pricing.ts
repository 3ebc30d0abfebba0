// The AWS Price List Query API over awsJson1_1 (target AWSPriceListService): GetProducts with
// TERM_MATCH filters, answered as real Price List does — each PriceList item is a JSON *string*
// holding one product document (product, serviceCode, terms.OnDemand.<sku>.<offer>.priceDimensions
// with pricePerUnit.USD as a decimal string), paged with NextToken. Only the three Price List
// endpoints (us-east-1, eu-central-1, ap-south-1) answer. The catalogue is global, as the Price
// List is; seed it with `putProduct(aws.store, ec2InstanceProduct(...))` and the other builders.
import { createHash } from 'node:crypto';
import { AwsServiceError, type ActionHandler, type HandlerConfig } from './protocol.js';
import type { AwsStore } from './store.js';

export const PRICE_LIST_ENDPOINTS = new Set(['us-east-1', 'eu-central-1', 'ap-south-1']);

export interface PriceListProduct {
  product: { productFamily: string; attributes: Record<string, string>; sku: string };
  serviceCode: string;
  terms: { OnDemand: Record<string, unknown> };
  version: string;
  publicationDate: string;
}

const catalogues = new WeakMap<AwsStore, PriceListProduct[]>();

export function priceCatalogue(store: AwsStore): PriceListProduct[] {
  let list = catalogues.get(store);
  if (!list) {
    list = [];
    catalogues.set(store, list);
  }
  return list;
}

export function putProduct(store: AwsStore, product: PriceListProduct): void {
  priceCatalogue(store).push(product);
}

/** Usage-type prefixes of the regions the tests use, as the Price List writes them. */
const USAGE_PREFIX: Record<string, string> = {
  'us-east-1': 'USE1',
  'us-west-2': 'USW2',
  'eu-west-1': 'EUW1',
  'eu-central-1': 'EUC1',
  'ap-northeast-1': 'APN1',
  'ap-south-1': 'APS3'
};
const LOCATION: Record<string, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-west-2': 'US West (Oregon)',
  'eu-west-1': 'EU (Ireland)',
  'eu-central-1': 'EU (Frankfurt)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'ap-south-1': 'Asia Pacific (Mumbai)'
};

function sku(...parts: string[]): string {
  return createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 16).toUpperCase();
}

function document(serviceCode: string, productFamily: string, attributes: Record<string, string>, price: { usd: number; unit: string; description: string }): PriceListProduct {
  const id = sku(serviceCode, JSON.stringify(attributes));
  const offer = 'JRTCKXETXF';
  const rate = `${id}.${offer}.6YS6EN2CT7`;
  return {
    product: { productFamily, attributes: { servicecode: serviceCode, ...attributes }, sku: id },
    serviceCode,
    terms: {
      OnDemand: {
        [`${id}.${offer}`]: {
          priceDimensions: {
            [rate]: {
              unit: price.unit,
              endRange: 'Inf',
              description: price.description,
              appliesTo: [],
              rateCode: rate,
              beginRange: '0',
              pricePerUnit: { USD: price.usd.toFixed(10) }
            }
          },
          sku: id,
          effectiveDate: '2026-11-01T00:00:00Z',
          offerTermCode: offer,
          termAttributes: {}
        }
      }
    },
    version: '20261101000000',
    publicationDate: '2026-11-01T00:00:00Z'
  };
}

export function ec2InstanceProduct(region: string, type: string, usd: number, over: Record<string, string> = {}): PriceListProduct {
  const attributes = {
    instanceType: type,
    regionCode: region,
    location: LOCATION[region] ?? region,
    locationType: 'AWS Region',
    operatingSystem: 'Linux',
    tenancy: 'Shared',
    preInstalledSw: 'NA',
    capacitystatus: 'Used',
    licenseModel: 'No License required',
    operation: 'RunInstances',
    usagetype: `${USAGE_PREFIX[region] ?? 'XX'}-BoxUsage:${type}`,
    ...over
  };
  return document('AmazonEC2', 'Compute Instance', attributes, { usd, unit: 'Hrs', description: `$${usd} per On Demand Linux ${type} Instance Hour` });
}

export function sageMakerHostingProduct(region: string, type: string, usd: number, component = 'Hosting'): PriceListProduct {
  const instanceName = type.startsWith('ml.') ? type : `ml.${type}`;
  const attributes = {
    instanceName,
    regionCode: region,
    location: LOCATION[region] ?? region,
    locationType: 'AWS Region',
    component,
    operation: component === 'Hosting' ? 'RunInstance' : 'RunInstance:Training',
    usagetype: `${USAGE_PREFIX[region] ?? 'XX'}-${component === 'Hosting' ? 'Host' : 'Train'}:${instanceName}`
  };
  return document('AmazonSageMaker', 'ML Instance', attributes, { usd, unit: 'Hrs', description: `$${usd} per ${component} ${instanceName} hour in ${LOCATION[region] ?? region}` });
}

export function albProducts(region: string, hourly: number, lcu: number): PriceListProduct[] {
  const base = { regionCode: region, location: LOCATION[region] ?? region, locationType: 'AWS Region', operation: 'LoadBalancing:Application' };
  const prefix = USAGE_PREFIX[region] ?? 'XX';
  return [
    document('AWSELB', 'Load Balancer-Application', { ...base, usagetype: `${prefix}-LCUUsage` }, { usd: lcu, unit: 'LCU-Hrs', description: `$${lcu} per LCU-hour` }),
    document('AWSELB', 'Load Balancer-Application', { ...base, usagetype: `${prefix}-LoadBalancerUsage` }, { usd: hourly, unit: 'Hrs', description: `$${hourly} per Application LoadBalancer-hour` })
  ];
}

export function gp3Product(region: string, perGbMonth: number): PriceListProduct {
  const attributes = { regionCode: region, location: LOCATION[region] ?? region, volumeApiName: 'gp3', volumeType: 'General Purpose', usagetype: `${USAGE_PREFIX[region] ?? 'XX'}-EBS:VolumeUsage.gp3` };
  return document('AmazonEC2', 'Storage', attributes, { usd: perGbMonth, unit: 'GB-Mo', description: `$${perGbMonth} per GB-month of General Purpose (gp3) provisioned storage` });
}

function matches(p: PriceListProduct, filters: { Type?: string; Field?: string; Value?: string }[]): boolean {
  return filters.every((f) => {
    if (f.Type !== 'TERM_MATCH') throw new AwsServiceError('InvalidParameterException', `Filter type ${String(f.Type)} is not supported`);
    const field = String(f.Field ?? '');
    // Field names match case-insensitively in the Price List; values exactly.
    const attr = Object.entries(p.product.attributes).find(([k]) => k.toLowerCase() === field.toLowerCase())?.[1];
    const value = attr ?? (field.toLowerCase() === 'productfamily' ? p.product.productFamily : undefined);
    return value === f.Value;
  });
}

export function pricingHandlers(config: HandlerConfig): Record<string, ActionHandler> {
  return {
    GetProducts: (call, store) => {
      if (!PRICE_LIST_ENDPOINTS.has(call.region)) {
        // Real AWS has no endpoint there at all; this is as close as an HTTP answer gets.
        throw new AwsServiceError('UnrecognizedClientException', `The Price List Query API has no endpoint in ${call.region}`, 400);
      }
      const input = call.input as { ServiceCode?: string; Filters?: { Type?: string; Field?: string; Value?: string }[]; MaxResults?: number; NextToken?: string };
      if (!input.ServiceCode) throw new AwsServiceError('InvalidParameterException', 'ServiceCode is required');
      const all = priceCatalogue(store).filter((p) => p.serviceCode === input.ServiceCode && matches(p, input.Filters ?? []));
      const size = Math.min(input.MaxResults ?? 100, config.pageSize('pricing:GetProducts'));
      const start = input.NextToken ? Number(Buffer.from(input.NextToken, 'base64').toString('utf8')) : 0;
      if (!Number.isInteger(start) || start < 0) throw new AwsServiceError('InvalidNextTokenException', 'The pagination token is invalid.');
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? Buffer.from(String(start + size)).toString('base64') : undefined;
      return { FormatVersion: 'aws_v1', PriceList: page.map((p) => JSON.stringify(p)), ...(next ? { NextToken: next } : {}) };
    }
  };
}

// The bundled region list against the AWS SDK's own partition metadata: the copy must agree with
// what `partition()` answers, and `scripts/regions.mjs --check` fails when the installed SDK lists
// a region the copy lacks (an SDK update then asks for one re-run of the script).
import { execFileSync } from 'node:child_process';
import { partition } from '@aws-sdk/core/client';
import { isKnownRegion, knownRegions, regionDescription, suggestRegions } from '../../src/core/catalog/regions.js';

describe('regions (copied from the SDK partition metadata)', () => {
  it('is what the installed SDK lists (scripts/regions.mjs --check)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/regions.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('answers as partition() does for every region it lists', () => {
    const regions = knownRegions();
    expect(regions.length).toBeGreaterThan(30);
    for (const r of regions) expect(regionDescription(r)).toBe((partition(r) as { description?: string }).description);
  });

  it('knows the commercial, China, GovCloud and sovereign partitions, and not endpoint aliases', () => {
    for (const r of ['us-east-1', 'eu-west-1', 'ap-southeast-7', 'cn-north-1', 'us-gov-west-1', 'eusc-de-east-1']) expect(isKnownRegion(r)).toBe(true);
    // partition() gives these a description too, but no stack can be created in them.
    for (const r of ['aws-global', 'aws-cn-global', 'us-east-9', 'us-east', 'constructor', 'toString']) expect(isKnownRegion(r)).toBe(false);
  });

  it('suggests the nearest names', () => {
    expect(suggestRegions('us-east-9')).toEqual(['us-east-1', 'us-east-2']);
    expect(suggestRegions('eu-wst-1')).toEqual(['eu-west-1']);
    expect(suggestRegions('mars-north-1')).toEqual([]);
  });
});

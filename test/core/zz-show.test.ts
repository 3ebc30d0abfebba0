import { it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { elevenPlan, threeHundredPlan, replacePlan } from './__fixtures__/plans.js';
import { renderPlanMarkdown } from '../../src/core/render/markdown.js';
import { renderPlanText } from '../../src/core/render/text.js';
it('writes', () => {
  const o = { priceNote: 'EC2 on-demand prices of 2026-01-21', runUrl: 'https://github.com/acme/models/actions/runs/1', sourcesUrl: 'https://github.com/acme/emd-action/blob/v1/docs/comments.md#prices' };
  writeFileSync('/tmp/r11/eleven.md', renderPlanMarkdown(elevenPlan(), o));
  writeFileSync('/tmp/r11/eleven.txt', renderPlanText(elevenPlan(), o.priceNote));
  writeFileSync('/tmp/r11/300.md', renderPlanMarkdown(threeHundredPlan(), o));
  writeFileSync('/tmp/r11/replace.md', renderPlanMarkdown(replacePlan(), o));
});

// The bootstrap template is sent as TemplateBody, which CloudFormation caps at 51,200 bytes. The
// YAML on disk keeps its comments and layout for people; what is sent is the same template as
// compact JSON (short-form tags in their long form), which CloudFormation reads just the same.
import { parse, type Tags } from 'yaml';

/** CreateStack/UpdateStack TemplateBody limit, in bytes. */
export const TEMPLATE_BODY_LIMIT = 51_200;

const SHORT = ['Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Contains', 'ToJsonString', 'Length'];
const longName = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

/** `!GetAtt Resource.Attribute.Path` is `["Resource", "Attribute.Path"]`. */
function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

const TAGS: Tags = SHORT.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => ({ [longName(name)]: name === 'GetAtt' ? splitGetAtt(value) : value }) },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (seq: { toJSON(): unknown }) => ({ [longName(name)]: seq.toJSON() }) },
  { tag: `!${name}`, collection: 'map' as const, resolve: (map: { toJSON(): unknown }) => ({ [longName(name)]: map.toJSON() }) }
]) as Tags;

/** The YAML template as compact JSON; throws when it does not fit in a TemplateBody. */
export function compactTemplateBody(yamlText: string): string {
  const body = JSON.stringify(parse(yamlText, { customTags: TAGS }));
  const bytes = Buffer.byteLength(body);
  if (bytes > TEMPLATE_BODY_LIMIT) {
    throw new Error(`the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${TEMPLATE_BODY_LIMIT} in TemplateBody`);
  }
  return body;
}

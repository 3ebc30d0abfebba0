// Just enough XML for the awsQuery and REST-XML answers the SDK parses. Arrays become awsQuery's
// `<member>` lists unless a caller flattens them (S3 does).

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export type XmlValue = string | number | boolean | Date | null | undefined | XmlValue[] | { [key: string]: XmlValue };

export interface XmlOptions {
  /** Element names whose arrays repeat the element itself instead of wrapping items in `<member>`. */
  flattened?: ReadonlySet<string>;
}

function scalar(value: string | number | boolean | Date): string {
  return escapeXml(value instanceof Date ? value.toISOString() : String(value));
}

export function toXml(name: string, value: XmlValue, options: XmlOptions = {}): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    if (options.flattened?.has(name)) return value.map((v) => toXml(name, v, options)).join('');
    return `<${name}>${value.map((v) => toXml('member', v, options)).join('')}</${name}>`;
  }
  if (value instanceof Date || typeof value !== 'object') return `<${name}>${scalar(value)}</${name}>`;
  return `<${name}>${fields(value, options)}</${name}>`;
}

export function fields(value: { [key: string]: XmlValue }, options: XmlOptions = {}): string {
  return Object.entries(value)
    .map(([k, v]) => toXml(k, v, options))
    .join('');
}

/** The text of the first `<name>` element, for the few small XML request bodies (S3 CreateBucket). */
export function firstElementText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return m ? m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&') : undefined;
}

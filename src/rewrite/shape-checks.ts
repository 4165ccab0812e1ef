import type { FieldCheck, FieldShape, ObjectShape } from './param-shape.ts';

export interface CheckStyle {
  ts: boolean;
  /** ';' or ''. */
  semicolon: string;
  quote: (text: string) => string;
  /** `NextResponse.json({ error: message }, { status })` in the route's style, with its semicolon. */
  jsonError: (message: string, status: number) => string;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function access(object: string, name: string, style: CheckStyle): string {
  return IDENTIFIER.test(name) ? `${object}.${name}` : `${object}[${style.quote(name)}]`;
}

function describe(check: FieldCheck): string {
  switch (check.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return `a ${check.kind}`;
    case 'literals':
      return check.values.length === 1 ? `${JSON.stringify(check.values[0])}` : `one of ${check.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'array':
      return `an array of ${check.of}s`;
    case 'object':
      return 'an object';
    case 'anything':
    case 'unchecked':
      return '';
  }
}

/** The condition under which `expr` fails the check. */
function failing(expr: string, check: FieldCheck, style: CheckStyle): string | undefined {
  const { quote } = style;
  switch (check.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return `typeof ${expr} !== ${quote(check.kind)}`;
    case 'literals':
      return check.values.map((v) => `${expr} !== ${typeof v === 'string' ? quote(v) : String(v)}`).join(' && ');
    case 'array':
      return `!Array.isArray(${expr}) || !${expr}.every((item${style.ts ? ': unknown' : ''}) => typeof item === ${quote(check.of)})`;
    case 'object':
      return `typeof ${expr} !== ${quote('object')} || ${expr} === null || Array.isArray(${expr})`;
    case 'anything':
    case 'unchecked':
      return undefined;
  }
}

function fieldLines(object: string, fields: FieldShape[], path: string, indent: string, style: CheckStyle): string[] {
  const lines: string[] = [];
  const s = style.semicolon;
  for (const field of fields) {
    const expr = access(object, field.name, style);
    const label = `${path}${field.name}`;
    const test = failing(expr, field.check, style);
    if (!test) continue;
    lines.push(`${indent}if (${field.optional ? `${expr} !== undefined && (${test})` : test}) {`);
    lines.push(`${indent}  return ${style.jsonError(`Expected "${label}" to be ${describe(field.check)}`, 400)}`);
    lines.push(`${indent}}`);
    if (field.check.kind !== 'object') continue;
    // One level down: the nested object's own fields, once it is known to be an object.
    const nested = `${field.name.replace(/[^\w$]/g, '_')}Input`;
    const inner = field.optional ? `${indent}  ` : indent;
    const body = [`${inner}const ${nested} = ${expr}${style.ts ? ' as Record<string, unknown>' : ''}${s}`, ...fieldLines(nested, field.check.fields, `${label}.`, inner, style)];
    if (field.optional) lines.push(`${indent}if (${expr} !== undefined) {`, ...body, `${indent}}`);
    else lines.push(...body);
  }
  return lines;
}

/**
 * The checks a generated route makes on a JSON body the action takes as one object: an object
 * and not an array, then each field its declared type states for sure, by name in the message.
 */
export function shapeChecks(body: string, shape: ObjectShape, style: CheckStyle): string[] {
  const names = shape.fields.map((f) => f.name).join(', ');
  const fields = fieldLines('input', shape.fields, '', '  ', style);
  return [
    `  if (typeof ${body} !== ${style.quote('object')} || ${body} === null || Array.isArray(${body})) {`,
    `    return ${style.jsonError(`Expected a JSON object${names ? ` with ${names}` : ''}`, 400)}`,
    '  }',
    ...(fields.length ? [`  const input = ${body}${style.ts ? ' as Record<string, unknown>' : ''}${style.semicolon}`, ...fields] : []),
  ];
}

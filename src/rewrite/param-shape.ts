/**
 * Reads the declared type of an action's object parameter into checks a generated route can
 * make without a type checker: required and optional fields of primitive types, literal
 * unions, arrays of primitives, and object literals one level down. Anything else is left
 * unchecked, by name, so the route and the report can say so.
 */

/* eslint-disable @typescript-eslint/no-explicit-any -- Babel nodes, read loosely */
type AnyNode = any;

export type Primitive = 'string' | 'number' | 'boolean';

export type FieldCheck =
  | { kind: Primitive }
  | { kind: 'literals'; values: (string | number | boolean)[] }
  | { kind: 'array'; of: Primitive }
  | { kind: 'object'; fields: FieldShape[] }
  /** `unknown` or `any`: declared as anything, so nothing to check and nothing left unchecked. */
  | { kind: 'anything' }
  | { kind: 'unchecked' };

export interface FieldShape {
  name: string;
  optional: boolean;
  check: FieldCheck;
}

/** A parameter's object type as checks; `unchecked` names the fields (dotted when nested) no check covers. */
export interface ObjectShape {
  fields: FieldShape[];
  unchecked: string[];
}

/** A module the type may be imported from, parsed: its program, for the declarations it exports. */
export type ModuleProgram = (specifier: string) => AnyNode | undefined;

const PRIMITIVE: Record<string, Primitive> = { TSStringKeyword: 'string', TSNumberKeyword: 'number', TSBooleanKeyword: 'boolean' };

/** `type X = { … }` or `interface X { … }` declared in `program`, exported or not; its members. */
function declaredMembers(program: AnyNode, name: string, exportedOnly: boolean): AnyNode[] | undefined {
  for (const statement of program.body) {
    const exported = statement.type === 'ExportNamedDeclaration';
    const decl = exported ? statement.declaration : statement;
    if (!decl || decl.id?.name !== name || (exportedOnly && !exported)) continue;
    if (decl.type === 'TSInterfaceDeclaration' && !decl.extends?.length && !decl.typeParameters) return decl.body.body;
    if (decl.type === 'TSTypeAliasDeclaration' && !decl.typeParameters && decl.typeAnnotation.type === 'TSTypeLiteral') return decl.typeAnnotation.members;
    return undefined;
  }
  return undefined;
}

/** The members of a type written inline, declared in the module, or imported from a module of the app. */
function membersOf(type: AnyNode, program: AnyNode, imported: ModuleProgram): AnyNode[] | undefined {
  if (type?.type === 'TSTypeLiteral') return type.members;
  if (type?.type !== 'TSTypeReference' || type.typeParameters || type.typeName?.type !== 'Identifier') return undefined;
  const name: string = type.typeName.name;
  const local = declaredMembers(program, name, false);
  if (local) return local;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers?.find((s: AnyNode) => s.type === 'ImportSpecifier' && s.local.name === name);
    if (!specifier) continue;
    const from = imported(statement.source.value);
    return from ? declaredMembers(from, specifier.imported.name ?? specifier.imported.value, true) : undefined;
  }
  return undefined;
}

function literalValue(type: AnyNode): string | number | boolean | undefined {
  if (type?.type !== 'TSLiteralType') return undefined;
  const lit = type.literal;
  return lit.type === 'StringLiteral' || lit.type === 'NumericLiteral' || lit.type === 'BooleanLiteral' ? lit.value : undefined;
}

function fieldCheck(type: AnyNode, nested: boolean): { check: FieldCheck; optional: boolean } {
  if (!type) return { check: { kind: 'unchecked' }, optional: false };
  if (type.type === 'TSUnknownKeyword' || type.type === 'TSAnyKeyword') return { check: { kind: 'anything' }, optional: false };
  if (PRIMITIVE[type.type]) return { check: { kind: PRIMITIVE[type.type]! }, optional: false };
  const literal = literalValue(type);
  if (literal !== undefined) return { check: { kind: 'literals', values: [literal] }, optional: false };
  if (type.type === 'TSUnionType') {
    const members: AnyNode[] = type.types.filter((t: AnyNode) => t.type !== 'TSUndefinedKeyword');
    const optional = members.length < type.types.length;
    const values = members.map(literalValue);
    if (values.every((v) => v !== undefined)) return { check: { kind: 'literals', values: values as (string | number | boolean)[] }, optional };
    if (members.length === 1) return { check: fieldCheck(members[0], nested).check, optional };
    return { check: { kind: 'unchecked' }, optional };
  }
  const element = type.type === 'TSArrayType' ? type.elementType : type.type === 'TSTypeReference' && type.typeName?.name === 'Array' ? type.typeParameters?.params?.[0] : undefined;
  if (element && PRIMITIVE[element.type]) return { check: { kind: 'array', of: PRIMITIVE[element.type]! }, optional: false };
  if (type.type === 'TSTypeLiteral' && !nested) {
    const fields = fieldsOf(type.members, true);
    return { check: fields ? { kind: 'object', fields } : { kind: 'unchecked' }, optional: false };
  }
  return { check: { kind: 'unchecked' }, optional: false };
}

function fieldsOf(members: AnyNode[], nested: boolean): FieldShape[] | undefined {
  const fields: FieldShape[] = [];
  for (const m of members) {
    // An index signature or a call signature: the set of fields isn't known.
    if (m.type !== 'TSPropertySignature' || m.computed) return undefined;
    const name = m.key.type === 'Identifier' ? m.key.name : m.key.type === 'StringLiteral' ? m.key.value : undefined;
    if (name === undefined) return undefined;
    const { check, optional } = fieldCheck(m.typeAnnotation?.typeAnnotation, nested);
    fields.push({ name, optional: !!m.optional || optional, check });
  }
  return fields;
}

function uncheckedNames(fields: FieldShape[], prefix = ''): string[] {
  return fields.flatMap((f) => (f.check.kind === 'unchecked' ? [`${prefix}${f.name}`] : f.check.kind === 'object' ? uncheckedNames(f.check.fields, `${prefix}${f.name}.`) : []));
}

/** The checks for an object parameter's declared type, or undefined when the type can't be read (a generic, a mapped or conditional type, a type from a package). */
export function objectShapeOf(type: AnyNode, program: AnyNode, imported: ModuleProgram): ObjectShape | undefined {
  const members = membersOf(type, program, imported);
  const fields = members && fieldsOf(members, false);
  return fields ? { fields, unchecked: uncheckedNames(fields) } : undefined;
}

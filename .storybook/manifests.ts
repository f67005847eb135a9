interface TypeText {
  text: string;
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  type?: TypeText;
  [key: string]: unknown;
}
interface Attribute {
  name: string;
  fieldName?: string;
  type?: TypeText;
  [key: string]: unknown;
}
interface Declaration {
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
  cssParts?: { name: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}
export interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/** `'a' | 'b'` → `['a', 'b']`; `null` unless the type is a union of string literals only. */
export function stringLiterals(type: string): string[] | null {
  const parts = type.split('|').map((part) => part.trim());
  const literals = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1] ?? /^"([^"]*)"$/.exec(part)?.[1]);
  return literals.length > 1 && literals.every((l) => l !== undefined) ? (literals as string[]) : null;
}

/**
 * The type a control is chosen from: `string | undefined` is a string (a text box, not "Set object"), and so on for
 * numbers and booleans; other types are left as written.
 */
export function controlType(type: TypeText | undefined): TypeText | undefined {
  if (!type) return type;
  const parts = type.text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  return { ...type, text: parts.join(' | ') };
}

/** A field people may set: public, an instance field, not named like an internal. */
const isPublicField = (member: Member) =>
  member.kind === 'field' &&
  (member.privacy ?? 'public') === 'public' &&
  !member.static &&
  !member.name.startsWith('_') &&
  !member.name.startsWith('#');

/**
 * An element's public API for Storybook's controls and docs tables: public instance fields only (private state such
 * as `typingTimer`, `onPopState` or `draft` left out), methods kept for the docs table, attributes that only repeat a
 * property left out (the property is the control), and optional types read as their base type. Parts are named
 * `::part(name)`: Storybook keys every entry by name, and a part named like a property (the search's `facets`)
 * replaced the property's control.
 */
export function publicApi(declaration: Declaration): Declaration {
  if (!declaration.customElement) return declaration;
  const members = (declaration.members ?? [])
    .filter((member) => (member.kind === 'method' ? (member.privacy ?? 'public') === 'public' : isPublicField(member)))
    .map((member) => ({ ...member, type: controlType(member.type) }));
  const fields = new Set(members.filter((m) => m.kind === 'field').map((m) => m.name));
  const attributes = (declaration.attributes ?? [])
    .filter((attribute) => !(attribute.fieldName && fields.has(attribute.fieldName)))
    .map((attribute) => ({ ...attribute, type: controlType(attribute.type) }));
  const cssParts = declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` }));
  return { ...declaration, members, attributes, ...(cssParts ? { cssParts } : {}) };
}

/** One manifest from every package's `custom-elements.json`, as Storybook takes only one, with public APIs only. */
export function mergeManifests(manifests: Record<string, unknown>): Manifest {
  return {
    schemaVersion: '1.0.0',
    modules: Object.values(manifests)
      .flatMap((manifest) => (manifest as Manifest).modules ?? [])
      .map((module) => ({ ...module, declarations: module.declarations?.map(publicApi) })),
  };
}

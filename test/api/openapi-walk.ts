/**
 * Reads Roster's OpenAPI document into the requests a walker can send: every operation with
 * its path and query parameters and a plausible JSON body built from its schema, and the
 * location of every leaf field of that body so a test can put a value there.
 */

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  additionalProperties?: JsonSchema | boolean;
  $ref?: string;
}

interface Parameter {
  name: string;
  in: string;
  schema?: JsonSchema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface WalkedOperation {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: string[];
  /** A JSON body built from the schema, or undefined when the operation takes none as JSON. */
  body: unknown;
  /** Every leaf of the body: a path of keys (an array element is index 0). */
  bodyFields: (string | number)[][];
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** The non-null branch of `anyOf`/`oneOf` (zod's nullable and optional shapes). */
function branch(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return branch(doc.components?.schemas?.[name] ?? {}, doc);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return branch(options.find((o) => o.type !== 'null') ?? {}, doc);
  if (schema.allOf?.[0]) return branch(schema.allOf[0], doc);
  return schema;
}

/** A value of the schema's type, good enough to get past type checks to the field under test. */
export function sampleOf(schema: JsonSchema, doc: OpenApiDocument, depth = 0): unknown {
  const s = branch(schema, doc);
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    if (depth > 4) return {};
    return Object.fromEntries(
      Object.entries(s.properties ?? {}).map(([key, value]) => [
        key,
        sampleOf(value, doc, depth + 1),
      ]),
    );
  }
  if (type === 'array') return s.items ? [sampleOf(s.items, doc, depth + 1)] : [];
  if (type === 'integer' || type === 'number') return Math.max(1, s.minimum ?? 1);
  if (type === 'boolean') return false;
  if (s.format === 'email') return 'walker@example.test';
  if (s.format === 'date') return '2026-01-15';
  return 'Walker';
}

function leaves(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value))
    return value.length ? [[...prefix, 0], ...leaves(value[0], [...prefix, 0])] : [[...prefix, 0]];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [prefix];
    return entries.flatMap(([key, inner]) => [
      ...(inner && typeof inner === 'object' ? [[...prefix, key]] : []),
      ...leaves(inner, [...prefix, key]),
    ]);
  }
  return prefix.length ? [prefix] : [];
}

/** A copy of `body` with `value` at `path`. */
export function withValue(body: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(body) ? [...body] : [];
    list[head] = withValue(list[head], rest, value);
    return list;
  }
  const record = body && typeof body === 'object' ? { ...(body as Record<string, unknown>) } : {};
  record[head] = withValue(record[head], rest, value);
  return record;
}

export function walkOperations(doc: OpenApiDocument): WalkedOperation[] {
  const operations: WalkedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const parameters = operation.parameters ?? [];
      const schema = operation.requestBody?.content['application/json']?.schema;
      const body = schema ? sampleOf(schema, doc) : undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        body,
        bodyFields: body === undefined ? [] : leaves(body),
      });
    }
  return operations;
}

/** Every integer schema of the requests (parameters and bodies), with where it is. */
export function requestIntegers(doc: OpenApiDocument) {
  const found: { where: string; maximum: number | undefined }[] = [];
  const visit = (schema: JsonSchema | undefined, where: string, depth = 0) => {
    if (!schema || depth > 8) return;
    if (schema.$ref) return visit(branch(schema, doc), where, depth + 1);
    for (const option of [
      ...(schema.anyOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.allOf ?? []),
    ])
      visit(option, where, depth + 1);
    if (schema.type === 'integer') found.push({ where, maximum: schema.maximum });
    for (const [key, inner] of Object.entries(schema.properties ?? {}))
      visit(inner, `${where}.${key}`, depth + 1);
    if (schema.items) visit(schema.items, `${where}[]`, depth + 1);
    if (typeof schema.additionalProperties === 'object')
      visit(schema.additionalProperties, `${where}{}`, depth + 1);
  };
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      for (const p of operation.parameters ?? [])
        visit(p.schema, `${method.toUpperCase()} ${path} ${p.in}:${p.name}`);
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {}))
        visit(content.schema, `${method.toUpperCase()} ${path} body(${type})`);
    }
  return found;
}

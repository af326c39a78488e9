// parseTimeline: untrusted input (an object or a JSON string) → typed data, or a TimelineDataError
// whose message names the path. Never throws anything else. Loaded on demand by the element (it
// carries valibot), so it stays out of the first render.
import * as v from 'valibot';
import { TimelineSchema } from './schema.js';
import type { TimelineData } from './types.js';

/** Thrown by parseTimeline: the message names the path, e.g. `events[3].start: "2025-13-45" is not a date`. */
export class TimelineDataError extends Error {
  /** Where in the data the problem is, e.g. `events[3].start`; undefined for invalid JSON or the whole document. */
  path?: string;
  /** `parse`: the text is not JSON; `invalid`: the data is not in the format. */
  reason: 'parse' | 'invalid';

  constructor(message: string, reason: 'parse' | 'invalid', path?: string) {
    super(message);
    this.name = 'TimelineDataError';
    this.reason = reason;
    if (path !== undefined) this.path = path;
  }
}

/**
 * Validates data in the format (version 1) and returns it typed, with unknown fields dropped.
 * Accepts an object or a JSON string. Throws TimelineDataError (and nothing else) when the input is
 * not JSON or not in the format; the first problem found is reported.
 */
export function parseTimeline(input: unknown): TimelineData {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (err) {
      throw new TimelineDataError(jsonErrorMessage(input, err), 'parse');
    }
  }
  if (Array.isArray(value)) {
    throw new TimelineDataError(
      'expected an object with version and events, got an array',
      'invalid',
    );
  }
  let result: ReturnType<typeof v.safeParse<typeof TimelineSchema>>;
  try {
    result = v.safeParse(TimelineSchema, value, { abortPipeEarly: true });
  } catch (err) {
    // e.g. a getter or a proxy in the input that throws.
    throw new TimelineDataError(`the data could not be read (${errorText(err)})`, 'invalid');
  }
  if (result.success) return result.output;
  const [issue, items] = mostSpecific(result.issues[0], result.issues[0].path ?? []);
  const path = formatPath(items);
  const message = describeIssue(issue, items);
  throw new TimelineDataError(path ? `${path}: ${message}` : message, 'invalid', path || undefined);
}

type Issue = v.BaseIssue<unknown>;
type PathItem = v.IssuePathItem;

/**
 * For a union (Text, title), the issue of the branch that got furthest into the input (its
 * sub-issues' paths are relative to the union's), with the full path.
 */
function mostSpecific(issue: Issue, path: readonly PathItem[]): [Issue, readonly PathItem[]] {
  let best: Issue | undefined;
  for (const sub of issue.issues ?? []) {
    if ((sub.path?.length ?? 0) > (best?.path?.length ?? 0)) best = sub;
  }
  return best ? mostSpecific(best, [...path, ...(best.path ?? [])]) : [issue, path];
}

/** `events[3].place.city`; keys that are not identifiers are quoted: `events[0]["a b"]`. */
export function formatPath(path: readonly PathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function describeIssue(issue: Issue, path: readonly PathItem[]): string {
  if (issue.kind === 'validation') return issue.message;
  const { input } = issue;
  if (input === undefined && path.length > 0) return 'is required';
  if (path.length === 0)
    return `expected an object with version and events, got ${describeValue(input)}`;
  if (issue.type === 'picklist' && !issue.message.startsWith('Invalid type')) return issue.message;
  // The one custom check is ArticleSchema's (an object that is not an array).
  const expected = issue.type === 'custom' ? 'Object' : issue.expected;
  return `expected ${describeExpected(expected)}, got ${describeValue(input)}`;
}

function describeExpected(expected: string | null): string {
  if (!expected) return 'a different value';
  return expected
    .replace(/^\((.*)\)$/, '$1')
    .replace(/\bObject\b/g, 'an object')
    .replace(/\bArray\b/g, 'an array')
    .replace(/\bstring\b/g, 'a string')
    .replace(/\bnumber\b/g, 'a number')
    .replace(/\bboolean\b/g, 'true or false')
    .replace(/ \| /g, ' or ');
}

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  switch (typeof input) {
    case 'string':
    case 'number':
    case 'boolean': {
      const s = JSON.stringify(input) ?? String(input);
      return s.length > 60 ? `${s.slice(0, 57)}…` : s;
    }
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return `a ${typeof input}`;
  }
}

function jsonErrorMessage(text: string, err: unknown): string {
  if (text.trim() === '') return 'not valid JSON: the text is empty';
  const detail = errorText(err);
  // Engines word JSON errors differently; add a line and column where a position is given.
  const pos = /position (\d+)/i.exec(detail);
  let where = '';
  if (pos && !/line \d+/i.test(detail)) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = ` (line ${line}, column ${column})`;
  }
  return `not valid JSON: ${detail}${where}`;
}

function errorText(err: unknown): string {
  try {
    return err instanceof Error ? err.message : String(err);
  } catch {
    return 'unknown error';
  }
}

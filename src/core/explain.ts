/**
 * Why extraction decided what it did: every block removed (or that stopped a trim at an edge) with the
 * rule or model score behind it, and every metadata field with its source and the candidates it beat.
 * Filled only when a caller asks (`extractArticle(doc, url, { explain })`); plain data.
 */
import { squash } from './text.js';

export interface BlockDecision {
  action: 'removed' | 'kept' | 'added';
  /** The rule's name ("edge: appeal wording", "tail after heading", "model p=0.21 …"). */
  rule: string;
  /** The block's tag and its text's start. */
  tag: string;
  text: string;
}

export interface FieldCandidate {
  source: string;
  value: string;
}

export interface FieldDecision {
  field: string;
  source: string | null;
  value: string;
  /** Every source that had a value, in the order they were tried (the winner first among equals). */
  candidates: FieldCandidate[];
}

export interface Explanation {
  fields: FieldDecision[];
  blocks: BlockDecision[];
}

export const newExplanation = (): Explanation => ({ fields: [], blocks: [] });

/** A value as one short line. */
export function brief(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => brief(typeof v === 'object' && v && 'name' in v ? (v as { name: unknown }).name : v)).join('; ');
  const text = squash(typeof value === 'string' ? value : JSON.stringify(value));
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

export function blockNote(el: Node, action: BlockDecision['action'], rule: string): BlockDecision {
  const tag = el.nodeType === 1 ? (el as Element).tagName.toLowerCase() : '#text';
  return { action, rule, tag, text: brief(el.textContent) };
}

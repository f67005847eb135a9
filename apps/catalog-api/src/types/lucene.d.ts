/** Types of the `lucene` package (2.1, PEG.js grammar `lib/lucene.grammar`), which ships none. */
declare module 'lucene' {
  export interface TermNode {
    field: string;
    term: string;
    quoted: boolean;
    regex: boolean;
    prefix?: string | null;
    boost?: number | null;
    similarity?: number | null;
    proximity?: number | null;
  }
  export interface RangeNode {
    field: string;
    term_min: string;
    term_max: string;
    inclusive: 'both' | 'none' | 'left' | 'right';
  }
  export interface BinaryNode {
    left?: AST | Node;
    operator?: string;
    right?: AST | Node;
    start?: string;
    field?: string;
    parenthesized?: boolean;
  }
  export type Node = TermNode | RangeNode;
  export type AST = BinaryNode;
  export function parse(query: string): AST;
  export const term: { escape(s: string): string; unescape(s: string): string };
  export const phrase: { escape(s: string): string; unescape(s: string): string };
}

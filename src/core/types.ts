/** The shared vocabulary of Readcite's core: plain data, safe to pass between contexts. */
import type { LicenceResult } from './licence.js';

export type AuthorKind = 'person' | 'organisation';

export interface Author {
  name: string;
  url?: string;
  kind: AuthorKind;
}

export interface LeadImage {
  /** Absolute URL. */
  src: string;
  alt: string;
  /** Caption text without the credit. */
  caption: string;
  /** Photo credit, e.g. "John Moore/Getty"; empty when the page gives none. */
  credit: string;
  /** The size the page declares in the image's width and height attributes, when it gives both. */
  width?: number;
  height?: number;
}

/** Where a metadata value was read from, so conflicts can be resolved by rule. */
export type MetaSource =
  | 'json-ld'
  | 'opengraph'
  | 'twitter'
  | 'meta'
  | 'microdata'
  | 'dom'
  | 'url';

export interface Sourced<T> {
  value: T;
  source: MetaSource;
}

export interface PageMeta {
  title: Sourced<string> | undefined;
  description: Sourced<string> | undefined;
  /** Every distinct description the page states, in the order of preference (JSON-LD, OpenGraph, Twitter, meta). */
  descriptions: string[];
  authors: Sourced<Author[]> | undefined;
  siteName: Sourced<string> | undefined;
  published: Sourced<string> | undefined;
  modified: Sourced<string> | undefined;
  canonicalUrl: Sourced<string> | undefined;
  /** Absolute image URLs in order of preference. */
  images: string[];
  /** The first declared image's caption and credit, as its structured data gives them (JSON-LD ImageObject). */
  imageCaption?: string;
  imageCredit?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

export interface Article {
  /** The canonical URL when the page states one, else the page's own URL. */
  url: string;
  title: string;
  standfirst: string;
  /** Display form of the authors, e.g. "Julia Conley" or "A, B and C". */
  byline: string;
  authors: Author[];
  siteName: string;
  /** ISO 8601 as the page states it (offset kept), or null. */
  published: string | null;
  modified: string | null;
  lang: string;
  dir: 'ltr' | 'rtl';
  leadImage: LeadImage | null;
  /** Article body HTML. NOT sanitised: the view sanitises it at the one place it is inserted. */
  contentHtml: string;
  /** Body as plain text, blocks separated by blank lines. */
  text: string;
  wordCount: number;
  /** The article's licence, with its evidence and the site's notice sentence (taken out of the body). */
  licence: LicenceResult;
}

// Minimal types for citeproc-js (npm `citeproc`, a dev dependency used only by test/cite and scripts/bench-cite.ts).
declare module 'citeproc' {
  interface Sys {
    retrieveLocale: (lang: string) => string;
    retrieveItem: (id: string) => unknown;
  }
  interface CitationItemRef {
    id: string;
    /** 0 first, 1 subsequent (CSL.POSITION_SUBSEQUENT). */
    position?: number;
  }
  interface Engine {
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
    makeCitationCluster(items: CitationItemRef[]): string;
  }
  const CSL: { Engine: new (sys: Sys, style: string, lang?: string, forceLang?: boolean) => Engine; POSITION_FIRST: number; POSITION_SUBSEQUENT: number };
  export default CSL;
}

// Minimal types for citation-js (dev dependencies: the RIS reader in test/unit/cite-parsers.test.ts).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: unknown[];
  }
  export const plugins: { input: { chainLink: (input: unknown) => unknown } };
}
declare module '@citation-js/plugin-ris';

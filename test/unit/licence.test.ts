import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { licenceFromBadge, licenceFromText, licenceFromUrl } from '../../src/core/licence-registry.js';
import { detectLicence } from '../../src/core/licence.js';
import { parse } from './fixtures.js';

describe('licence URLs', () => {
  const cases: [string, string | null, string | null][] = [
    ['https://creativecommons.org/licenses/by-nc-nd/3.0/', 'CC-BY-NC-ND-3.0', 'https://creativecommons.org/licenses/by-nc-nd/3.0/'],
    ['http://www.creativecommons.org/licenses/by/4.0/legalcode', 'CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['//creativecommons.org/licenses/by-sa/4.0/deed.de', 'CC-BY-SA-4.0', 'https://creativecommons.org/licenses/by-sa/4.0/'],
    ['https://creativecommons.org/licenses/by/4.0/?ref=chooser-v1', 'CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['https:\\/\\/creativecommons.org\\/licenses\\/by\\/4.0\\/', 'CC-BY-4.0', 'https://creativecommons.org/licenses/by/4.0/'],
    ['https://creativecommons.org/licenses/by-nd-nc/1.0/', 'CC-BY-NC-ND-1.0', 'https://creativecommons.org/licenses/by-nc-nd/1.0/'],
    ['https://creativecommons.org/licenses/by-nc-sa/3.0/us/', 'CC-BY-NC-SA-3.0-US', 'https://creativecommons.org/licenses/by-nc-sa/3.0/us/'],
    ['https://creativecommons.org/publicdomain/zero/1.0/deed.es', 'CC0-1.0', 'https://creativecommons.org/publicdomain/zero/1.0/'],
    ['https://creativecommons.org/publicdomain/mark/1.0/', 'PDM-1.0', 'https://creativecommons.org/publicdomain/mark/1.0/'],
    ['https://creativecommons.org/about/', null, null],
    ['https://example.org/licenses/by/4.0/', null, null],
  ];
  for (const [href, id, url] of cases) {
    it(href, () => {
      const l = licenceFromUrl(href);
      assert.equal(l?.id ?? null, id);
      assert.equal(l?.url ?? null, url);
    });
  }
  it('names each version as CC does', () => {
    assert.equal(licenceFromUrl('https://creativecommons.org/licenses/by-nc-nd/3.0/')?.name, 'Creative Commons Attribution-NonCommercial-NoDerivs 3.0 Unported');
    assert.equal(licenceFromUrl('https://creativecommons.org/licenses/by-nc-nd/4.0/')?.name, 'Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International');
    assert.equal(licenceFromUrl('https://creativecommons.org/licenses/by/2.5/')?.name, 'Creative Commons Attribution 2.5 Generic');
    assert.equal(licenceFromUrl('https://creativecommons.org/licenses/by-nc-sa/3.0/us/')?.name, 'Creative Commons Attribution-NonCommercial-ShareAlike 3.0 United States');
  });
});

describe('licence text', () => {
  it('reads short and long names, never guessing a version', () => {
    assert.equal(licenceFromText('Our work is licensed under Creative Commons (CC BY-NC-ND 3.0).')?.id, 'CC-BY-NC-ND-3.0');
    assert.equal(licenceFromText('licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License')?.id, 'CC-BY-NC-SA-4.0');
    const family = licenceFromText('All articles released under Creative Commons BY-NC-SA license');
    assert.deepEqual([family?.id, family?.version, family?.url], ['CC-BY-NC-SA', null, '']);
    const noVersion = licenceFromText('This content is licensed CC BY-ND.');
    assert.deepEqual([noVersion?.id, noVersion?.shortName, noVersion?.url, noVersion?.version], ['CC-BY-ND', 'CC BY-ND', '', null]);
    assert.equal(licenceFromText('Released into the public domain: CC0.')?.id, 'CC0-1.0');
  });
  it('takes only the elements from badges, whose versions lie', () => {
    const badge = licenceFromBadge('https://licensebuttons.net/l/by-nc-nd/3.0/88x31.png');
    assert.deepEqual([badge?.elements, badge?.version], [['by', 'nc', 'nd'], null]);
  });
});

describe('detectLicence', () => {
  const URL_ = 'https://example.org/a';
  const detect = (body: string, head = '') => detectLicence(parse(`<html><head>${head}</head><body>${body}</body></html>`, URL_), URL_);
  const P = '<p>' + 'Words of the article body. '.repeat(20) + '</p>';

  it('prefers the article-scoped licence over a different site-wide one, and reports the conflict', () => {
    const r = detect(`<article>${P}<p>This article is licensed under <a rel="license" href="https://creativecommons.org/licenses/by-nd/4.0/">CC BY-ND 4.0</a>.</p></article><footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></footer>`);
    assert.equal(r.licence?.id, 'CC-BY-ND-4.0');
    assert.equal(r.conflict?.id, 'CC-BY-4.0');
  });

  it('between two article-scoped licences takes the more restrictive', () => {
    const r = detect(`<article>${P}<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">x</a> <a rel="license" href="https://creativecommons.org/licenses/by-nc-nd/4.0/">y</a></article>`);
    assert.equal(r.licence?.id, 'CC-BY-NC-ND-4.0');
    assert.equal(r.conflict?.id, 'CC-BY-4.0');
  });

  it('reads JSON-LD license objects and RDFa cc:license', () => {
    assert.equal(detect(P, '<script type="application/ld+json">{"@type":"Article","license":{"@id":"https://creativecommons.org/licenses/by-sa/3.0/"}}</script>').licence?.id, 'CC-BY-SA-3.0');
    assert.equal(detect(`<article>${P}<a rel="cc:license" href="https://creativecommons.org/licenses/by/3.0/">x</a></article>`).licence?.id, 'CC-BY-3.0');
  });

  it('a badge alone is too weak to claim a licence', () => {
    const r = detect(`<article>${P}<img src="https://i.creativecommons.org/l/by/4.0/88x31.png"></article>`);
    assert.equal(r.licence, null);
    assert.equal(r.evidence.length, 1);
  });

  it('prose that merely discusses Creative Commons is not a licence', () => {
    assert.equal(detect(`<article>${P}<p>Critics of Creative Commons say the licences confuse artists.</p></article>`).licence, null);
  });

  it('text in scripts is never evidence', () => {
    assert.equal(detect(`<article>${P}</article><script>var s = "licensed under CC BY 4.0";</script>`).licence, null);
  });

  it('a licence named without a version is reported with low confidence and no URL', () => {
    const r = detect(`<article>${P}<p>All articles released under Creative Commons BY-NC-SA license.</p></article>`);
    assert.deepEqual([r.licence?.shortName, r.licence?.url, r.confidence], ['CC BY-NC-SA', '', 'low']);
  });

  it('no signals: unknown stays unknown', () => {
    const r = detect(`<article>${P}</article>`);
    assert.deepEqual([r.licence, r.confidence, r.notice, r.copyright, r.allRightsReserved], [null, 'none', null, null, false]);
  });
});

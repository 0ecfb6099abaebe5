import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { removeLineNumbers } from '../../src/core/line-numbers.js';
import { parse } from './fixtures.js';

const run = (html: string) => {
  const root = parse(`<body><div>${html}</div></body>`, 'https://example.org/').querySelector('div')!;
  removeLineNumbers(root);
  return root;
};

describe('line-number gutters', () => {
  it('go when each line opens with its number (inline, as Chroma writes them)', () => {
    const root = run('<pre><code><span><span>1</span><span>srv := start()</span>\n</span><span><span>2</span><span>go serve()</span>\n</span><span><span>3</span><span></span>\n</span></code></pre>');
    assert.equal(root.querySelector('pre')!.textContent, 'srv := start()\ngo serve()\n\n');
  });

  it('go when they are a table column beside the code (as Pygments writes them)', () => {
    const root = run('<table><tr><td><div><pre><span>1</span>\n<span>2</span></pre></div></td><td><div><pre>import os\nprint(os.name)\n</pre></div></td></tr></table>');
    assert.equal(root.querySelector('table'), null);
    assert.equal(root.querySelector('pre')!.textContent, 'import os\nprint(os.name)\n');
  });

  it('stay when the numbers are the code’s own or a table’s data', () => {
    const code = '<pre><code><span>42</span> is the answer\n<span>7</span> is not\n</code></pre>';
    assert.equal(run(code).querySelector('pre')!.textContent, '42 is the answer\n7 is not\n');
    const data = '<table><tr><td>1 2 3</td><td>Ranked teams by points this season</td></tr></table>';
    assert.ok(run(data).querySelector('table'));
    assert.equal(run('<pre>1 + 1\n2 + 2</pre>').querySelector('pre')!.textContent, '1 + 1\n2 + 2');
  });
});

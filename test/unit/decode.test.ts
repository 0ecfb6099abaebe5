import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { charsetFromContentType, decodeAs, decodeHtml, encodingForLabel, prescan, sniffEncoding, xmlEncoding } from '../../src/cli/decode.js';

/** A page as a news site would write it, with `head` for declarations. */
const page = (title: string, body: string, head = '') =>
  `<!doctype html>\n<html><head>${head}<title>${title}</title></head>\n<body><article><h1>${title}</h1>\n<p>${body}</p>\n</article></body></html>\n`;
const ascii = (s: string) => new TextEncoder().encode(s);
const utf8 = (s: string) => new TextEncoder().encode(s);
/** ISO-2022-JP, which iconv-lite cannot write: EUC-JP's JIS X 0208 pairs less 0x80, between ESC $ B and ESC ( B. */
function iso2022jp(s: string): Uint8Array {
  const euc = iconv.encode(s, 'euc-jp');
  const out: number[] = [];
  let jis = false;
  for (let i = 0; i < euc.length; i++) {
    const b = euc[i]!;
    if (b >= 0xa1 !== jis) out.push(...(jis ? [0x1b, 0x28, 0x42] : [0x1b, 0x24, 0x42]));
    jis = b >= 0xa1;
    out.push(...(jis ? [b - 0x80, euc[++i]! - 0x80] : [b]));
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

const NEWS = {
  ru: ['Ремонт мостов в центре Москвы', 'Городские власти объявили, что с понедельника в центре Москвы начнётся ремонт трёх крупных мостов. Работы продлятся до конца октября, а движение транспорта будет частично ограничено. Жителям рекомендуют пользоваться метро и заранее планировать поездки.'],
  ko: ['서울 시내버스 첫차 30분 앞당긴다', '서울시는 다음 달부터 시내버스 첫차 운행 시간을 30분 앞당긴다고 밝혔다. 새벽에 출근하는 시민들의 불편을 줄이기 위한 조치로, 시는 이용객이 많은 노선부터 단계적으로 확대할 계획이다.'],
  ja: ['西日本で週末に大雨のおそれ', '気象庁は、今週末にかけて西日本を中心に大雨となるおそれがあるとして、土砂災害や河川の氾濫に警戒するよう呼びかけている。交通機関の乱れも予想され、早めの備えが求められる。'],
  zh: ['南方多地将迎强降雨', '国家气象中心今天发布暴雨预警，预计未来三天南方多地将出现强降雨天气。有关部门提醒市民减少不必要的外出，注意防范城市内涝和山洪等次生灾害。'],
  el: ['Μέτρα στήριξης για τους αγρότες', 'Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα στήριξης για τους αγρότες που επλήγησαν από τις πλημμύρες του φθινοπώρου. Οι αποζημιώσεις θα καταβληθούν έως το τέλος του μήνα, σύμφωνα με τον αρμόδιο υπουργό.'],
  pt: ['Bibliotecas de São Paulo abrem aos domingos', 'A prefeitura de São Paulo anunciou nesta terça-feira a ampliação do horário de funcionamento das bibliotecas públicas, que passarão a abrir também aos domingos. A medida começa a valer no próximo mês e atenderá estudantes e trabalhadores.'],
} as const;

describe('decodeHtml', () => {
  describe('undeclared UTF-8 is UTF-8 (jsdom alone read it as windows-1252)', () => {
    for (const [lang, [title, body]] of Object.entries(NEWS)) {
      it(lang, () => {
        const html = page(title, body);
        assert.deepEqual(decodeHtml(utf8(html)), { text: html, encoding: 'utf-8', source: 'utf8' });
      });
    }
    it('a page cut off inside its last character is still UTF-8', () => {
      const bytes = utf8(page(...NEWS.ru)).slice(0, -30);
      const cut = bytes.findLastIndex((b) => b >= 0xc0);
      const { encoding, source, text } = decodeHtml(bytes.slice(0, cut + 1));
      assert.deepEqual([encoding, source], ['utf-8', 'utf8']);
      assert.ok(text.endsWith('\uFFFD'));
    });
    it('ASCII-only bytes are windows-1252, the default (they read the same either way)', () => {
      assert.deepEqual(decodeHtml(ascii(page('Council approves budget', 'The city council approved the budget on Tuesday.'))).source, 'default');
      assert.equal(decodeHtml(ascii('<p>plain')).encoding, 'windows-1252');
    });
  });

  // Legacy encodings: the bytes come from iconv-lite (a dev dependency here), the expected text is the page.
  const LEGACY = [
    ['windows-1251', 'windows-1251', NEWS.ru],
    ['euc-kr', 'euc-kr', NEWS.ko],
    ['shift_jis', 'shift_jis', NEWS.ja],
    ['gb18030', 'gb18030', NEWS.zh],
  ] as const;

  describe('legacy encodings declared in a <meta>', () => {
    for (const [label, name, [title, body]] of LEGACY) {
      it(label, () => {
        const html = page(title, body, `<meta charset="${label}">`);
        assert.deepEqual(decodeHtml(iconv.encode(html, name)), { text: html, encoding: name, source: 'meta' });
      });
    }
    it('<meta http-equiv=Content-Type content="text/html; charset=…">, with the labels old sites use', () => {
      const html = page(NEWS.zh[0], NEWS.zh[1], '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">');
      assert.deepEqual(decodeHtml(iconv.encode(html, 'gb18030')), { text: html, encoding: 'gbk', source: 'meta' });
      const ks = page('똠방각하 다시 무대에', '극단은 올해 창단 기념 공연으로 똠방각하를 다시 올린다고 밝혔다.', '<meta http-equiv="content-type" content="text/html; charset=ks_c_5601-1987">');
      assert.deepEqual(decodeHtml(iconv.encode(ks, 'cp949')), { text: ks, encoding: 'euc-kr', source: 'meta' });
    });
  });

  describe('undeclared legacy encodings: chardet', () => {
    for (const [, name, [title, body]] of LEGACY) {
      it(name, () => {
        const html = page(title, body);
        assert.deepEqual(decodeHtml(iconv.encode(html, name)), { text: html, encoding: name, source: 'detector' });
      });
    }
    it('iso-8859-7 (Greek) and windows-1252 (Portuguese)', () => {
      const el = page(...NEWS.el);
      assert.deepEqual(decodeHtml(iconv.encode(el, 'iso-8859-7')), { text: el, encoding: 'iso-8859-7', source: 'detector' });
      const pt = page(...NEWS.pt);
      assert.deepEqual(decodeHtml(iconv.encode(pt, 'windows-1252')), { text: pt, encoding: 'windows-1252', source: 'detector' });
    });
    it('ISO-2022-JP, the one 7-bit encoding the detector knows', () => {
      const html = page(...NEWS.ja);
      assert.deepEqual(decodeHtml(iso2022jp(html)), { text: html, encoding: 'iso-2022-jp', source: 'detector' });
    });
    it('the detector does not count markup: a script full of ASCII does not drown the text', () => {
      const html = page(NEWS.ru[0], NEWS.ru[1], `<script>${'window.dataLayer.push({event: "pageview", section: "news"});\n'.repeat(400)}</script><style>${'.a{color:red}\n'.repeat(300)}</style>`);
      assert.deepEqual(decodeHtml(iconv.encode(html, 'windows-1251')), { text: html, encoding: 'windows-1251', source: 'detector' });
    });
  });

  describe('a declared label is followed even when the bytes disagree', () => {
    // HTML Standard §13.2.3.1: a <meta> found by the prescan (or by the parser while the encoding is still
    // tentative) decides; no step lets the content overrule a declaration, only a guess. Chromium and
    // Firefox do the same: mislabelled pages show mojibake there too.
    it('<meta charset=windows-1252> or iso-8859-1 on UTF-8 bytes: mojibake, per the label', () => {
      for (const label of ['windows-1252', 'iso-8859-1', 'latin1']) {
        const { text, encoding, source } = decodeHtml(utf8(`<meta charset="${label}"><title>Café em São Paulo</title>`));
        assert.deepEqual([text, encoding, source], ['<meta charset="' + label + '"><title>CafÃ© em SÃ£o Paulo</title>', 'windows-1252', 'meta']);
      }
    });
    it('<meta charset=utf-8> on windows-1251 bytes: UTF-8, with U+FFFD for each Cyrillic letter', () => {
      // No letter here is ё (0xB8), which a UTF-8 decoder could take as a continuation byte.
      const title = 'Городские власти объявили о ремонте мостов';
      const { text, encoding, source } = decodeHtml(iconv.encode(`<meta charset="utf-8"><title>${title}</title>`, 'windows-1251'));
      assert.deepEqual([text, encoding, source], ['<meta charset="utf-8"><title>\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD</title>', 'utf-8', 'meta']);
    });
  });

  describe('byte order marks', () => {
    it('UTF-8, UTF-16LE and UTF-16BE marks win over everything, the override included, and are not in the text', () => {
      const html = page(...NEWS.ru);
      const withMeta = page(NEWS.ru[0], NEWS.ru[1], '<meta charset="windows-1251">');
      assert.deepEqual(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(withMeta)]), { httpCharset: 'windows-1251', override: 'koi8-r' }), { text: withMeta, encoding: 'utf-8', source: 'bom' });
      assert.deepEqual(decodeHtml(iconv.encode(html, 'utf-16le', { addBOM: true })), { text: html, encoding: 'utf-16le', source: 'bom' });
      assert.deepEqual(decodeHtml(iconv.encode(html, 'utf-16be', { addBOM: true }), { override: 'utf-8' }), { text: html, encoding: 'utf-16be', source: 'bom' });
    });
  });

  describe('the override (readcite extract --encoding)', () => {
    it('beats HTTP, <meta> and detection', () => {
      const html = page(NEWS.ru[0], NEWS.ru[1], '<meta charset="utf-8">');
      assert.deepEqual(decodeHtml(iconv.encode(html, 'windows-1251'), { override: 'cp1251', httpCharset: 'utf-8' }), { text: html, encoding: 'windows-1251', source: 'override' });
      assert.deepEqual(decodeHtml(iconv.encode(page(...NEWS.ko), 'euc-kr'), { override: 'windows-949' }).text, page(...NEWS.ko));
    });
    it('an unknown label is a RangeError', () => {
      assert.throws(() => decodeHtml(ascii('<p>x'), { override: 'klingon' }), { name: 'RangeError', message: 'unknown encoding label "klingon"' });
      assert.throws(() => decodeHtml(ascii('<p>x'), { override: 'iso-2022-kr' }), RangeError);
    });
  });

  describe('the HTTP charset', () => {
    it('beats the <meta> and detection', () => {
      const html = page(NEWS.ru[0], NEWS.ru[1], '<meta charset="utf-8">');
      assert.deepEqual(decodeHtml(iconv.encode(html, 'windows-1251'), { httpCharset: 'windows-1251' }), { text: html, encoding: 'windows-1251', source: 'http' });
      const koi = page(...NEWS.ru);
      assert.deepEqual(decodeHtml(iconv.encode(koi, 'koi8-r'), { httpCharset: '"KOI8-R"' }).source, 'detector', 'quotes belong to Content-Type parsing, not to the label');
      assert.deepEqual(decodeHtml(iconv.encode(koi, 'koi8-r'), { httpCharset: charsetFromContentType('text/html; charset="KOI8-R"') }), { text: koi, encoding: 'koi8-r', source: 'http' });
    });
    it('an unknown one is passed over, to the <meta>', () => {
      const html = page(NEWS.ja[0], NEWS.ja[1], '<meta charset="Shift_JIS">');
      assert.deepEqual(decodeHtml(iconv.encode(html, 'shift_jis'), { httpCharset: 'none' }), { text: html, encoding: 'shift_jis', source: 'meta' });
    });
    it('"utf-16" from HTTP is UTF-16LE; in a <meta> it means UTF-8 (the bytes could not have been read as UTF-16)', () => {
      assert.equal(decodeHtml(iconv.encode('<p>Привет</p>', 'utf-16le'), { httpCharset: 'utf-16' }).text, '<p>Привет</p>');
      assert.deepEqual(sniffEncoding(utf8('<meta charset="utf-16"><p>Привет</p>')), { encoding: 'utf-8', source: 'meta' });
    });
    it('charsetFromContentType reads the parameter as MIME Sniffing parses it', () => {
      assert.equal(charsetFromContentType('text/html; charset=UTF-8'), 'UTF-8');
      assert.equal(charsetFromContentType('text/html;charset="windows-1251"'), 'windows-1251');
      assert.equal(charsetFromContentType('text/html; foo="a;charset=x"; Charset=euc-kr ; bar=1'), 'euc-kr');
      assert.equal(charsetFromContentType('text/html; charset=shift_jis; charset=utf-8'), 'shift_jis');
      assert.equal(charsetFromContentType('text/html; charset="sh\\ift_jis"'), 'shift_jis');
      assert.equal(charsetFromContentType('text/html; charset='), undefined);
      assert.equal(charsetFromContentType('text/html'), undefined);
      assert.equal(charsetFromContentType(''), undefined);
    });
  });
});

describe('the <meta> prescan (HTML Standard §13.2.3.2)', () => {
  const scan = (s: string) => prescan(ascii(s));
  it('reads charset and http-equiv + content, in any case and quoting', () => {
    assert.equal(scan('<meta charset=windows-1251>'), 'windows-1251');
    assert.equal(scan("<META CHARSET='EUC-KR'/>"), 'euc-kr');
    assert.equal(scan('<meta http-equiv=content-type content="text/html;charset = \'Shift_JIS\'">'), 'shift_jis');
    assert.equal(scan('<meta content="text/html; charset=gb2312" http-equiv="Content-Type">'), 'gbk');
  });
  it('maps labels as the Encoding Standard does, and UTF-16 and x-user-defined as the prescan does', () => {
    assert.equal(scan('<meta charset="latin1">'), 'windows-1252');
    assert.equal(scan('<meta charset="ascii">'), 'windows-1252');
    assert.equal(scan('<meta charset="utf-16le">'), 'utf-8');
    assert.equal(scan('<meta charset="x-user-defined">'), 'windows-1252');
    assert.equal(scan('<meta charset="iso-2022-kr">'), 'replacement');
  });
  it('skips comments, other tags and their attributes, and metas without a pragma', () => {
    assert.equal(scan('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'), 'utf-8');
    assert.equal(scan('<!--><meta charset="koi8-r">'), 'koi8-r', '"<!-->" is a whole comment');
    assert.equal(scan('<div title="<meta charset=koi8-r>"></div><meta charset="utf-8">'), 'utf-8');
    assert.equal(scan('<meta content="text/html; charset=koi8-r"><meta charset="utf-8">'), 'utf-8', 'content without http-equiv counts for nothing');
    assert.equal(scan('<meta name="x" charset="bogus"><meta charset="utf-8">'), 'utf-8', 'an unknown label is passed over');
    assert.equal(scan('<meta charset="bogus" http-equiv="content-type" content="text/html; charset=koi8-r">'), null, 'charset= failed first: content= no longer counts');
    assert.equal(scan('<meta http-equiv="content-type" content="text/html; charset">'), null);
    assert.equal(scan('<metal charset="koi8-r">'), null);
  });
  it('looks at the first 1024 bytes only, then at an XML declaration', () => {
    assert.equal(scan(`<!-- ${'x'.repeat(1020)} --><meta charset="koi8-r">`), null);
    assert.equal(scan('<?xml version="1.0" encoding="windows-1251"?><html>'), 'windows-1251');
    assert.equal(xmlEncoding(ascii('<?xml version="1.0" encoding = "UTF-16"?>')), 'utf-8');
    assert.equal(xmlEncoding(ascii('<?xml version="1.0"?><p encoding="koi8-r">')), null);
  });
  it('a declaration later in <head> still counts, as when the parser meets it while the encoding is tentative', () => {
    const late = (head: string, body = '') => page(NEWS.ru[0], NEWS.ru[1] + body, `<script>${'var x = 1;\n'.repeat(120)}</script>${head}`);
    const html = late('<meta charset="windows-1251">');
    assert.deepEqual(decodeHtml(iconv.encode(html, 'windows-1251')), { text: html, encoding: 'windows-1251', source: 'meta' });
    const inScript = late('<script>document.write("<meta charset=koi8-r>")</script>');
    assert.deepEqual(sniffEncoding(iconv.encode(inScript, 'windows-1251')), { encoding: 'windows-1251', source: 'detector' });
    const inBody = late('', '<meta charset="koi8-r">');
    assert.deepEqual(sniffEncoding(iconv.encode(inBody, 'windows-1251')), { encoding: 'windows-1251', source: 'detector' });
  });
});

describe('labels and decoders', () => {
  it('encodingForLabel follows the Encoding Standard', () => {
    const cases: [string, string | null][] = [
      ['UTF8', 'utf-8'], [' unicode-1-1-utf-8\n', 'utf-8'], ['latin1', 'windows-1252'], ['ISO-8859-1', 'windows-1252'], ['us-ascii', 'windows-1252'],
      ['cp1251', 'windows-1251'], ['utf-16', 'utf-16le'], ['gb2312', 'gbk'], ['x-sjis', 'shift_jis'], ['ks_c_5601-1987', 'euc-kr'],
      ['iso-8859-8-i', 'iso-8859-8-i'], ['x-user-defined', 'x-user-defined'], ['hz-gb-2312', 'replacement'],
      ['bogus', null], ['', null], ['utf-32', null], ['\u00a0utf-8', null],
      ['iso-8859-16', null], // a Standard label, but Node's ICU (like Chromium's) has no decoder for it
    ];
    for (const [label, name] of cases) assert.equal(encodingForLabel(label), name, label);
  });
  it('decodeAs: windows-1252 from its own index, not Latin-1 (Node 20 TextDecoder bug)', () => {
    assert.equal(decodeAs(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i), 'windows-1252'), '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    assert.equal(decodeAs(iconv.encode('Café société – “quoted”', 'windows-1252'), 'windows-1252'), 'Café société – “quoted”');
  });
  it('decodeAs: x-user-defined, replacement, GBK as gb18030, EUC-KR as code page 949, Big5 as Big5-HKSCS', () => {
    assert.equal(decodeAs(Uint8Array.of(0x41, 0x80, 0xff), 'x-user-defined'), 'A\uf780\uf7ff');
    assert.equal(decodeAs(ascii('<p>anything</p>'), 'replacement'), '\uFFFD');
    assert.equal(decodeAs(new Uint8Array(0), 'replacement'), '');
    assert.equal(decodeAs(iconv.encode('€𠮷中文', 'gb18030'), 'gbk'), '€𠮷中文');
    assert.equal(decodeAs(iconv.encode('똠방각하 햏', 'cp949'), 'euc-kr'), '똠방각하 햏');
    assert.equal(decodeAs(iconv.encode('啲嘢冇咗嘅', 'big5hkscs'), 'big5'), '啲嘢冇咗嘅');
    assert.equal(decodeAs(Uint8Array.of(0x1a, 0x1c, 0x7f, 0x80), 'ibm866'), '\x1a\x1c\x7fА');
  });
});

describe('XML (XHTML)', () => {
  it('reads no <meta> and guesses nothing: BOM, override, HTTP, XML declaration, else UTF-8', () => {
    const xhtml = (decl: string, body: string) => `${decl}<html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="koi8-r"/></head><body><p>${body}</p></body></html>`;
    const declared = xhtml('<?xml version="1.0" encoding="windows-1251"?>', NEWS.ru[1]);
    assert.deepEqual(decodeHtml(iconv.encode(declared, 'windows-1251'), { xml: true }), { text: declared, encoding: 'windows-1251', source: 'meta' });
    const plain = xhtml('', NEWS.ru[1]);
    assert.deepEqual(sniffEncoding(iconv.encode(plain, 'windows-1251'), { xml: true }), { encoding: 'utf-8', source: 'default' });
    assert.deepEqual(sniffEncoding(utf8(plain), { xml: true, httpCharset: 'windows-1251' }), { encoding: 'windows-1251', source: 'http' });
  });
});

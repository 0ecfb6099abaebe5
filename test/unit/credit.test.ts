import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { captionWithoutCredit, cleanCreditText, hasCreditLabel, isCreditOnly, splitCredit } from '../../src/core/credit.js';

// Written for these tests in the shapes news pages use; no page text is copied.
describe('splitCredit: labelled credits', () => {
  const cases: [lang: string, raw: string, caption: string, credit: string][] = [
    ['de', 'Der Bürgermeister eröffnet das neue Hallenbad. Foto: Lena Vogt/dpa', 'Der Bürgermeister eröffnet das neue Hallenbad.', 'Lena Vogt/dpa'],
    ['de', 'Hochwasser an der Elbe bei Dresden (Foto: Jens Krause/AFP)', 'Hochwasser an der Elbe bei Dresden', 'Jens Krause/AFP'],
    ['de', 'Der neue Bahnhof im Rohbau. Bild: Karl Meier/Archiv', 'Der neue Bahnhof im Rohbau.', 'Karl Meier/Archiv'],
    ['de', 'Die Streikenden vor dem Werkstor Foto: Editverlag/Paul Schmit', 'Die Streikenden vor dem Werkstor', 'Editverlag/Paul Schmit'],
    ['de', 'Ministerin und Botschafter beim Treffen | Bildquelle: EU-Kommission', 'Ministerin und Botschafter beim Treffen', 'EU-Kommission'],
    ['de', 'Ein Polizist vor dem Gericht. (Symbolfoto: picture alliance/dpa | Max Muster)', 'Ein Polizist vor dem Gericht.', 'picture alliance/dpa | Max Muster'],
    ['de', 'Der Tanker auf hoher See. (Quelle: IMAGO/Marine Press)', 'Der Tanker auf hoher See.', 'IMAGO/Marine Press'],
    ['en', 'Rescuers search the rubble in the old town (Photo: Sam Reid/Getty Images)', 'Rescuers search the rubble in the old town', 'Sam Reid/Getty Images'],
    ['en', 'Fans queue outside the stadium (Picture: Tom Ellis/PA Wire)', 'Fans queue outside the stadium', 'Tom Ellis/PA Wire'],
    ['en', 'The minister speaks in Kuala Lumpur on May 3, 2024. — Picture by Aisha Rahman', 'The minister speaks in Kuala Lumpur on May 3, 2024.', 'Aisha Rahman'],
    ['en', 'A volunteer plants trees in the park. Image: Jo Nkosi/Independent Media', 'A volunteer plants trees in the park.', 'Jo Nkosi/Independent Media'],
    ['en', 'Workers march to the depot. (Courtesy of Dana Ortiz)', 'Workers march to the depot.', 'Dana Ortiz'],
    ['en', 'The bridge at dawn (Image credit: Harbour Authority)', 'The bridge at dawn', 'Harbour Authority'],
    ['fr', 'Le Premier ministre à Matignon, le 3 mai. Crédit : Marc Leroy', 'Le Premier ministre à Matignon, le 3 mai.', 'Marc Leroy'],
    ['fr', 'La manifestation à Lyon (Photo : Julie Martin / AFP)', 'La manifestation à Lyon', 'Julie Martin / AFP'],
    ['es', 'El presidente, durante el pleno del Congreso. Foto: Ana Ruiz/EFE', 'El presidente, durante el pleno del Congreso.', 'Ana Ruiz/EFE'],
    ['es', 'La playa de Palma en agosto. Fuente: Ayuntamiento de Palma', 'La playa de Palma en agosto.', 'Ayuntamiento de Palma'],
    ['it', 'Il sindaco in piazza del Duomo. Foto: Luca Bianchi/ANSA', 'Il sindaco in piazza del Duomo.', 'Luca Bianchi/ANSA'],
    ['pl', 'Premier podczas konferencji prasowej. Fot. PAP/Jan Kowalski', 'Premier podczas konferencji prasowej.', 'PAP/Jan Kowalski'],
    ['pl', 'Posiedzenie Sejmu w Warszawie. Zdjęcie: Anna Nowak', 'Posiedzenie Sejmu w Warszawie.', 'Anna Nowak'],
    ['cs', 'Ministr financí na tiskové konferenci. Foto: Petr Novák, ČTK', 'Ministr financí na tiskové konferenci.', 'Petr Novák, ČTK'],
    ['sv', 'Polisen spärrade av området under natten. Foto: Erik Lund/TT', 'Polisen spärrade av området under natten.', 'Erik Lund/TT'],
    ['da', 'Den nye restaurant i Aarhus har åbnet. Foto: Mette Holm', 'Den nye restaurant i Aarhus har åbnet.', 'Mette Holm'],
    ['no', 'FEIRING: Laget jubler etter seieren. Foto: Ola Berg (NTB)', 'FEIRING: Laget jubler etter seieren.', 'Ola Berg (NTB)'],
    ['fi', 'Eduskunta kokoontui tiistaina. Kuva: Mikko Virtanen / Lehtikuva', 'Eduskunta kokoontui tiistaina.', 'Mikko Virtanen / Lehtikuva'],
    ['ru', 'Министр на заседании правительства. Фото: Иван Петров/ТАСС', 'Министр на заседании правительства.', 'Иван Петров/ТАСС'],
    ['uk', 'Рятувальники на місці влучання у Києві. Фото: ДСНС України', 'Рятувальники на місці влучання у Києві.', 'ДСНС України'],
    ['uk', 'Засідання суду (колаж: Олена Коваль)', 'Засідання суду', 'Олена Коваль'],
    ['ja', '記者会見する首相（写真：ロイター）', '記者会見する首相', 'ロイター'],
    ['ko', '대통령이 국무회의에서 발언하고 있다. 사진=연합뉴스', '대통령이 국무회의에서 발언하고 있다.', '연합뉴스'],
    ['tr', 'Cumhurbaşkanı Ankara’da konuştu. Fotoğraf: Mehmet Yılmaz/AA', 'Cumhurbaşkanı Ankara’da konuştu.', 'Mehmet Yılmaz/AA'],
    ['ar', 'أشجار زيتون قرب صفاقس. (تصوير: كريم الهادي)', 'أشجار زيتون قرب صفاقس.', 'كريم الهادي'],
  ];
  for (const [lang, raw, caption, credit] of cases) it(`${lang}: ${raw}`, () => assert.deepEqual(splitCredit(raw), { caption, credit }));
});

describe('splitCredit: © and unlabelled agency credits', () => {
  const cases: [lang: string, raw: string, caption: string, credit: string][] = [
    ['de', 'Die Feuerwehr im Einsatz in Spandau © Anna Klein/imago', 'Die Feuerwehr im Einsatz in Spandau', 'Anna Klein/imago'],
    ['de', 'Der Kanzler im Bundestag. © 2024 Reuters', 'Der Kanzler im Bundestag.', 'Reuters'],
    ['de', 'Ein Meteorit im Garten © NDR Foto: Jan Brandt', 'Ein Meteorit im Garten', 'NDR / Jan Brandt'],
    ['de', 'Der Trainer an der Seitenlinie. IMAGO/Peter Lenz', 'Der Trainer an der Seitenlinie.', 'IMAGO/Peter Lenz'],
    ['de', 'Die Pressekonferenz am Montag. Uncredited/AP/dpa', 'Die Pressekonferenz am Montag.', 'Uncredited/AP/dpa'],
    ['de', 'Die Ministerin: »Wir handeln jetzt« Jane Doe / AP', 'Die Ministerin: »Wir handeln jetzt«', 'Jane Doe / AP'],
    ['en', 'The senator at a rally in Ohio on Monday. (AP Photo/Jane Doe)', 'The senator at a rally in Ohio on Monday.', 'AP Photo/Jane Doe'],
    ['en', 'The senator in Ohio on Monday, Jan. 8, 2024. (AP Photo/Jane Doe, File)', 'The senator in Ohio on Monday, Jan. 8, 2024.', 'AP Photo/Jane Doe, File'],
    ['en', 'She will succeed Michael D. Higgins. | Kim Lee/PA Images via Getty Images', 'She will succeed Michael D. Higgins.', 'Kim Lee/PA Images via Getty Images'],
    ['en', 'The refurbished lodge reopens in June. Supplied', 'The refurbished lodge reopens in June.', 'Supplied'],
    ['en', 'Crowds at the castle in Florida (Image: LightRocket via Getty Images)', 'Crowds at the castle in Florida', 'LightRocket via Getty Images'],
    ['en', 'The finance minister presents the budget. (Rosa Díaz/Cuartoscuro)', 'The finance minister presents the budget.', 'Rosa Díaz/Cuartoscuro'],
    ['fr', 'Le président à l’Élysée, le 12 juillet 2023. PAUL DURAND / AFP', 'Le président à l’Élysée, le 12 juillet 2023.', 'PAUL DURAND / AFP'],
    ['es', 'El ministro, este domingo en Madrid. EFE/ J.L. Pérez', 'El ministro, este domingo en Madrid.', 'EFE/ J.L. Pérez'],
    ['is', 'Fundurinn í Reykjavík í gær. mbl.is/Jón Jónsson', 'Fundurinn í Reykjavík í gær.', 'mbl.is/Jón Jónsson'],
    ['de', 'Das neue Rathaus. Tobias Kern/Golem.de', 'Das neue Rathaus.', 'Tobias Kern/Golem.de'],
    ['ko', '후보가 유세에서 연설하고 있다 뉴시스', '후보가 유세에서 연설하고 있다', '뉴시스'],
    ['ko', '직원들이 책자를 점검하고 있다. 인천=연합뉴스', '직원들이 책자를 점검하고 있다.', '연합뉴스'],
    ['ja', '会談に臨む両首脳＝共同', '会談に臨む両首脳', '共同'],
    ['es', 'La policía, durante el registro del lunes en el barrio / Marta Soler', 'La policía, durante el registro del lunes en el barrio', 'Marta Soler'],
    ['de', 'Polizeieinsatz am Montag in der Altstadt von Palma / José María Ruiz', 'Polizeieinsatz am Montag in der Altstadt von Palma', 'José María Ruiz'],
  ];
  for (const [lang, raw, caption, credit] of cases) it(`${lang}: ${raw}`, () => assert.deepEqual(splitCredit(raw), { caption, credit }));
});

describe('splitCredit: lines from block text', () => {
  const cases: [raw: string, caption: string, credit: string][] = [
    ['Die Bühne vor dem Konzert.\n\nFoto: Max Weber', 'Die Bühne vor dem Konzert.', 'Max Weber'],
    ['Chelsea beat Arsenal on Sunday\n\nGetty Images', 'Chelsea beat Arsenal on Sunday', 'Getty Images'],
    ['The Daily Shimbun\n\nParty leaders debate in Tokyo on Saturday.', 'Party leaders debate in Tokyo on Saturday.', 'The Daily Shimbun'],
    ['Foto: Seznam Zprávy\n\nPremiér na tiskové konferenci.', 'Premiér na tiskové konferenci.', 'Seznam Zprávy'],
    ['Die Ministerin im Interview\n\nFoto:\n\nJane Doe / AP', 'Die Ministerin im Interview', 'Jane Doe / AP'],
    ['© Eva Berg\n\nDas Schulzentrum im Sommer\n\n© Eva Berg', 'Das Schulzentrum im Sommer', 'Eva Berg'],
    ['Houseplants in a living room (stock image) (\n\nImage: Getty Images/Cultura RF)', 'Houseplants in a living room (stock image)', 'Getty Images/Cultura RF'],
    ['Zwei Zeilen\n\nohne Bildnachweis', 'Zwei Zeilen ohne Bildnachweis', ''],
  ];
  for (const [raw, caption, credit] of cases) it(JSON.stringify(raw), () => assert.deepEqual(splitCredit(raw), { caption, credit }));
});

describe('splitCredit: no credit, no split', () => {
  const unchanged = [
    'A caption with no credit.',
    'The photo shows the minister with her predecessor.',
    'A file photograph shows the minister speaking in Shah Alam on November 19, 2024.',
    'Pictured right, is reader Nicole Brand, from Durbanville.',
    'Archive photo: the old town hall before the fire.',
    'Ein Foto von der Demo in Berlin.',
    'Videografik: So arbeitet die Zentralbank',
    'Grafik: So arbeitet die Zentralbank',
    'Mario Vogt (CDU) und Björn Krause (AfD)',
    'Tyson Fury (l) und Oleksandr Usyk (r).',
    'Houseplants that remove odours (stock image)',
    'Eine Wärmepumpe vor einem Haus. (Symbolbild)',
    'Rock/Pop festival goers in the rain. Then the sun came out.',
    'Nationale Demo / Der 9. Juli naht',
    'Hendrik Streeck / Drogenbeauftragter',
    'Jane Doe / John Smith',
    'Berlin and the river at night / Brandenburg',
    'The two candidates on stage / Left / Right Wing',
    'Source: the ministry says the plan will cost more than expected.',
    'Le président reçoit Jane Doe, à Paris.',
    'Zdjęcie przedstawia premiera w Sejmie.',
    'Фото показывает министра на заседании.',
    '写真は記者会見する首相',
    '',
  ];
  for (const raw of unchanged) it(JSON.stringify(raw), () => assert.deepEqual(splitCredit(raw), { caption: raw, credit: '' }));
  it('collapses white space but keeps the caption whole', () => {
    assert.deepEqual(splitCredit('  Two   spaces\u00a0here. '), { caption: 'Two spaces here.', credit: '' });
  });
});

describe('captionWithoutCredit: a caption repeating the credit given apart', () => {
  const cases: [caption: string, credit: string, expected: string][] = [
    ['Le ministre à Bruxelles - Tous droits réservés Jane Doe', 'Jane Doe', 'Le ministre à Bruxelles'],
    ['Tous droits réservés Euronews', 'Euronews', ''],
    ['The harbour at dawn. Photo: Sam Reid/AP', 'Sam Reid/AP', 'The harbour at dawn.'],
    ['Die Feuerwehr im Einsatz © dpa', 'DPA', 'Die Feuerwehr im Einsatz'],
    ['Reuters', 'Reuters', ''],
    // The credit in the middle, inside a word or absent: the caption stays whole.
    ['Jane Doe speaks at the rally', 'Jane Doe', 'Jane Doe speaks at the rally'],
    ['A view of the Thomson Reuters building', 'Reuters building', 'A view of the Thomson Reuters building'],
    ['Workers at the Getty museum', 'AFP', 'Workers at the Getty museum'],
    ['The photo archive at ANSAbeach', 'beach', 'The photo archive at ANSAbeach'],
    ['A caption', '', 'A caption'],
  ];
  for (const [caption, credit, expected] of cases) it(`${caption} | ${credit}`, () => assert.equal(captionWithoutCredit(caption, credit), expected));
});

describe('cleanCreditText', () => {
  const cases: [raw: string, clean: string][] = [
    ['Foto: dpa', 'dpa'],
    ['BILD: Jana Roth', 'Jana Roth'],
    ['© Reuters', 'Reuters'],
    ['©\u00a0Anna Berg/\u200bAgencia LOF/\u200bdpa', 'Anna Berg/Agencia LOF/dpa'],
    ['(c) 2024 Jane Doe', 'Jane Doe'],
    ['Copyright © 2023 Example News. All rights reserved.', 'Example News'],
    ['Crédits photo : Marc Leroy', 'Marc Leroy'],
    ['(Photo: Jane Doe/AFP)', 'Jane Doe/AFP'],
    ['[Image: Getty Images]', 'Getty Images'],
    ['Photograph: Sam Lee; Getty Images', 'Sam Lee; Getty Images'],
    ['Photo by Jane Doe.', 'Jane Doe'],
    ['Foto: Zvg.', 'Zvg.'],
    ['Foto: dpa.', 'dpa'],
    ['Tous droits réservés Euronews', 'Euronews'],
    ['Quelle: Jan Ott/dpa/Jan Ott', 'Jan Ott/dpa/Jan Ott'],
    ['коллаж: Андрей Кравец', 'Андрей Кравец'],
    ['사진=뉴시스', '뉴시스'],
    ['写真：共同', '共同'],
    ['Isithombe: Sithunyelwe', 'Sithunyelwe'],
    ['(Image credit: Google)', 'Google'],
    [' – Midjourney ', 'Midjourney'],
    ['Getty Images/Cultura RF)', 'Getty Images/Cultura RF'],
    ['APA/AFP/Jane Doe', 'APA/AFP/Jane Doe'],
    ['', ''],
  ];
  for (const [raw, clean] of cases) it(JSON.stringify(raw), () => assert.equal(cleanCreditText(raw), clean));
});

describe('isCreditOnly and hasCreditLabel', () => {
  const credits = ['Foto: dpa', '© Reuters', '(Photo: Jane Doe/AP)', 'AFP/Jane Doe', 'Getty Images', 'Picture: iStock', 'Fot. PAP', '연합뉴스', 'Foto: Shutterstock.com', 'The Daily Shimbun', '(Jane Doe / AP)'];
  for (const text of credits) it(`credit: ${text}`, () => assert.equal(isCreditOnly(text), true));
  const captions = ['Jane Doe', 'Donald Trump', 'Internatskolan Lundsberg.', 'Grafik: So arbeitet die Zentralbank', 'The photo shows the minister.', '(stock image)', 'Kaja Kallas | EU summit', ''];
  for (const text of captions) it(`not a credit: ${text}`, () => assert.equal(isCreditOnly(text), false));
  it('sees labels, not words that start like them', () => {
    assert.equal(hasCreditLabel('Foto: Jane Doe'), true);
    assert.equal(hasCreditLabel('© Jane Doe'), true);
    assert.equal(hasCreditLabel('Photographer: Jane Doe'), true);
    assert.equal(hasCreditLabel('Pictured: the mayor'), false);
    assert.equal(hasCreditLabel('Fotografen warten vor dem Saal'), false);
  });
});

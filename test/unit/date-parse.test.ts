import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isDateLine, monthOf, parseVisibleDate, plausibleDate, urlDate } from '../../src/core/date-parse.js';

/** A fixed clock: 1 December 2026, so "the future" does not move with the calendar. */
const NOW = Date.UTC(2026, 11, 1);

describe('plausibleDate', () => {
  const cases: [string | undefined, string | undefined][] = [
    ['2024-03-04T10:00:00+01:00', '2024-03-04T10:00:00+01:00'],
    ['2024-03-04T10:00Z', '2024-03-04T10:00Z'],
    // A space before the time and before the zone.
    ['2026-01-06 14:16:29 +01:00', '2026-01-06T14:16:29+01:00'],
    // Milliseconds and a zone without its colon.
    ['2024-05-03T15:47:42.389+0000', '2024-05-03T15:47:42.389+00:00'],
    // RFC 2822, as RSS feeds and some meta tags write it.
    ['Fri, 03 May 2024 15:47:42 GMT', '2024-05-03T15:47:42Z'],
    // The publisher's zone is kept (the module's promise), not converted to UTC.
    ['Fri, 03 May 2024 15:47:42 +0200', '2024-05-03T15:47:42+02:00'],
    ['2024/03/04', '2024-03-04'],
    ['2024-03', '2024-03'],
    ['  2024-03-04  ', '2024-03-04'],
    // Before the web, in the future, impossible, or not a date.
    ['1989-01-01', undefined],
    ['2030-01-01', undefined],
    ['2024-13-01', undefined],
    ['2024-02-32', undefined],
    ['yesterday', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${String(expected)}`, () => assert.equal(plausibleDate(value, NOW), expected));
});

describe('parseVisibleDate', () => {
  const cases: [lang: string, text: string, expected: string | undefined][] = [
    ['en', 'Published 4 Aug. 2017', '2017-08-04'],
    ['en', 'August 4, 2017', '2017-08-04'],
    ['en', 'Saturday, December 21, 2019 at 9:05', '2019-12-21T09:05'],
    ['de', 'erstellt: 01. April 2025, 15:25', '2025-04-01T15:25'],
    ['de', '3. März 2025 um 08:15', '2025-03-03T08:15'],
    ['de', '06.01.2026', '2026-01-06'],
    ['de', '14.02.2025, 18:02 Uhr', '2025-02-14T18:02'],
    ['fr', '16 avril 2025 à 10h30', '2025-04-16T10:30'],
    ['fr', 'publié le 2 février 2024', '2024-02-02'],
    ['es', '3 de abril de 2025', '2025-04-03'],
    ['it', '12 marzo 2024', '2024-03-12'],
    ['pl', '5 maja 2024', '2024-05-05'],
    ['pl', '12 października 2023, 10:15', '2023-10-12T10:15'],
    ['cs', '5. května 2025', '2025-05-05'],
    ['cs', '1 září 2024', '2024-09-01'],
    ['ru', '21 января 2025', '2025-01-21'],
    // Russian dates write "г." (year) before the time.
    ['ru', '21 января 2025 г., 14:30', '2025-01-21T14:30'],
    ['tr', '3 Şubat 2025', '2025-02-03'],
    ['tr', '14 Eylül 2024 15:04', '2024-09-14T15:04'],
    ['ja', '2025年1月13日', '2025-01-13'],
    // The time after "日" belongs to the date as much as after a Latin date.
    ['ja', '2025年1月13日 18:40', '2025-01-13T18:40'],
    ['ko', '2026년 1월 29일', '2026-01-29'],
    ['ko', '2026.01.29 18:40', '2026-01-29T18:40'],
    ['-', 'no date here', undefined],
    ['-', '32.01.2025', undefined],
    ['-', 'Room 12, floor 3', undefined],
  ];
  for (const [lang, text, expected] of cases) it(`${lang}: ${JSON.stringify(text)} → ${String(expected)}`, () => assert.equal(parseVisibleDate(text), expected));
});

describe('monthOf', () => {
  const cases: [string, number][] = [
    ['Aug.', 8],
    ['März', 3],
    ['července', 7],
    ['června', 6],
    ['января', 1],
    ['Eylül', 9],
    ['Mo', 0],
    ['Tuesday', 0],
  ];
  for (const [word, month] of cases) it(`${word} → ${month}`, () => assert.equal(monthOf(word), month));
});

describe('isDateLine', () => {
  const cases: [string, boolean][] = [
    ['14.02.2025', true],
    ['Updated 3 March 2025, 10:00', true],
    ['erstellt: 01. April 2025, 15:25', true],
    ['2025年1月13日', true],
    ['The council met on 3 March 2025 to discuss the new budget for the school', false],
    ['No date at all', false],
  ];
  for (const [text, expected] of cases) it(`${JSON.stringify(text)}: ${expected}`, () => assert.equal(isDateLine(text), expected));
});

describe('urlDate', () => {
  const cases: [string, string | undefined][] = [
    ['https://news.example.org/2025/04/01/council-votes/', '2025-04-01'],
    ['https://news.example.org/news/2025-04-01-council-votes', '2025-04-01'],
    ['https://news.example.org/20250401/council-votes', '2025-04-01'],
    ['https://news.example.org/2025/04/council-votes', undefined],
    ['https://news.example.org/story/8812345/council-votes/', undefined],
    ['https://news.example.org/2025/13/01/council-votes', undefined],
    ['not a url', undefined],
  ];
  for (const [url, expected] of cases) it(`${url} → ${String(expected)}`, () => assert.equal(urlDate(url), expected));
});

/**
 * Photo credits in captions, across languages: "… Foto: dpa", "… (Photo: Jane Doe/AP)", "… © Reuters",
 * "… Jane Doe/Getty Images", "Foto: X" in an element of its own. Plain strings in, plain strings out: the caller
 * finds the caption and credit elements; this module only reads their text.
 *
 * Conservative on purpose: a caption that loses half a sentence to a false credit is worse than a credit left
 * inside the caption, so every rule needs a signal (a label, ©, brackets, an agency) and a credit that looks like
 * a name rather than a sentence.
 */
import { squash } from './text.js';

export interface CaptionCredit {
  caption: string;
  credit: string;
}

/** Words that say "what follows is the credit" when a colon, "by" or "=" comes next. */
const LABEL_WORDS = [
  // en
  'photo(?:graph)?s?', 'photography', 'pictures?', 'images?', 'illustrations?', 'graphics?', 'credits?', 'sources?',
  'photographer', 'video', 'screenshot', 'collage', 'artwork', 'rendering', 'courtesy', 'file photo', 'stock photo',
  // de, nl, Nordic, cs, pl, hu, tr …: "Foto" and kin, sources, archive and symbol photos
  'fotos?', 'fotograf(?:ie|ía|ia|in)?', 'bild(?:er|e|et)?', 'billede', 'bildquelle', 'quelle', 'grafik', 'montage',
  '(?:symbol|archiv|agentur)(?:foto|bild)', 'beeld', 'bron', 'afbeelding', 'kuva', 'lähde', 'källa', 'kilde',
  'illustrasjon', 'mynd', 'ljósmynd', 'fotó', 'forrás', 'kép', 'zdjęcie', 'źródło', 'ilustracja', 'zdroj', 'snímek',
  'ilustrace', 'ilustrační foto', 'ilustračné foto', 'fotoğraf', 'görsel', 'kaynak', 'izvor', 'sursa', 'sursă',
  // fr, es, it, pt
  'cr[ée]dits?(?: photos?)?', 'fuente', 'imagen', 'ilustración', 'fonte', 'immagine', 'crédito', 'imagem',
  // ru, uk, el, ar, he
  'фото', 'источник', 'иллюстрация', 'коллаж', 'колаж', 'кадр', 'скриншот', 'джерело', 'ілюстрація',
  'φωτογραφία', 'πηγή', 'تصوير', 'صورة', 'مصدر', 'צילום',
  // ja, zh, ko, zu
  '写真', '撮影', '提供', '出典', '图', '图片', '圖', '攝影', '摄影', '来源', '사진', '출처', '제공', 'isithombe',
].join('|');
/** What joins a label to its credit: "Photo:", "Photo by", "Photo credit:", "Foto von", "사진=", "Fot. X". */
const CONNECTOR = String.raw`(?:\s+(?:credits?|courtesy))?(?:\s*[:：=＝]|\s+(?:by|of|von|de|par|por|di|af|av)(?=\s))`;
/** A label at the start of a string, with what it is followed by. */
const LEADING_LABEL = new RegExp(String.raw`^(?:(?:${LABEL_WORDS})${CONNECTOR}|fot\.(?=\s)|(?:©|\(c\)|copyright(?=\s|©))(?:\s*©)?)\s*`, 'iu');
/** Labels anywhere, for the search for a trailing credit; group 1 is the label's first character. */
const ANY_LABEL = new RegExp(String.raw`(?<!\p{L}|\p{N})(?:(${LABEL_WORDS})${CONNECTOR}|(fot)\.(?=\s))`, 'giu');
/** "NDR Foto: Jane Doe": a second label inside a credit joins two credits. */
const INNER_LABEL = new RegExp(String.raw`\s+(?:${LABEL_WORDS})\s*[:：]\s*`, 'giu');
/** Rights notices that carry no name: stripped from credits. */
const RIGHTS_WORDS = 'tous droits réservés|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati';
const RIGHTS = new RegExp(String.raw`^(?:${RIGHTS_WORDS})\s*[:.,]?\s*|\s*[.,]?\s*(?:${RIGHTS_WORDS})\.?$`, 'iu');
/** What may stand just before a credit at a caption's end: "… Foto:", "… Photo by", "… ©", "… Tous droits réservés". */
const TRAILING_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:${LABEL_WORDS})${CONNECTOR}|©|\(c\)|copyright|${RIGHTS_WORDS})\s*$`, 'iu');

/**
 * Photo agencies and wires, lower case. A trailing "X/AFP" or "… Getty Images" counts as a credit only when one
 * of these (or an archive, a domain, an "… Images"-style name) is in it: a slash alone is too weak a sign.
 */
const AGENCIES = new Set([
  'ap', 'ap photo', 'afp', 'reuters', 'dpa', 'epa', 'epa-efe', 'efe', 'ansa', 'anp', 'apa', 'pap', 'čtk', 'ctk',
  'tasr', 'mti', 'tt', 'ntb', 'ritzau', 'scanpix', 'ritzau scanpix', 'ntb scanpix', 'lehtikuva', 'keystone',
  'keystone-sda', 'sda', 'belga', 'anadolu', 'aa', 'dha', 'iha', 'xinhua', 'kyodo', 'jiji', 'yonhap', 'tass',
  'sputnik', 'ria novosti', 'ukrinform', 'unian', 'aap', 'pa', 'pa wire', 'pa images', 'press association',
  'getty', 'getty images', 'istock', 'istockphoto', 'shutterstock', 'shutterstock.com', 'alamy', 'imago',
  'imago images', 'picture alliance', 'picture-alliance', 'dpa images', 'dpa-zentralbild', 'zb', 'bloomberg',
  'sipa', 'abaca', 'europa press', 'nurphoto', 'zuma', 'zuma press', 'zuma press wire', 'polaris', 'redux',
  'bildbyrån', 'tt nyhetsbyrån', 'ians', 'pti', 'ani', 'bernama', 'aap image', 'cp', 'the canadian press',
  'unsplash', 'pexels', 'pixabay', 'wikimedia', 'wikimedia commons', 'wikipedia', 'nasa', 'supplied', 'handout',
  'pool', 'uncredited', 'agencia', 'agencja gazeta',
  'forum', 'east news', 'profimedia', 'isifa', 'lightrocket', 'sopa images', 'anadolu agency', 'ap images',
  'рия новости', 'риа новости', 'тасс', 'укрінформ', 'уніан', 'інтерфакс-україна', 'interfax',
  '연합뉴스', '뉴시스', '뉴스1', '共同', '共同通信', '時事', '時事通信', 'ロイター', '新华社', '中新社', '路透社',
]);
/** Second parts that make "Jane Doe/Archiv" a credit, though alone they are not one. */
const ARCHIVE = /^(?:archiv|archive|archivo|archivio|file|stock)$/iu;
/** Last words of a credit-only name: "… Images", "… Press", "The Yomiuri Shimbun". */
const ORG_TAIL = /(?:^|\s)(?:images|photos?|pictures|press|wire|news|newspapers|media|agency|agence|agencia|shimbun|zprávy|nyheter|noticias|notizie|новости|новини)$/iu;
/** Lower-case words that names, agencies and "Bild erstellt mit KI …" credits still have. */
const PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'des', 'la', 'le', 'y', 'e', 'und', 'and',
  'et', 'og', 'och', 'i', 'via', 'for', 'of', 'für', 'zu', 'mit', 'in', 'durch', 'on', 'bei', 'al', 'el', 'dos',
  'das', 'do', 'ten', 'ter', 'af', 'av', 'sur', 'en', 'z', 'w', 'u', 'na', 'von der',
]);
const SENTENCE_END = String.raw`[.!?…。»«"”“’」)]`;
const SEPARATOR = String.raw`\s[|/–—•·-]\s`;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A sentence's end or a separator closing the text before a credit. Built once: a Unicode pattern is dear to build per call. */
const MARK_BEFORE_CREDIT = new RegExp(String.raw`(?:${SENTENCE_END}|${SEPARATOR}|[|•·])\s*$`, 'u');
/** Where a label may start a credit after a sentence, a separator or CJK punctuation. */
const LABEL_AFTER_BREAK = new RegExp(String.raw`(?:${SENTENCE_END}|${SEPARATOR}|\s[|•·]|[。、])\s*$`, 'u');
/** The boundaries after which an unlabelled agency credit may start (matchAll copies it: no shared lastIndex). */
const AGENCY_BOUNDARY = new RegExp(String.raw`(?:${SENTENCE_END}\s*|${SEPARATOR}|\s[|•·]\s?)(?=\S)`, 'gu');

/** The ways a credit closes a caption, in order of precedence on a tie; each finds one starting before `limit`. */
const FINDERS: ((text: string, limit: number) => Candidate | null)[] = [bracketed, labelled, copyrighted, agencyTail, photographerTail];

/** Splits a caption's text into caption and credit; a text without a credit comes back whole, with no credit. */
export function splitCredit(raw: string): CaptionCredit {
  const cleaned = raw.replace(ZERO_WIDTH, '');
  const byLine = splitLines(cleaned.split(/\n+/).map(squash).filter(Boolean));
  if (byLine) return byLine;
  const text = squash(cleaned);
  // The earliest start wins, the first finder on a tie: "… © NDR Foto: Jane Doe" is one credit, not a caption
  // ending "© NDR". Each finder looks only for a credit that starts before the best one found so far.
  let found = null as Candidate | null;
  for (const find of FINDERS) found = find(text, found?.start ?? Infinity) ?? found;
  if (found) return { caption: trimCaption(text.slice(0, found.start)), credit: found.credit };
  return leading(text) ?? { caption: text, credit: '' };
}

/**
 * A caption that repeats at its end the credit given apart (JSON-LD creditText, a credit element): the caption
 * without it and its label ("… - Tous droits réservés Euronews" with credit "Euronews"); empty when nothing but
 * the credit was there.
 */
export function captionWithoutCredit(caption: string, credit: string): string {
  if (!caption || !credit) return caption;
  const at = caption.toLowerCase().lastIndexOf(credit.toLowerCase());
  if (at < 0 || /[\p{L}\p{N}]/u.test(caption.slice(at + credit.length)) || /[\p{L}\p{N}]$/u.test(caption.slice(0, at))) return caption;
  const before = caption.slice(0, at);
  // Words running into the credit ("… the Thomson Reuters building") are the caption's own; a label, a
  // separator or a sentence's end before it mark it as the credit.
  const marked = !before.trim() || TRAILING_LABEL.test(before) || MARK_BEFORE_CREDIT.test(before);
  if (!marked) return caption;
  let head = before;
  for (let prev = ''; prev !== head; ) {
    prev = head;
    head = trimCaption(head.replace(TRAILING_LABEL, ''));
  }
  return /[\p{L}\p{N}]/u.test(head) ? head : '';
}

/** A credit from a credit element, JSON-LD creditText/copyrightHolder or an IPTC field, without label or ©. */
export function cleanCreditText(raw: string): string {
  let s = squash(raw.replace(ZERO_WIDTH, ''));
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = unwrap(s)
      .replace(LEADING_LABEL, '')
      .replace(RIGHTS, '')
      .replace(/^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b\s*[,.]?\s*/u, '') // "© 2024 Reuters"
      .replace(/^[\s|/–—•·:;,=＝-]+|[\s|/–—•·:;,=＝-]+$/gu, '');
    s = dropFinalStop(s).replace(/^[([](?=[^)\]]*$)|(?<=^[^([]*)[)\]]$/u, ''); // a bracket the element cut in half
  }
  // Only a capitalised label: "(Image credit: Google)" keeps its lower-case "credit:".
  return s.replace(INNER_LABEL, (m) => (/^\s+\p{Lu}/u.test(m) ? ' / ' : m));
}

/** "Jane Doe." loses its full stop; an initial ("Jane D.") or a lone abbreviation ("Zvg.") keeps it, an agency not ("dpa."). */
function dropFinalStop(s: string): string {
  const m = /(?:^|\s)([^\s]+)\.$/u.exec(s);
  if (!m?.[1] || isAgency(m[1])) return s.replace(/\.$/u, '');
  const letters = m[1].replace(/[^\p{L}]/gu, '').length;
  return letters === 1 || (m.index === 0 && letters <= 4) ? s : s.slice(0, -1);
}

/** True when the text is only a credit ("Foto: dpa", "© Reuters", "(Photo: AP)", "AFP/Jane Doe", "Getty Images"). */
export function isCreditOnly(text: string): boolean {
  const s = squash(text.replace(ZERO_WIDTH, ''));
  if (!s) return false;
  const inner = unwrap(s);
  if (hasCreditLabel(inner)) return plausibleCredit(cleanCreditText(inner));
  return agencyShape(inner, inner !== s) || orgName(inner);
}

/** True when the text opens with a credit label or ©: "Foto: …", "Photo by …", "© …", "Crédit : …". */
export function hasCreditLabel(text: string): boolean {
  return LEADING_LABEL.test(squash(text.replace(ZERO_WIDTH, '')));
}

interface Candidate {
  start: number;
  credit: string;
}

/**
 * blockText keeps line breaks: lines at either end that are only a credit are the credit ("The Yomiuri
 * Shimbun\n…", "…\nFoto: dpa"); a bare "Foto:" line labels the line after it.
 */
function splitLines(raw: string[]): CaptionCredit | null {
  const lines: string[] = [];
  for (const line of raw) {
    const prev = lines[lines.length - 1];
    if (prev !== undefined && isBareLabel(prev)) lines[lines.length - 1] = `${prev} ${line}`;
    else lines.push(line);
  }
  if (lines.length < 2) return null;
  const credits: string[] = [];
  const take = (line: string | undefined) => {
    if (line === undefined || !isCreditOnly(line)) return false;
    const credit = cleanCreditText(line);
    if (!credits.includes(credit)) credits.push(credit);
    return true;
  };
  while (lines.length > 1 && take(lines[lines.length - 1])) lines.pop();
  while (lines.length > 1 && take(lines[0])) lines.shift();
  if (credits.length === 0) return null;
  return { caption: trimCaption(lines.join(' ')), credit: credits.join(' / ') };
}

function isBareLabel(line: string): boolean {
  const m = LEADING_LABEL.exec(line);
  return !!m && m[0].length === line.length && /[:：=＝©]\s*$/u.test(line);
}

/** "… (Photo: Jane Doe/AP)", "… (AP Photo/Jane Doe)", "… [Image: Reuters]", "…（共同）" at the end. */
function bracketed(text: string): Candidate | null {
  const m = /[([（【]([^()[\]（）【】]{1,160})[)\]）】]\s*\.?$/u.exec(text);
  if (!m?.[1]) return null;
  const inner = squash(m[1]);
  if (hasCreditLabel(inner)) {
    const credit = cleanCreditText(inner);
    return plausibleCredit(credit) ? { start: m.index, credit } : null;
  }
  return agencyShape(inner, true) ? { start: m.index, credit: cleanCreditText(inner) } : null;
}

/** "… Foto: Jane Doe", "… | Bildquelle: EU", "… — Picture by Jane Doe", "…。写真：ロイター" to the end. */
function labelled(text: string, limit: number): Candidate | null {
  for (const m of text.matchAll(ANY_LABEL)) {
    if (m.index >= limit) break;
    const before = text.slice(0, m.index);
    const label = m[1] ?? m[2] ?? '';
    if (!labelBoundary(before, label, m[0])) continue;
    const credit = cleanCreditText(text.slice(m.index));
    if (plausibleCredit(credit)) return { start: m.index, credit };
  }
  return null;
}

/**
 * Where a label may start a credit: at the start, after a sentence or a separator; after a bare space only as a
 * capitalised "Foto:" (a lower-case "… archive photo: the minister" is the caption talking).
 */
function labelBoundary(before: string, label: string, match: string): boolean {
  if (/(?:^|[([（【])\s*$/u.test(before)) return before.trim() === ''; // brackets are bracketed()'s
  if (LABEL_AFTER_BREAK.test(before)) return true;
  if (/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(before)) return false;
  return /\s$/u.test(before) && /[:：=＝]$/u.test(match.trimEnd()) && label[0] !== label[0]?.toLowerCase();
}

/** "… © Jane Doe", "… (c) Reuters", "… Copyright 2024 AFP". */
function copyrighted(text: string, limit: number): Candidate | null {
  for (const m of text.matchAll(/(?:©|(?<=^|\s)\(c\)(?=\s)|(?<=^|[.!?|]\s)copyright(?=\s))/giu)) {
    if (m.index >= limit) break;
    const credit = cleanCreditText(text.slice(m.index));
    if (plausibleCredit(credit)) return { start: m.index, credit };
  }
  return null;
}

/** An unlabelled agency credit after a sentence or separator: "… 2023. BERTRAND GUAY / AFP", "… | Reuters". */
function agencyTail(text: string, limit: number): Candidate | null {
  for (const m of text.matchAll(AGENCY_BOUNDARY)) {
    const start = m.index + m[0].length;
    if (start >= limit) break; // later boundaries start later still (the CJK tail below may not)
    const tail = text.slice(start);
    if (agencyShape(tail, false)) return { start, credit: cleanCreditText(tail) };
  }
  // Korean and Japanese wires close the caption after a space or "=" with no punctuation: "… 있다 연합뉴스", "…＝共同",
  // sometimes with the place first: "… 인천=연합뉴스".
  const cjk = /[^\s=＝]+$/u.exec(text);
  if (!cjk || !AGENCIES.has(cjk[0].toLowerCase()) || !/[^\p{Script=Latin}\p{N}\p{P}]/u.test(cjk[0])) return null;
  const before = text.slice(0, cjk.index);
  if (before !== '' && !/[\s=＝]$/u.test(before)) return null;
  const place = /(?<=^|\s)[^\s=＝]{1,4}[=＝]$/u.exec(before);
  const start = place ? place.index : cjk.index;
  return start < limit ? { start, credit: cjk[0] } : null;
}

/**
 * A photographer's name after a spaced slash, closing a caption of a few words: "… in La Soledat / Lorenzo
 * Marina". Two or three capitalised name words, so "… Berlin / Brandenburg" or "… / dpa" (agencyTail's) are not.
 */
function photographerTail(text: string, limit: number): Candidate | null {
  const m = /\s\/\s((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)$/u.exec(text);
  if (!m?.[1] || m.index >= limit || words(text.slice(0, m.index)).length < 4 || /[/|]/u.test(text.slice(0, m.index))) return null;
  return { start: m.index, credit: m[1] };
}

/** "Foto: Jane Doe | The caption": a credit first, then a separator. */
function leading(text: string): CaptionCredit | null {
  const m = /^(.{1,120}?)\s[|•]\s(.+)$/u.exec(text);
  if (m?.[1] && m[2] && isCreditOnly(m[1])) return { caption: m[2], credit: cleanCreditText(m[1]) };
  return null;
}

/**
 * A photo agency credit without a label: parts split by "/", "|" or "via", each name-like, one of them an
 * agency, an archive or a domain ("Jane Doe/Golem.de"); in brackets two names will do ("(Jane Doe/Cuartoscuro)").
 */
function agencyShape(raw: string, inBrackets: boolean): boolean {
  const s = raw.replace(/\.$/u, '').trim();
  // The cheap refusals first (each refusal alone decides): brackets belong to bracketed(); commas to a
  // caption's clauses, except in "(AP Photo/Jane Doe, File)".
  if (!s || s.length > 100 || /[()[\]]/u.test(s) || (!inBrackets && s.includes(','))) return false;
  // A sentence end inside ("… Michael D. Higgins. | Jane Doe/AP") means the caption goes on; initials do not.
  if (/[\p{L}\p{N}]{2}[.!?]\s/u.test(s) || words(s).length > 10 || sentenceLike(s)) return false;
  const parts = s.split(/\s*[/|]\s*|\s+via\s+/iu).filter(Boolean);
  if (!parts.every(nameLike)) return false;
  if (parts.some(isAgency)) return true;
  if (parts.length < 2) return false;
  return inBrackets || parts.some((p) => isDomain(p) || ORG_TAIL.test(p) || ARCHIVE.test(p));
}

/** A short name that ends like an organisation: "The Yomiuri Shimbun", "Rescue Photo" (only as a line of its own). */
function orgName(s: string): boolean {
  return s.length <= 60 && words(s).length <= 5 && nameLike(s) && ORG_TAIL.test(s) && words(s).length >= 2;
}

function isAgency(part: string): boolean {
  const p = part.toLowerCase().replace(/\s+/g, ' ').trim();
  if (AGENCIES.has(p)) return true;
  // "Reuters Pictures", "Kyodo News", "AP Photo": an agency followed by a generic word.
  const head = p.replace(/\s+(?:photos?|pictures|images|news|wire|agency)$/u, '');
  return head !== p && AGENCIES.has(head);
}

function isDomain(part: string): boolean {
  return /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u.test(part);
}

/** Names start with capitals (or are in a script without case); agencies and particles may be lower case. */
function nameLike(part: string): boolean {
  const ws = words(part);
  if (ws.length === 0 || ws.length > 6) return false;
  if (isAgency(part) || isDomain(part)) return true;
  return ws.every((w) => PARTICLES.has(w.toLowerCase()) || isAgency(w) || isDomain(w) || /^[(\p{Lu}\p{N}]/u.test(w) || !/\p{Ll}/u.test(w[0] ?? ''));
}

/** A credit is a name, not a sentence: short, no question, not mostly lower-case words. */
function plausibleCredit(credit: string): boolean {
  if (!credit || credit.length > 160 || /[?!]$/u.test(credit)) return false;
  const ws = words(credit);
  return ws.length <= 15 && !sentenceLike(credit);
}

function sentenceLike(s: string): boolean {
  // Agency parts ("picture alliance/dpa") are lower case by house style, not because they are prose.
  const ws = words(s.split(/\s*[/|;,]\s*/u).filter((p) => !isAgency(p) && !isDomain(p)).join(' '));
  if (ws.length === 0) return false;
  const lower = ws.filter((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w) && !isAgency(w) && !isDomain(w)).length;
  return lower >= 2 && lower / ws.length >= 0.4;
}

function words(s: string): string[] {
  return s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** "(Photo: AP)" → "Photo: AP", repeatedly, only when the brackets enclose the whole text. */
function unwrap(s: string): string {
  let t = s.trim();
  for (;;) {
    const m = /^[([（【]([^()[\]（）【】]*)[)\]）】]$/u.exec(t);
    if (!m) return t;
    t = (m[1] ?? '').trim();
  }
}

/** The caption keeps its sentence punctuation; separators left before the credit go. */
function trimCaption(s: string): string {
  return squash(s).replace(/[\s|/–—•·:;,=＝([（-]+$/u, '');
}

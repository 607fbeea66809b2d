import type { DetectedClaim } from './figure';
import { hedgeAround } from './hedges';

/*
 * Shares and multiples written in words, as Spanish, Portuguese, Italian, French and German
 * notes write them (spec §1, spelled out): "tres cuartas partes de las empresas" (75%, to the
 * quarter), "uno de cada cuatro" (25%), "jedes vierte Unternehmen", "la moitié des
 * développeurs", "diez veces más", "zehnmal schneller". A share needs the population after
 * it ("de", "des", "der"; not "la mitad del tiempo"), a multiple its comparative.
 */

/** Number words two to ten, and "one" for odds, in the five languages. */
const NUMBERS: Readonly<Record<string, number>> = {
  uno: 1, una: 1, um: 1, uma: 1, un: 1, une: 1, ein: 1, eine: 1, eins: 1, einer: 1,
  dos: 2, dois: 2, duas: 2, due: 2, deux: 2, zwei: 2,
  tres: 3, três: 3, tre: 3, trois: 3, drei: 3,
  cuatro: 4, quatro: 4, quattro: 4, quatre: 4, vier: 4,
  cinco: 5, cinque: 5, cinq: 5, fünf: 5,
  seis: 6, sei: 6, six: 6, sechs: 6,
  siete: 7, sete: 7, sette: 7, sept: 7, sieben: 7,
  ocho: 8, oito: 8, otto: 8, huit: 8, acht: 8,
  nueve: 9, nove: 9, neuf: 9, neun: 9,
  diez: 10, dez: 10, dieci: 10, dix: 10, zehn: 10,
  // Dutch ("een op de drie", "twee derde"); "vier" is German's too.
  een: 1, één: 1, twee: 2, drie: 3, vijf: 5, zes: 6, tien: 10,
};

/** Fractions by their denominator's word ("cuartas partes", "quartos", "terzi", "tiers", "Drittel"). */
const DENOMINATORS: Readonly<Record<string, number>> = {
  'cuartas partes': 4, cuartos: 4, 'cuarta parte': 4, quartos: 4, quarto: 4, quarti: 4, quarts: 4, quart: 4, viertel: 4,
  tercios: 3, tercio: 3, terços: 3, terço: 3, terzi: 3, terzo: 3, tiers: 3, drittel: 3, derde: 3,
};

/** Half, with its article where the language needs one ("la mitad", "metade", "la metà", "la moitié", "die Hälfte", "de helft"). */
const HALVES = /^(?:la\s+mitad|(?:a\s+)?metade|la\s+metà|la\s+moitié|die\s+hälfte|de\s+helft)$/i;

/** German ordinals after "jede(r/s)": "jedes vierte Unternehmen" is one in four. */
const ORDINALS: Readonly<Record<string, number>> = { zweite: 2, dritte: 3, vierte: 4, fünfte: 5, sechste: 6, zehnte: 10 };

const NUMBER_WORD = Object.keys(NUMBERS).join('|');
const DENOMINATOR_WORD = Object.keys(DENOMINATORS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');

/** Every phrase in one pattern: a fraction, a half, odds ("uno de cada cuatro", "uno su tre"), "jedes vierte", a multiple. */
const PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:` +
    String.raw`(?<frac>(?:${NUMBER_WORD})\s+(?:${DENOMINATOR_WORD}))` +
    String.raw`|(?<half>la\s+mitad|(?:a\s+)?metade|la\s+metà|la\s+moitié|die\s+hälfte|de\s+helft)` +
    String.raw`|(?<quarters>driekwart)` +
    String.raw`|(?<odds>(?:${NUMBER_WORD})\s+(?:de\s+cada|em\s+cada|su|sur|von|op\s+de)\s+(?:${NUMBER_WORD}))` +
    String.raw`|(?<every>jede[rs]?\s+(?:zweite|dritte|vierte|fünfte|sechste|zehnte))` +
    String.raw`|(?<times>(?:${NUMBER_WORD})\s+(?:veces|vezes|volte|fois)|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s?mal)` +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu',
);

/** A cheap screen: most blocks hold none of these words, and are not scanned. */
const SCREEN = /cuart|quart|terc|terç|terz|tiers|drittel|viertel|mitad|metade|metà|moitié|hälfte|cada|\ssu\s|\ssur\s|\svon\s|jede|veces|vezes|volte|fois|mal\b|helft|kwart|derde|\sop\sde\s/i;

/** What a share is of: "de las empresas", "dos leitores", "delle aziende", "des entreprises", "der Unternehmen". */
const POPULATION_AFTER = /^\s+(?:de|del|de\s+los|de\s+las|das|dos|da|do|delle|degli|dei|della|dello|des|du|der|aller|van|d['’])\s*\p{L}/iu;
/** "la mitad del tiempo", "la moitié du temps": a share of time, or of a period, quantifies nothing. */
const TIME_AFTER = /^\s+(?:d['’]|\p{L}+\s+){0,2}?(?:tiempo|tempo|temps|zeit|tijd|año|ano|anno|année|jahres|jahr|jaar|mes|mois|mese|monats|maand|día|dia|giorno|jour|tages|dag|semana|settimana|semaine|woche|week|hora|ora|heure|stunde|uur|minuto|minute|minuten)(?![\p{L}])/iu;
/** A word that starts the population or the comparative after odds or a multiple. */
const WORD_AFTER = /^\s+\p{L}/u;
/** "veces más", "vezes mais", "volte più", "fois plus", "mal schneller": the comparative a multiple needs. */
const COMPARATIVE_AFTER = /^\s+(?:más|menos|mais|menos|più|meno|plus|moins|so|mehr|weniger|schneller|langsamer|günstiger|billiger|teurer|höher|größer|kleiner|geringer|rápid\p{L}*|barat\p{L}*|car\p{L}*|veloc\p{L}*|mayor|maior|superior|superiore|supérieur\p{L}*)(?![\p{L}])/iu;

/** All shares and multiples a translated note writes in words, in order. */
export function detectTranslatedSpelled(text: string): DetectedClaim[] {
  if (!SCREEN.test(text) && !text.includes('成')) return [];
  const out: DetectedClaim[] = text.includes('成') ? chineseTenths(text) : [];
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m; m = PHRASE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 40);
    const claim = claimOf(m.groups ?? {}, start, end, after);
    if (!claim) continue;
    claim.hedge ??= hedgeAround(text, claim.start, claim.end);
    out.push(claim);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "逾七成的企业" (over seven tenths of enterprises), "近八成开发者", "成本降低近八成": Chinese counts a share in
 * tenths, 成. Only before "的", "以上", "左右" or a population within three characters, or after a change: 成 is
 * in many words ("成本", "完成"), and "八成" alone may mean "probably".
 */
function chineseTenths(text: string): DetectedClaim[] {
  const out: DetectedClaim[] = [];
  TENTHS.lastIndex = 0;
  for (let m = TENTHS.exec(text); m; m = TENTHS.exec(text)) {
    const end = m.index + 2;
    if (!TENTHS_OF.test(text.slice(end, end + 8)) && !TENTHS_CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const claim = share(m.index, m.index + 2, CJK_DIGITS.indexOf(m[1]) + 1, 10);
    if (!claim) continue;
    claim.hedge = hedgeAround(text, claim.start, claim.end);
    out.push(claim);
  }
  return out;
}

const CJK_DIGITS = '一二三四五六七八九';
const TENTHS = /(?<![一二三四五六七八九十百千万亿零两\d])([二三四五六七八九])成/g;
/** After the tenths: "的", "以上", "左右" or a population within three characters. */
const TENTHS_OF = /^(?:的|以上|左右|[\u4e00-\u9fff]{0,3}(?:企业|企業|公司|开发者|開發者|用户|用戶|受访者|受訪者|机构|機構|团队|團隊|组织|組織))/;
/** Before the tenths, a change it measures ("降低近八成", "增长三成"), perhaps with a hedge. */
const TENTHS_CHANGE_BEFORE = /(?:降低|减少|減少|下降|节省|節省|增长|增長|增加|提高|提升|上涨|上漲)(?:了)?(?:近|约|約|逾|超过|超過|将近|將近)?$/;

function claimOf(groups: Record<string, string | undefined>, start: number, end: number, after: string): DetectedClaim | undefined {
  const { frac, half, quarters, odds, every, times } = groups;
  if (frac || half || quarters) {
    if (!POPULATION_AFTER.test(after) || TIME_AFTER.test(after)) return undefined;
    if (half && HALVES.test(half)) return share(start, end, 1, 2);
    if (quarters) return share(start, end, 3, 4);
    const [numerator, ...rest] = frac!.toLowerCase().split(/\s+/);
    return share(start, end, NUMBERS[numerator], DENOMINATORS[rest.join(' ')]);
  }
  if (odds) {
    const words = odds.toLowerCase().split(/\s+/);
    return WORD_AFTER.test(after) ? share(start, end, NUMBERS[words[0]], NUMBERS[words[words.length - 1]]) : undefined;
  }
  if (every) return WORD_AFTER.test(after) ? share(start, end, 1, ORDINALS[every.toLowerCase().split(/\s+/)[1]]) : undefined;
  if (times) {
    const value = NUMBERS[times.toLowerCase().replace(/\s?mal$/, '').split(/\s+/)[0]];
    return value > 1 && COMPARATIVE_AFTER.test(after) ? { start, end, kind: 'multiplier', unit: 'x', value, precision: 1 } : undefined;
  }
  return undefined;
}

/** A share of a population, as precise as its denominator can say ("three quarters": to the quarter). */
function share(start: number, end: number, numerator: number | undefined, denominator: number | undefined): DetectedClaim | undefined {
  if (!numerator || !denominator || numerator >= denominator) return undefined;
  return { start, end, kind: 'percent', unit: 'percent', value: (numerator / denominator) * 100, precision: 100 / denominator };
}

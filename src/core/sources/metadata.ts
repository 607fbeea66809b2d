import type { Article } from '../dataset/types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/** "April 4, 2026" (a year glued to what follows still counts: "20267 min read"). */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)`, 'i');
/** "4 April 2026". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d\\d)`, 'i');
const ISO = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)/;

/** YYYY-MM-DD from a date written any common way, or undefined. */
export function normaliseDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) return iso[0];
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return ymd(mdy[3], mdy[1], mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return ymd(dmy[3], dmy[2], dmy[1]);
  const year = /^\s*((?:19|20)\d\d)(?:-(\d\d))?\s*$/.exec(text);
  if (year) return year[2] ? `${year[1]}-${year[2]}` : year[1];
  return undefined;
}

function ymd(year: string, month: string, day: string): string | undefined {
  const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().replace('.', '').slice(0, 3))) + 1;
  const d = Number(day);
  if (m < 1 || d < 1 || d > 31) return undefined;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first date written in a text (a byline near the top of a saved article). */
export function findDate(text: string): string | undefined {
  const candidates = [ISO.exec(text), MONTH_DAY_YEAR.exec(text), DAY_MONTH_YEAR.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  candidates.sort((a, b) => a.index - b.index);
  return candidates.length ? normaliseDate(candidates[0][0]) : undefined;
}

/**
 * A publisher's name in a byline line copied from a web page, where the site's name
 * runs into the date ("NWCastSaturday, April 4, 2026", "The Verge · March 3, 2026").
 * Short names only: a sentence that happens to hold a date names no publisher.
 */
export function findPublisherNear(text: string): string | undefined {
  const line = new RegExp(`^[ \\t]*([^\\n]{2,40}?)[ \\t]*(?:[|·•—–-][ \\t]*)?(?:${WEEKDAY},?\\s*)?${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d`, 'im').exec(text);
  const name = line?.[1].replace(/\s*(?:by|published|updated|on)\s*$/i, '').trim();
  if (!name || /[.!?]/.test(name.slice(-1)) || name.split(/\s+/).length > 5) return undefined;
  return name;
}

/**
 * The article fields a Markdown file's YAML (or Hugo's TOML, `key = "value"`) front matter gives: `title`, `publisher`
 * (or `site`, `site_name`, `author`'s organisation is not guessed), `date`, `url` (or
 * `canonical`, `source`). Only flat `key: value` lines are read; anything else is left.
 */
export function frontMatterArticle(yaml: string): Partial<Article> {
  const out: Partial<Article> = {};
  for (const line of yaml.split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^(['"])(.*)\1$/, '$2').trim();
    if (!value) continue;
    if (key === 'title') out.title = value;
    else if (['publisher', 'site', 'site_name', 'sitename', 'publication'].includes(key)) out.publisher = value;
    else if (['date', 'published', 'published_at', 'pubdate', 'created'].includes(key)) {
      const date = normaliseDate(value);
      if (date) out.date = date;
    } else if (['url', 'canonical', 'canonical_url', 'source', 'link'].includes(key) && /^https?:\/\//.test(value)) out.url = value;
  }
  return out;
}

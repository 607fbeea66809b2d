import { isDigit } from './chars';

/** A run of digits with "," and "." between digits, read once, left to right. */
export interface NumberToken {
  start: number;
  end: number;
  /** The run reads as one number: "1,234.5", "250000", "3.2"; not "1.2.3" or "12,34". */
  valid: boolean;
  value: number;
  decimals: number;
  /** Zeros at the end of the integer part ("500,000" → 5), for the precision of round figures. */
  trailingZeros: number;
  grouped: boolean;
}

/** Reads the numeric run starting at `start` (a digit). Linear in the run's length. */
export function readNumber(text: string, start: number): NumberToken {
  let end = start;
  let commas = 0;
  let dots = 0;
  let groupOk = true;
  let digitsSinceSep = 0;
  let firstGroup = -1;
  let spaces = 0;
  for (;;) {
    const c = text.charCodeAt(end);
    if (isDigit(c)) {
      digitsSinceSep++;
      end++;
      continue;
    }
    // "250 000", "180 000 euros": thousands set apart by a space, as French and SI style write them.
    // (Not a telephone number, "+1 206 555 0187", nor a name's number before a size, "395 128GB".)
    if (dots === 0 && commas === 0 && isGroupSpace(c) && (spaces > 0 ? digitsSinceSep === 3 : digitsSinceSep <= 3 && text[start - 1] !== '+') && threeDigitsAt(text, end + 1)) {
      spaces++;
      digitsSinceSep = 0;
      end++;
      continue;
    }
    if (spaces === 0 && (c === 44 || c === 46) && isDigit(text.charCodeAt(end + 1))) {
      if (c === 44) {
        if (dots > 0) groupOk = false;
        if (commas === 0) firstGroup = digitsSinceSep;
        else if (digitsSinceSep !== 3) groupOk = false;
        commas++;
      } else {
        if (commas > 0 && digitsSinceSep !== 3) groupOk = false;
        dots++;
      }
      digitsSinceSep = 0;
      end++;
      continue;
    }
    break;
  }
  // "12,4 Mrd.", "81,6 %": one comma before one or two digits is a decimal comma (a thousands group has three).
  const decimalComma = commas === 1 && dots === 0 && (digitsSinceSep === 1 || digitsSinceSep === 2);
  if (commas > 0 && dots === 0 && digitsSinceSep !== 3 && !decimalComma) groupOk = false;
  const raw = text.slice(start, end);
  const plain = decimalComma ? raw.replace(',', '.') : raw.replace(spaces > 0 ? GROUP_SPACES : /,/g, '');
  // A run too long for a double ("999…9", 400 digits) is no figure anyone writes.
  const valid = dots <= 1 && groupOk && (commas === 0 || (firstGroup >= 1 && firstGroup <= 3)) && plain.length <= 24 && Number.isFinite(Number(plain));
  const dot = plain.indexOf('.');
  const intPart = dot < 0 ? plain : plain.slice(0, dot);
  let trailingZeros = 0;
  if (dot < 0 && /[1-9]/.test(intPart)) for (let i = intPart.length - 1; i >= 0 && intPart[i] === '0'; i--) trailingZeros++;
  return {
    start,
    end,
    valid,
    value: valid ? Number(plain) : NaN,
    decimals: dot < 0 ? 0 : plain.length - dot - 1,
    trailingZeros,
    grouped: (commas > 0 && !decimalComma) || spaces > 0,
  };
}

const GROUP_SPACES = /[ \u00a0\u202f\u2009]/g;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A space, a no-break space or a thin one: what sets thousands apart in "250 000". */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Exactly three digits at `i`, then no digit ("000" in "250 000", not "2024" in "in 3 2024"). */
function threeDigitsAt(text: string, i: number): boolean {
  if (!isDigit(text.charCodeAt(i)) || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return false;
  const after = text.charCodeAt(i + 3);
  if (isDigit(after) || isAsciiLetter(after) || ((after === 44 || after === 46) && isDigit(text.charCodeAt(i + 4)))) return false;
  // A group of four after it ("555 0187") is a telephone number's.
  return !(isGroupSpace(after) && isDigit(text.charCodeAt(i + 4)) && !threeDigitsAt(text, i + 4));
}

/** The smallest step the figure was written to: "50" → 10, "5.2" → 0.1, "250,000" → 10,000. */
export function precisionOf(n: NumberToken): number {
  return n.decimals > 0 ? 10 ** -n.decimals : 10 ** n.trailingZeros;
}

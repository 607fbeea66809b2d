import { inconsistent, type OtherStatement } from '../rules/inconsistent';
import type { Fix, Severity } from '../rules/rule';
import type { IndexedClaim } from './claims';
import { accusable, compared, figuresAgree } from './consistency';
import { lookupKey, lookupTerms, sameStatistic, type SubjectKey } from './subject';

export interface IndexedNote {
  /** The key the adapter uses for the note (a path or a URI string). */
  path: string;
  /** How messages name it. */
  label: string;
  claims: IndexedClaim[];
  /** The note's severity for `statlens.inconsistent` ("none": not reported there, still compared). */
  severity: Severity;
}

/** A figure that other notes state differently. */
export interface Inconsistency {
  claim: IndexedClaim;
  /** Other notes' disagreeing figures, by path then position: the first `MAX_OTHERS` of them. */
  others: OtherStatement[];
  /** How many disagreeing figures there are in all (more than `others` holds when many notes disagree). */
  total: number;
  code: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
}

/** The most other statements an inconsistency lists (and links to). */
export const MAX_OTHERS = 10;

interface Entry {
  note: IndexedNote;
  claim: IndexedClaim;
  shape: Shape;
  /** Its note reports it when another note disagrees (`accusable`, severity not off): that note reads the others. */
  reported: boolean;
  /** `written(claim)`, read once. */
  written: string;
}

/**
 * Figures whose keys are equal in every field (notes repeat sentences, and a folder of
 * copies repeats whole notes): `sameStatistic` is worked out once per pair of shapes.
 */
interface Shape {
  id: number;
  sample: SubjectKey;
  refs: number;
  /** Other shape's id → whether the two state the same statistic. */
  same: Map<number, boolean>;
}

/**
 * Every note's figures, keyed for the cross-note pass. Notes are added, replaced
 * and removed one at a time; each change touches only that note's entries, and
 * says which notes' inconsistencies may have changed with it.
 */
export class WorkspaceIndex {
  private readonly notes = new Map<string, IndexedNote>();
  /** unit, owners and kind + term → figures whose nearby words hold the term. */
  private readonly byTerm = new Map<string, Bucket>();
  private readonly byRecord = new Map<string, Bucket>();
  /**
   * Note → the notes whose reported figures disagree with one of its figures: their
   * inconsistencies read this note, so they change when it does. One way only: a note
   * whose disagreeing figures are all judged by a record (or whose severity is off)
   * reports nothing, so nothing it reads can change it.
   */
  private readonly readers = new Map<string, Set<string>>();
  /** The same pairs the other way: note → the notes it reads (to unlink it). */
  private readonly reads = new Map<string, Set<string>>();
  private readonly entries = new Map<string, Entry[]>();
  /** A figure's sentence, then where the figure starts in it → the shapes of the keys cut from it (a sentence of many figures stays linear). */
  private readonly shapes = new Map<string, Map<number, Shape[]>>();
  private readonly shapeById = new Map<number, Shape>();
  private nextShape = 0;
  /** Bumped on every change, so views can tell they are stale. */
  version = 0;
  /** `disagreement`'s answers, for the index as it was at `askedAt`. */
  private readonly asked = new Map<string, Disagreement>();
  private askedAt = -1;

  get size(): number {
    return this.notes.size;
  }

  get(path: string): IndexedNote | undefined {
    return this.notes.get(path);
  }

  all(): IterableIterator<IndexedNote> {
    return this.notes.values();
  }

  /** Adds or replaces a note; returns the notes whose inconsistencies may have changed (this one included). */
  set(path: string, claims: IndexedClaim[], options: { label?: string; severity?: Severity } = {}): string[] {
    const before = this.unlink(path);
    const note: IndexedNote = { path, label: options.label ?? path, claims, severity: options.severity ?? inconsistent.defaultSeverity };
    this.notes.set(path, note);
    const entries: Entry[] = [];
    const reports = note.severity !== 'none';
    for (const claim of claims) {
      if (!compared(claim)) continue;
      const entry: Entry = { note, claim, shape: this.shapeOf(claim.subject!), reported: reports && accusable(claim), written: written(claim) };
      entries.push(entry);
      const key = entry.shape.sample;
      for (const term of key.near) add(this.byTerm, termKey(key, term), entry);
      if (key.recordId !== undefined) add(this.byRecord, key.recordId, entry);
    }
    this.entries.set(path, entries);
    const now = new Set<string>();
    for (const entry of entries) {
      // A figure this note does not report only matters to the notes that report theirs.
      for (const other of this.disagreeing(entry, !entry.reported)) {
        if (other.reported) now.add(other.note.path);
        if (entry.reported) this.link(other.note.path, path);
      }
    }
    for (const other of now) this.link(path, other);
    this.version++;
    return [path, ...new Set([...before, ...now])];
  }

  /** Removes a note; returns the notes whose inconsistencies may have changed. */
  remove(path: string): string[] {
    if (!this.notes.has(path)) return [];
    const before = this.unlink(path);
    this.notes.delete(path);
    this.version++;
    return [...before];
  }

  /** The figures of a note that other notes state differently, in the note's order. */
  inconsistencies(path: string): Inconsistency[] {
    const note = this.notes.get(path);
    if (!note || note.severity === 'none') return [];
    const out: Inconsistency[] = [];
    for (const entry of this.entries.get(path) ?? []) {
      if (!accusable(entry.claim)) continue;
      const { ordered, count, perNote } = this.disagreement(entry);
      const own = perNote.get(path) ?? 0;
      if (count === own) continue;
      // A figure dozens of notes state otherwise links to a few of them: a diagnostic with thousands of
      // related places, sent for every note on every change, took an editor's extension host down.
      const others: OtherStatement[] = [];
      for (const e of ordered) {
        if (e.note.path === path) continue;
        others.push({ path: e.note.path, label: e.note.label, claim: e.claim });
        if (others.length === MAX_OTHERS) break;
      }
      out.push({
        claim: entry.claim,
        others,
        total: count - own,
        code: inconsistent.code,
        severity: note.severity,
        message: inconsistent.message(entry.claim, others[0], perNote.size - (own > 0 ? 1 : 0) - 1),
        fixes: inconsistent.fixes(entry.claim, others[0]),
      });
    }
    return out;
  }

  /**
   * The figures, in any note, that disagree with figures of `entry`'s shape written as
   * it is: the first by note label then position, how many, and how many each note
   * holds. The same for every such figure, so worked out once per index
   * state: after a change, the dozens of notes that misquote a figure in the same way
   * share one pass over the thousands that quote it right.
   */
  private disagreement(entry: Entry): Disagreement {
    if (this.askedAt !== this.version) {
      this.asked.clear();
      this.askedAt = this.version;
    }
    const id = `${entry.shape.id}\u0000${entry.written}`;
    let found = this.asked.get(id);
    if (!found) {
      const all = this.disagreeing(entry, false, null);
      const perNote = new Map<string, number>();
      let most = 0;
      for (const e of all) {
        const n = (perNote.get(e.note.path) ?? 0) + 1;
        perNote.set(e.note.path, n);
        if (n > most) most = n;
      }
      // A note asking skips its own figures, at most `most` of them: the first ten others are among these.
      this.asked.set(id, (found = { ordered: firstInOrder(all, MAX_OTHERS + most), count: all.length, perNote }));
    }
    return found;
  }

  /**
   * Figures in other notes that state the same statistic as `entry` with a value that
   * does not agree (only the reported ones when `reportedOnly`), in the buckets' order;
   * `except` null: those of `entry`'s own note too.
   */
  private disagreeing(entry: Entry, reportedOnly: boolean, except: string | null = entry.note.path): Entry[] {
    const key = entry.shape.sample;
    const buckets: Bucket[] = [];
    const byRecord = key.recordId !== undefined ? this.byRecord.get(key.recordId) : undefined;
    if (byRecord) buckets.push(byRecord);
    // Every figure `sameStatistic` accepts holds all the lookup terms: scan the rarest one's.
    let rarest: Bucket | undefined;
    for (const term of lookupTerms(key)) {
      const bucket = this.byTerm.get(termKey(key, term));
      if (!bucket) {
        rarest = undefined;
        break;
      }
      if (!rarest || bucket.size < rarest.size) rarest = bucket;
    }
    if (rarest) buckets.push(rarest);
    // A figure is in both buckets at most: only then can it come twice.
    const seen = buckets.length > 1 ? new Set<Entry>() : undefined;
    const out: Entry[] = [];
    for (const bucket of buckets) {
      for (const byShape of bucket.groups.values()) {
        // Figures written alike agree alike: the cheap value comparison once per way of writing a figure…
        if (figuresAgree(entry.claim, first(first(byShape.values()).all).claim)) continue;
        // …then the weighing once per shape.
        for (const group of byShape.values()) {
          const members = reportedOnly ? group.reported : group.all;
          if (members.size === 0 || !this.same(entry.shape, first(group.all).shape)) continue;
          for (const other of members) {
            if (other.note.path === except || seen?.has(other)) continue;
            seen?.add(other);
            out.push(other);
          }
        }
      }
    }
    return out;
  }

  private same(a: Shape, b: Shape): boolean {
    let same = a.same.get(b.id);
    if (same === undefined) {
      same = sameStatistic(a.sample, b.sample);
      a.same.set(b.id, same);
      b.same.set(a.id, same);
    }
    return same;
  }

  /** The shape of a key, shared with every equal key in the index. */
  private shapeOf(key: SubjectKey): Shape {
    // Keys are looked up by their sentence (a string the key holds anyway), then compared field by field.
    let inSentence = this.shapes.get(key.place.text);
    if (!inSentence) this.shapes.set(key.place.text, (inSentence = new Map()));
    let alike = inSentence.get(key.place.claimStart);
    if (!alike) inSentence.set(key.place.claimStart, (alike = []));
    for (const shape of alike) {
      if (equalData(shape.sample, key)) {
        shape.refs++;
        return shape;
      }
    }
    const created: Shape = { id: this.nextShape++, sample: key, refs: 1, same: new Map() };
    alike.push(created);
    this.shapeById.set(created.id, created);
    return created;
  }

  private release(shape: Shape): void {
    if (--shape.refs > 0) return;
    const text = shape.sample.place.text;
    const inSentence = this.shapes.get(text)!;
    const alike = inSentence.get(shape.sample.place.claimStart)!;
    alike.splice(alike.indexOf(shape), 1);
    if (alike.length === 0) inSentence.delete(shape.sample.place.claimStart);
    if (inSentence.size === 0) this.shapes.delete(text);
    this.shapeById.delete(shape.id);
    for (const id of shape.same.keys()) this.shapeById.get(id)?.same.delete(shape.id);
  }

  /** Takes a note's entries out of the lookups; returns the notes that read it, which no longer do. */
  private unlink(path: string): Set<string> {
    for (const entry of this.entries.get(path) ?? []) {
      const key = entry.shape.sample;
      for (const term of key.near) remove(this.byTerm, termKey(key, term), entry);
      if (key.recordId !== undefined) remove(this.byRecord, key.recordId, entry);
      this.release(entry.shape);
    }
    this.entries.delete(path);
    const before = this.readers.get(path) ?? new Set<string>();
    for (const reader of before) this.reads.get(reader)?.delete(path);
    this.readers.delete(path);
    for (const source of this.reads.get(path) ?? []) this.readers.get(source)?.delete(path);
    this.reads.delete(path);
    return before;
  }

  /** `reader` reports a figure that disagrees with one of `source`'s. */
  private link(source: string, reader: string): void {
    let readers = this.readers.get(source);
    if (!readers) this.readers.set(source, (readers = new Set()));
    readers.add(reader);
    let reads = this.reads.get(reader);
    if (!reads) this.reads.set(reader, (reads = new Set()));
    reads.add(source);
  }
}

function termKey(key: SubjectKey, term: string): string {
  return `${lookupKey(key)}\u0000${term}`;
}

/**
 * Figures of one lookup key, grouped by how they are written, then by shape: figures
 * written alike agree or disagree alike with any other, and figures alike in every
 * field are the same statistic as another or not alike, so each group is compared
 * once (a notebook repeats its figures; 5,000 copies of one are one comparison).
 */
class Bucket {
  size = 0;
  /** How the figure is written → its shape's id → the figures. */
  readonly groups = new Map<string, Map<number, Group>>();

  add(entry: Entry): void {
    const id = entry.written;
    let byShape = this.groups.get(id);
    if (!byShape) this.groups.set(id, (byShape = new Map()));
    let group = byShape.get(entry.shape.id);
    if (!group) byShape.set(entry.shape.id, (group = { all: new Set(), reported: new Set() }));
    if (group.all.has(entry)) return;
    this.size++;
    group.all.add(entry);
    if (entry.reported) group.reported.add(entry);
  }

  delete(entry: Entry): void {
    const id = entry.written;
    const byShape = this.groups.get(id);
    const group = byShape?.get(entry.shape.id);
    if (!group?.all.delete(entry)) return;
    group.reported.delete(entry);
    this.size--;
    if (group.all.size === 0) byShape!.delete(entry.shape.id);
    if (byShape!.size === 0) this.groups.delete(id);
  }
}

/** Figures of one bucket written alike and alike in every field; the reported ones apart too (a note changing needs only them). */
interface Group {
  all: Set<Entry>;
  reported: Set<Entry>;
}

/** Figures that disagree with one shape written one way, in the order an inconsistency lists them. */
interface Disagreement {
  /** The first of them by note label then position (ties in the buckets' order). */
  ordered: Entry[];
  /** How many there are. */
  count: number;
  /** Note path → how many of them it holds. */
  perNote: Map<string, number>;
}

/**
 * The first `count` figures by note label then position, ties in the given order: what
 * a stable sort then a slice gives, without sorting the thousands a figure may disagree with.
 */
function firstInOrder(entries: Entry[], count: number): Entry[] {
  const before = (a: Entry, b: Entry): boolean => (a.note.label !== b.note.label ? a.note.label < b.note.label : a.claim.start < b.claim.start);
  const top: Entry[] = [];
  for (const entry of entries) {
    if (top.length === count && !before(entry, top[count - 1])) continue;
    // After every entry it does not come before, so equal ones keep their order.
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1])) at--;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

/** What `figuresAgree` reads of a figure. */
function written(claim: IndexedClaim): string {
  return `${claim.value}\u0000${claim.max ?? ''}\u0000${claim.precision}\u0000${claim.hedge ?? ''}`;
}

/** Equal plain data (what JSON holds: objects, arrays, strings, numbers, booleans), field by field. */
function equalData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    if (a.length <= LONG_LIST) return equalItems(a, b);
    // A sentence's figures are one list shared by all its keys (which are never changed once made): compared once per pair of lists.
    let known = comparedLists.get(a);
    if (!known) comparedLists.set(a, (known = new WeakMap()));
    let same = known.get(b);
    if (same === undefined) known.set(b, (same = equalItems(a, b)));
    return same;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !equalData(x[k], y[k])) return false;
  return true;
}

const LONG_LIST = 16;
const comparedLists = new WeakMap<unknown[], WeakMap<unknown[], boolean>>();

function equalItems(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (!equalData(a[i], b[i])) return false;
  return true;
}

function first<T>(items: Iterable<T>): T {
  for (const item of items) return item;
  throw new Error('an empty group is never kept');
}


function add<K>(map: Map<K, Bucket>, key: K, value: Entry): void {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = new Bucket()));
  bucket.add(value);
}

function remove<K>(map: Map<K, Bucket>, key: K, value: Entry): void {
  const bucket = map.get(key);
  if (!bucket) return;
  bucket.delete(value);
  if (bucket.size === 0) map.delete(key);
}

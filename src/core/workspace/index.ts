import { inconsistent, type OtherStatement } from '../rules/inconsistent';
import { hash36 } from '../text/hash';
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
}

/**
 * Figures whose keys are equal in every field (notes repeat sentences, and a folder of
 * copies repeats whole notes): `sameStatistic` is worked out once per pair of shapes.
 */
interface Shape {
  id: number;
  /** Its key in `WorkspaceIndex.shapes`. */
  key: string;
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
  /** Notes with figures that disagree, both ways. */
  private readonly partners = new Map<string, Set<string>>();
  private readonly entries = new Map<string, Entry[]>();
  private readonly shapes = new Map<string, Shape>();
  private readonly shapeById = new Map<number, Shape>();
  private nextShape = 0;
  /** Bumped on every change, so views can tell they are stale. */
  version = 0;

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
    for (const claim of claims) {
      if (!compared(claim)) continue;
      const entry = { note, claim, shape: this.shapeOf(claim.subject!) };
      entries.push(entry);
      const key = claim.subject!;
      for (const term of key.near) add(this.byTerm, termKey(key, term), entry);
      if (key.recordId !== undefined) add(this.byRecord, key.recordId, entry);
    }
    this.entries.set(path, entries);
    const now = new Set<string>();
    for (const entry of entries) for (const other of this.disagreeing(entry)) now.add(other.note.path);
    for (const other of now) {
      this.partnersOf(path).add(other);
      this.partnersOf(other).add(path);
    }
    this.version++;
    return [path, ...new Set([...before, ...now])];
  }

  /** Removes a note; returns the notes whose inconsistencies may have changed. */
  remove(path: string): string[] {
    if (!this.notes.has(path)) return [];
    const before = this.unlink(path);
    this.notes.delete(path);
    this.partners.delete(path);
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
      const others = this.disagreeing(entry)
        .map((e): OtherStatement => ({ path: e.note.path, label: e.note.label, claim: e.claim }))
        .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.claim.start - b.claim.start));
      if (others.length === 0) continue;
      out.push({
        claim: entry.claim,
        // A figure dozens of notes state otherwise links to a few of them: a diagnostic with thousands of
        // related places, sent for every note on every change, took an editor's extension host down.
        others: others.slice(0, MAX_OTHERS),
        total: others.length,
        code: inconsistent.code,
        severity: note.severity,
        message: inconsistent.message(entry.claim, others[0], new Set(others.map((o) => o.path)).size - 1),
        fixes: inconsistent.fixes(entry.claim, others[0]),
      });
    }
    return out;
  }

  /** Figures in other notes that state the same statistic as `entry` with a value that does not agree. */
  private disagreeing(entry: Entry): Entry[] {
    const key = entry.claim.subject!;
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
    const seen = new Set<Entry>();
    const out: Entry[] = [];
    for (const bucket of buckets) {
      for (const byShape of bucket.groups.values()) {
        // Figures written alike agree alike: the cheap value comparison once per way of writing a figure…
        if (figuresAgree(entry.claim, first(first(byShape.values())).claim)) continue;
        // …then the weighing once per shape.
        for (const group of byShape.values()) {
          if (!this.same(entry.shape, first(group).shape)) continue;
          for (const other of group) {
            if (seen.has(other) || other.note.path === entry.note.path) continue;
            seen.add(other);
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
    const json = JSON.stringify(key);
    const hash = hash36(json);
    for (let n = 0; ; n++) {
      const id = n === 0 ? hash : `${hash}#${n}`;
      const shape = this.shapes.get(id);
      if (!shape) {
        const created: Shape = { id: this.nextShape++, key: id, sample: key, refs: 1, same: new Map() };
        this.shapes.set(id, created);
        this.shapeById.set(created.id, created);
        return created;
      }
      // Equal hashes of different keys share nothing.
      if (JSON.stringify(shape.sample) === json) {
        shape.refs++;
        return shape;
      }
    }
  }

  private release(shape: Shape): void {
    if (--shape.refs > 0) return;
    this.shapes.delete(shape.key);
    this.shapeById.delete(shape.id);
    for (const id of shape.same.keys()) this.shapeById.get(id)?.same.delete(shape.id);
  }

  /** Takes a note's entries out of the lookups; returns its former partners, which no longer point at it. */
  private unlink(path: string): Set<string> {
    for (const entry of this.entries.get(path) ?? []) {
      const key = entry.claim.subject!;
      for (const term of key.near) remove(this.byTerm, termKey(key, term), entry);
      if (key.recordId !== undefined) remove(this.byRecord, key.recordId, entry);
      this.release(entry.shape);
    }
    this.entries.delete(path);
    const before = this.partners.get(path) ?? new Set<string>();
    for (const other of before) this.partners.get(other)?.delete(path);
    this.partners.set(path, new Set());
    return before;
  }

  private partnersOf(path: string): Set<string> {
    let set = this.partners.get(path);
    if (!set) this.partners.set(path, (set = new Set()));
    return set;
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
  readonly groups = new Map<string, Map<number, Set<Entry>>>();

  add(entry: Entry): void {
    const id = written(entry.claim);
    let byShape = this.groups.get(id);
    if (!byShape) this.groups.set(id, (byShape = new Map()));
    let group = byShape.get(entry.shape.id);
    if (!group) byShape.set(entry.shape.id, (group = new Set()));
    if (!group.has(entry)) this.size++;
    group.add(entry);
  }

  delete(entry: Entry): void {
    const id = written(entry.claim);
    const byShape = this.groups.get(id);
    const group = byShape?.get(entry.shape.id);
    if (!group?.delete(entry)) return;
    this.size--;
    if (group.size === 0) byShape!.delete(entry.shape.id);
    if (byShape!.size === 0) this.groups.delete(id);
  }
}

/** What `figuresAgree` reads of a figure. */
function written(claim: IndexedClaim): string {
  return `${claim.value}\u0000${claim.max ?? ''}\u0000${claim.precision}\u0000${claim.hedge ?? ''}`;
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

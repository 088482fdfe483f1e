// The warm start: a window reopened on an unchanged workspace, the extension's own indexer starting from
// its index cache (src/core/index/cache/, here in a temporary folder through the same read and write),
// against the floor of finding and stat-ing every file: the workspace's find (as the indexer finds them),
// then a synchronous stat of each. Customers first, as the extension reads them; then every Markdown
// note for its links, until the mentions are joined into the customers. Proofs: not one note read, the
// customers as the cold index read them, the mentions as the generator wrote them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readCacheFile } from '../src/core/index/cache/cacheFile';
import { cacheFileName } from '../src/core/index/cache/noteCache';
import { CustomerIndex } from '../src/core/index/customerIndex';
import { NoteIndexer, type IndexerTiming } from '../src/core/index/noteIndexer';
import type { NoteKind, NoteStore } from '../src/core/index/noteKind';
import { customerNotes, linkingNotes } from '../src/core/index/noteKinds';
import type { FolderSettings, Logger, Settings } from '../src/core/index/ports';
import { yieldToHost } from '../src/core/index/yieldToHost';
import type { CustomerNote } from '../src/core/model';
import type { Corpus } from './corpus';
import { folderOfIn, mentionsNotAsWritten, TimedMentionIndex } from './mentionsAsWritten';
import { NodeStorage } from './nodeStorage';
import type { NodeWorkspace } from './nodeWorkspace';

const VERSION = 'bench';

export interface WarmContext {
  readonly runs: number;
  readonly settings: FolderSettings;
  readonly timing: IndexerTiming;
  readonly log: Logger;
  median(xs: number[]): number;
  prove(ok: boolean, what: string): void;
  fullGc(): void;
}

export interface WarmResult {
  /** Floor W: the workspace's find of the customer glob, then a stat of every file. */
  warmFloorMs: number;
  warmFloorFindMs: number;
  /** Rapport's warm start of the customers: cache read and checked, every file stat-ed, the index filled. */
  warmMs: number;
  warmRatio: number;
  /** Of which reading the cache file and checking every line of it. */
  warmCacheMs: number;
  warmCacheMB: number;
  warmReads: number;
  warmHeapMBPer1000: number;
  warmEventLoopMaxMs: number;
  /** Writing the cache after the first (cold) scan: every note encoded, the file written. */
  warmWriteMs: number;
  /** The same for every Markdown note (the notes glob), until the mentions are joined. */
  mentionWarmFloorMs: number;
  mentionWarmMs: number;
  mentionWarmRatio: number;
  mentionWarmCacheMs: number;
  mentionWarmJoinMs: number;
  mentionWarmCacheMB: number;
  mentionWarmReads: number;
}

/** The floor: every file the glob matches found through the workspace, then stat-ed synchronously. */
async function floorFindStat(port: NodeWorkspace, glob: string): Promise<{ ms: number; findMs: number }> {
  const t0 = performance.now();
  const ids = await port.find(port.folder, glob);
  const t1 = performance.now();
  let bytes = 0;
  for (const id of ids) bytes += fs.statSync(fileURLToPath(id)).size;
  if (bytes === 0) throw new Error('no files');
  return { ms: performance.now() - t0, findMs: t1 - t0 };
}

/** One window's scan from the cache: how long until the store holds every note, and how many files it read. */
async function scanFromCache<T extends { readonly id: string }>(
  port: NodeWorkspace, storage: NodeStorage, kind: NoteKind<T>, store: NoteStore<T>, ctx: WarmContext,
): Promise<{ ms: number; reads: number; writeMs: number }> {
  const settings: Settings = { folder: () => ctx.settings };
  const indexer = new NoteIndexer(store, kind, port, settings, ctx.log, ctx.timing, { storage, version: VERSION });
  port.reset();
  const t0 = performance.now();
  await indexer.rescan({ fromCache: true });
  const ms = performance.now() - t0;
  const reads = port.counters.opened.length;
  // Written in the background a few seconds after a scan that changed anything; here at once.
  const t1 = performance.now();
  await indexer.flushCache();
  const writeMs = performance.now() - t1;
  indexer.dispose();
  port.reset();
  return { ms, reads, writeMs };
}

/** Reading the cache file and checking every line, as the indexer does first. */
async function readAndCheck<T extends { readonly id: string }>(storage: NodeStorage, kind: NoteKind<T>, ctx: WarmContext): Promise<number> {
  const t0 = performance.now();
  const text = fs.readFileSync(path.join(storage.dir, cacheFileName(kind)), 'utf8');
  const read = await readCacheFile(text, { kind: kind.cacheName, version: VERSION }, () => ctx.settings, kind.codec, yieldToHost);
  if (!read.ok) throw new Error(`the cache does not read back: ${read.reason}`);
  return performance.now() - t0;
}

/** Every note as a reader sees it (lines placed later included), by id. */
/** What the notes say, in id order, each object's keys in one order: the index cache need not keep the order keys were written in. */
const said = (notes: readonly object[]) => JSON.stringify([...notes].sort((a, b) => ((a as CustomerNote).id < (b as CustomerNote).id ? -1 : 1)), keysInOrder);

function keysInOrder(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function benchWarm(port: NodeWorkspace, corpus: Corpus, cold: CustomerIndex, ctx: WarmContext): Promise<WarmResult> {
  const n = corpus.params.customers;
  const storage = new NodeStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-cache-')));
  try {
    // The first window reads every note and writes the cache; a second one warms the JIT and the page cache.
    const first = await scanFromCache(port, storage, customerNotes, new CustomerIndex(), ctx);
    ctx.prove(first.reads === n, `${n}: the first window read ${first.reads} customer notes`);
    await scanFromCache(port, storage, customerNotes, new CustomerIndex(), ctx);

    const [floor, floorFind, warm, cache, heap, reads]: number[][] = [[], [], [], [], [], []];
    // The index lives only here: a local of this function would keep the previous run's alive while
    // the next run's heap baseline is taken.
    const holder: { index?: CustomerIndex } = {};
    const warmInto = async () => {
      const index = new CustomerIndex();
      const scanned = await scanFromCache(port, storage, customerNotes, index, ctx);
      holder.index = index;
      return scanned;
    };
    for (let run = 0; run < ctx.runs; run++) {
      const f = await floorFindStat(port, ctx.settings.customerGlob);
      floor.push(f.ms);
      floorFind.push(f.findMs);
      cache.push(await readAndCheck(storage, customerNotes, ctx));
      holder.index = undefined;
      ctx.fullGc();
      const heapBefore = process.memoryUsage().heapUsed;
      const w = await warmInto();
      ctx.fullGc();
      heap.push(process.memoryUsage().heapUsed - heapBefore);
      warm.push(w.ms);
      reads.push(w.reads);
    }
    const warmIndex = holder.index!;
    ctx.prove(reads.every((r) => r === 0), `${n}: a warm start read ${Math.max(...reads)} customer notes of an unchanged corpus`);
    ctx.prove(warmIndex.all().length === n && said(warmIndex.all()) === said(cold.all()), `${n}: the warm index differs from the cold one`);

    const eld: number[] = [];
    for (let run = 0; run < 3; run++) {
      const h = monitorEventLoopDelay({ resolution: 1 });
      h.enable();
      await scanFromCache(port, storage, customerNotes, new CustomerIndex(), ctx);
      await yieldToHost();
      h.disable();
      eld.push(h.max / 1e6);
    }

    const mentions = await benchMentionWarm(port, corpus, cold.all(), storage, ctx);
    const warmMs = ctx.median(warm);
    const floorMs = ctx.median(floor);
    return {
      warmFloorMs: floorMs,
      warmFloorFindMs: ctx.median(floorFind),
      warmMs,
      warmRatio: warmMs / floorMs,
      warmCacheMs: ctx.median(cache),
      warmCacheMB: storage.size(cacheFileName(customerNotes)) / 1048576,
      warmReads: Math.max(...reads),
      warmHeapMBPer1000: ctx.median(heap) / 1048576 / (n / 1000),
      warmEventLoopMaxMs: ctx.median(eld),
      warmWriteMs: first.writeMs,
      ...mentions,
    };
  } finally {
    storage.remove();
  }
}

async function benchMentionWarm(port: NodeWorkspace, corpus: Corpus, customers: readonly CustomerNote[], storage: NodeStorage, ctx: WarmContext) {
  const n = corpus.params.customers;
  const joined = () => {
    const index = new CustomerIndex();
    index.replaceAll(customers);
    return { index, mentions: new TimedMentionIndex(index, folderOfIn(port)) };
  };
  const first = joined();
  const cold = await scanFromCache(port, storage, linkingNotes, first.mentions, ctx);
  ctx.prove(cold.reads === corpus.noteFiles.length, `${n}: the first window read ${cold.reads} of ${corpus.noteFiles.length} Markdown notes`);
  await scanFromCache(port, storage, linkingNotes, joined().mentions, ctx);

  const [floor, warm, cache, join, reads]: number[][] = [[], [], [], [], []];
  let last = first;
  for (let run = 0; run < ctx.runs; run++) {
    floor.push((await floorFindStat(port, ctx.settings.notesGlob)).ms);
    cache.push(await readAndCheck(storage, linkingNotes, ctx));
    last = joined();
    const w = await scanFromCache(port, storage, linkingNotes, last.mentions, ctx);
    warm.push(w.ms);
    reads.push(w.reads);
    join.push(last.mentions.replaceAllMs);
  }
  ctx.prove(reads.every((r) => r === 0), `${n}: a warm start read ${Math.max(...reads)} Markdown notes of an unchanged corpus`);
  const wrong = mentionsNotAsWritten(port, corpus, last.index);
  ctx.prove(wrong === 0, `${n}: after a warm start, ${wrong} customers' mentions differ from what the generator wrote`);
  const warmMs = ctx.median(warm);
  const floorMs = ctx.median(floor);
  return {
    mentionWarmFloorMs: floorMs,
    mentionWarmMs: warmMs,
    mentionWarmRatio: warmMs / floorMs,
    mentionWarmCacheMs: ctx.median(cache),
    mentionWarmJoinMs: ctx.median(join),
    mentionWarmCacheMB: storage.size(cacheFileName(linkingNotes)) / 1048576,
    mentionWarmReads: Math.max(...reads),
  };
}

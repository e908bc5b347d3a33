import { DossierError } from '../../errors.js';
import type { ChainWeights } from './chain.js';
import { LABEL_COUNT } from './decode.js';
import type { NerWeights } from './model.js';

/** Format version written into the model file; bump when the features or layout change. */
export const NER_FORMAT_VERSION = 3;

const MAGIC = 0x52454e44; // "DNER" little-endian

interface Header {
  version: number;
  buckets: number;
  labels: number;
  passes: number[];
  gazetteer: [string, number][];
  /** Absent in format 2. */
  clusters?: [string, number][];
}

/**
 * Serialises the weights compactly: a JSON header (word lists) and, per pass, the transitions and
 * only the buckets a training update touched (a perceptron leaves most of them at zero).
 * Deterministic: the same weights give the same bytes. Takes the dense weights training makes.
 */
export function encodeNerWeights(weights: NerWeights): Uint8Array {
  if (weights.rows)
    throw new Error('encodeNerWeights takes the dense weights of training, not a decoded model');
  const rows = weights.passes.map((p) => usedRows(p, weights.buckets));
  const header: Header = {
    version: NER_FORMAT_VERSION,
    buckets: weights.buckets,
    labels: LABEL_COUNT,
    passes: rows.map((r) => r.length),
    gazetteer: sortedEntries(weights.gazetteer),
    clusters: sortedEntries(weights.clusters),
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerBytes = 8 + Math.ceil(json.length / 4) * 4;
  const passBytes = rows.map(
    (r) => (weights.passes[0].transitions.length + r.length * (1 + LABEL_COUNT)) * 4,
  );
  const out = new Uint8Array(headerBytes + passBytes.reduce((a, b) => a + b, 0));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = headerBytes;
  weights.passes.forEach((pass, p) => {
    for (const v of pass.transitions) at = putFloat(view, at, v);
    for (const row of rows[p]) {
      view.setUint32(at, row, true);
      at += 4;
      for (let y = 0; y < LABEL_COUNT; y++) at = putFloat(view, at, pass.emissions[row * LABEL_COUNT + y]);
    }
  });
  return out;
}

/** Reads what `encodeNerWeights` wrote; throws a DossierError naming `source` when the bytes are not a model. */
export function decodeNerWeights(bytes: Uint8Array, source: string): NerWeights {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC) {
    throw new DossierError(
      'not a Dossier NER model file',
      'run `npm run train:ner` to rebuild models/',
      source,
    );
  }
  const length = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  // Format 2 is format 3 without word clusters: its weights read the same features.
  if ((header.version !== NER_FORMAT_VERSION && header.version !== 2) || header.labels !== LABEL_COUNT) {
    throw new DossierError(
      `NER model format ${header.version} is not ${NER_FORMAT_VERSION}`,
      'run `npm run train:ner` to rebuild models/',
      source,
    );
  }
  // Read each pass's rows, then lay every bucket any pass uses out as one compact row.
  let at = 8 + Math.ceil(length / 4) * 4;
  const read = header.passes.map((rowCount) => {
    const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT);
    for (let k = 0; k < transitions.length; k++, at += 4) transitions[k] = view.getFloat32(at, true);
    const buckets = new Uint32Array(rowCount);
    const values = new Float32Array(rowCount * LABEL_COUNT);
    for (let r = 0; r < rowCount; r++) {
      buckets[r] = view.getUint32(at, true);
      at += 4;
      for (let y = 0; y < LABEL_COUNT; y++, at += 4) values[r * LABEL_COUNT + y] = view.getFloat32(at, true);
    }
    return { transitions, buckets, values };
  });
  const rows = new Int32Array(header.buckets).fill(-1);
  let used = 0;
  for (const pass of read) for (const b of pass.buckets) if (rows[b] < 0) rows[b] = used++;
  const passes: ChainWeights[] = read.map(({ transitions, buckets, values }) => {
    const emissions = new Float32Array(used * LABEL_COUNT);
    buckets.forEach((b, r) => {
      emissions.set(values.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), rows[b] * LABEL_COUNT);
    });
    return { transitions, emissions };
  });
  return {
    buckets: header.buckets,
    gazetteer: new Map(header.gazetteer),
    clusters: new Map(header.clusters ?? []),
    passes,
    rows,
  };
}

function sortedEntries(map: Map<string, number>): [string, number][] {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function usedRows(pass: ChainWeights, buckets: number): number[] {
  const rows: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let y = 0; y < LABEL_COUNT; y++) {
      if (pass.emissions[b * LABEL_COUNT + y] !== 0) {
        rows.push(b);
        break;
      }
    }
  }
  return rows;
}

function putFloat(view: DataView, at: number, v: number): number {
  view.setFloat32(at, v, true);
  return at + 4;
}

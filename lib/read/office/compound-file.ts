import { CvError } from '../../errors';

// A bounded reader of the OLE compound file [MS-CFB], the container of Word 97–2003 documents:
// a FAT-like file system inside the file. The header lists the sectors of the FAT (109 in the
// header, more in a chain of DIFAT sectors); the FAT chains sectors into streams; the directory
// (a stream of 128-byte entries) names them; streams under the cutoff (4096 bytes) live in 64-byte
// mini sectors inside the mini stream, chained by the mini FAT.
//
// A hostile file can claim anything, so every number is checked before it is used: a sector index
// must fall inside the file, a chain is followed at most once per sector (a loop stops it), a
// stream is never longer than the file, and the directory holds at most MAX_DIRECTORY_ENTRIES.
// A chain that runs past the end of a truncated file gives the sectors that are there.

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_DIFAT_ENTRIES = 109;
const ENTRY_BYTES = 128;
const MINI_SECTOR_BYTES = 64;
/** Indexes at or above this are markers (FREESECT, ENDOFCHAIN, FATSECT, DIFSECT), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
/** An Office document's directory holds a few tens of entries; embedded objects add a few each. */
export const MAX_DIRECTORY_ENTRIES = 50_000;

const STREAM = 2;
const ROOT = 5;

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Names of the streams directly under the root storage. */
  readonly names: readonly string[];
  /** A stream directly under the root storage, or null when there is none of that name. */
  stream(name: string): Uint8Array | null;
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  return new CompoundFileReader(bytes);
}

class CompoundFileReader implements CompoundFile {
  private readonly view: DataView;
  private readonly sectorBytes: number;
  /** Whole or partial sectors after the header. */
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly miniCutoff: number;
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;
  private readonly entries: DirectoryEntry[];
  private readonly rootStreams = new Map<string, DirectoryEntry>();

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512 || SIGNATURE.some((byte, index) => bytes[index] !== byte)) throw new CvError('corrupt-file', 'not a compound file');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sectorShift = this.u16(30);
    if (sectorShift !== 9 && sectorShift !== 12) throw new CvError('corrupt-file', `compound file sector shift ${sectorShift}`);
    this.sectorBytes = 1 << sectorShift;
    this.sectorCount = Math.max(0, Math.ceil((bytes.length - this.sectorBytes) / this.sectorBytes));
    // Files written with 4096-byte sectors keep the 512-byte header alone in the first sector.
    this.miniCutoff = Math.min(this.u32(56), 4096) || 4096;
    this.fat = this.readFat();
    this.entries = this.readDirectory();
    const root = this.entries[0];
    if (!root || root.type !== ROOT) throw new CvError('corrupt-file', 'compound file without a root entry');
    for (const entry of this.children(root)) if (entry.type === STREAM && !this.rootStreams.has(entry.name)) this.rootStreams.set(entry.name, entry);
  }

  get names(): readonly string[] {
    return [...this.rootStreams.keys()];
  }

  stream(name: string): Uint8Array | null {
    const entry = this.rootStreams.get(name);
    if (!entry) return null;
    const size = Math.min(entry.size, this.bytes.length);
    if (size === 0) return new Uint8Array(0);
    if (size < this.miniCutoff) return this.readMini(entry.start, size);
    return this.readChain(this.fat, entry.start, size, (sector) => this.sector(sector), this.sectorBytes);
  }

  private u16(at: number): number {
    return at + 2 <= this.bytes.length ? this.view.getUint16(at, true) : 0;
  }

  private u32(at: number): number {
    return at + 4 <= this.bytes.length ? this.view.getUint32(at, true) : NO_STREAM;
  }

  /** A sector's bytes (fewer at the end of a truncated file), or null past the end. */
  private sector(index: number): Uint8Array | null {
    if (index >= this.sectorCount) return null;
    const start = (index + 1) * this.sectorBytes;
    return this.bytes.subarray(start, Math.min(start + this.sectorBytes, this.bytes.length));
  }

  /** The FAT sectors: 109 named in the header, then those of the DIFAT chain. */
  private readFat(): Uint32Array {
    const fatSectors: number[] = [];
    const add = (sector: number) => {
      if (sector < MAX_REGULAR_SECTOR && sector < this.sectorCount && fatSectors.length < this.sectorCount) fatSectors.push(sector);
    };
    for (let index = 0; index < HEADER_DIFAT_ENTRIES; index += 1) add(this.u32(76 + index * 4));
    const perDifat = this.sectorBytes / 4 - 1;
    const seen = new Set<number>();
    for (let difat = this.u32(68); difat < MAX_REGULAR_SECTOR && !seen.has(difat); ) {
      seen.add(difat);
      const data = this.sector(difat);
      if (!data || data.length < this.sectorBytes) break;
      const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
      for (let index = 0; index < perDifat; index += 1) add(words.getUint32(index * 4, true));
      difat = words.getUint32(perDifat * 4, true);
    }
    const perSector = this.sectorBytes / 4;
    const fat = new Uint32Array(fatSectors.length * perSector).fill(NO_STREAM);
    for (const [order, sector] of fatSectors.entries()) {
      const data = this.sector(sector)!;
      const words = new DataView(data.buffer, data.byteOffset, data.byteLength);
      for (let index = 0; index * 4 + 4 <= data.length; index += 1) fat[order * perSector + index] = words.getUint32(index * 4, true);
    }
    return fat;
  }

  /**
   * Follows a chain from `start`, gathering at most `size` bytes. Each link is visited once: a chain
   * that loops, leaves the table or points past the file ends there, with what was read so far.
   */
  private readChain(table: Uint32Array, start: number, size: number, unit: (index: number) => Uint8Array | null, unitBytes: number): Uint8Array {
    const out = new Uint8Array(size);
    const visited = new Uint8Array(table.length);
    let written = 0;
    for (let index = start; written < size && index < table.length && visited[index] === 0; index = table[index]!) {
      visited[index] = 1;
      const data = unit(index);
      if (!data) break;
      const take = Math.min(data.length, size - written, unitBytes);
      out.set(data.subarray(0, take), written);
      written += take;
      if (data.length < unitBytes) break;
    }
    return written === size ? out : out.subarray(0, written);
  }

  private readMini(start: number, size: number): Uint8Array {
    if (!this.miniFat) {
      const root = this.entries[0]!;
      const miniFatBytes = this.readChain(this.fat, this.u32(60), Math.min(this.u32(64) * this.sectorBytes, this.bytes.length), (sector) => this.sector(sector), this.sectorBytes);
      this.miniFat = new Uint32Array(miniFatBytes.length >> 2);
      const words = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
      for (let index = 0; index < this.miniFat.length; index += 1) this.miniFat[index] = words.getUint32(index * 4, true);
      this.miniStream = this.readChain(this.fat, root.start, Math.min(root.size, this.bytes.length), (sector) => this.sector(sector), this.sectorBytes);
    }
    const mini = this.miniStream!;
    const unit = (index: number) => {
      const at = index * MINI_SECTOR_BYTES;
      return at < mini.length ? mini.subarray(at, Math.min(at + MINI_SECTOR_BYTES, mini.length)) : null;
    };
    return this.readChain(this.miniFat, start, size, unit, MINI_SECTOR_BYTES);
  }

  private readDirectory(): DirectoryEntry[] {
    const data = this.readChain(this.fat, this.u32(48), Math.min(MAX_DIRECTORY_ENTRIES * ENTRY_BYTES, this.bytes.length), (sector) => this.sector(sector), this.sectorBytes);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const version4 = this.u16(26) === 4;
    const entries: DirectoryEntry[] = [];
    for (let at = 0; at + ENTRY_BYTES <= data.length; at += ENTRY_BYTES) {
      const nameBytes = Math.min(view.getUint16(at + 64, true), 64);
      let name = '';
      // The length counts the terminating NUL.
      for (let offset = 0; offset < nameBytes - 2; offset += 2) {
        const code = view.getUint16(at + offset, true);
        if (code === 0) break;
        name += String.fromCharCode(code);
      }
      // Version 3 files may leave garbage in the size's high half ([MS-CFB] 2.6.3).
      const high = version4 ? view.getUint32(at + 124, true) : 0;
      entries.push({
        name,
        type: data[at + 66]!,
        left: view.getUint32(at + 68, true),
        right: view.getUint32(at + 72, true),
        child: view.getUint32(at + 76, true),
        start: view.getUint32(at + 116, true),
        size: high > 0 ? this.bytes.length : view.getUint32(at + 120, true),
      });
    }
    return entries;
  }

  /** A storage's children: its red-black tree walked with a stack, each entry once. */
  private children(storage: DirectoryEntry): DirectoryEntry[] {
    const found: DirectoryEntry[] = [];
    const seen = new Uint8Array(this.entries.length);
    const stack = [storage.child];
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (index >= this.entries.length || seen[index]) continue;
      seen[index] = 1;
      const entry = this.entries[index]!;
      found.push(entry);
      stack.push(entry.right, entry.left);
    }
    return found;
  }
}

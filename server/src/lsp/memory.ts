// Memory of the language-server process: what `shengao/memory` reports.
import { getHeapSpaceStatistics } from 'node:v8';

/** `shengao/memory`: where the server's memory is, for the benchmark's breakdown and for bug reports. */
export const MEMORY_REQUEST = 'shengao/memory';

export interface MemoryReport {
  /** Bytes, as process.memoryUsage() reports them. */
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Resident bytes of each V8 heap space (new_space, old_space, code_space, large_object_space…). */
  spaces: Record<string, number>;
}

export function memoryReport(): MemoryReport {
  const m = process.memoryUsage();
  const spaces: Record<string, number> = {};
  for (const s of getHeapSpaceStatistics()) if (s.physical_space_size) spaces[s.space_name] = s.physical_space_size;
  return { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers, spaces };
}

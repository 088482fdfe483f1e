// The index cache's storage on Node fs, for the benchmark: files in a folder of its own outside the
// corpus, written as a temporary file renamed over the old one, as the extension's storage does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { IndexStorage } from '../src/core/index/ports';

export class NodeStorage implements IndexStorage {
  constructor(readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  async read(name: string): Promise<string | undefined> {
    try {
      return fs.readFileSync(path.join(this.dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async write(name: string, text: string): Promise<void> {
    const temporary = path.join(this.dir, `${name}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, path.join(this.dir, name));
  }

  /** The size of a file in bytes. */
  size(name: string): number {
    return fs.statSync(path.join(this.dir, name)).size;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

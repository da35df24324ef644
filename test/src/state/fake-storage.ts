/** A Map-backed Storage that counts writes and can be told to fail. */
export class FakeStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  failWith: unknown;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWith !== undefined) throw this.failWith;
    this.writes += 1;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

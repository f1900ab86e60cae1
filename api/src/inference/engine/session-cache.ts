import { openSession, PROVIDER_ORDER, type OpenedSession, type ProviderName } from './providers';

/** A session borrowed from the cache; call done() when the job no longer runs it. */
export interface SessionLease extends OpenedSession {
  done(): void;
}

/** How the cache opens a model; openSession in production, a stand-in in specs. */
export type SessionOpener = (model: Uint8Array, order: readonly ProviderName[]) => Promise<OpenedSession>;

interface Entry {
  opened: OpenedSession;
  leases: number;
  evicted: boolean;
}

/**
 * The most recently used sessions, keyed by model sha256 and the provider they run on, so a worker
 * taking job after job for the same model does not pay the session start each time. A session
 * pushed out is released (native memory, GPU memory) once no job holds it any more.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly opening = new Map<string, Promise<Entry>>();

  constructor(
    private readonly capacity: number,
    private readonly open: SessionOpener = openSession,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`Session cache capacity must be a whole number above zero; got ${capacity}.`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached session for this model on the first provider in `order` that has one, else a newly opened one. */
  async acquire(
    sha256: string,
    loadModel: () => Promise<Uint8Array>,
    order: readonly ProviderName[] = PROVIDER_ORDER,
  ): Promise<SessionLease> {
    const cachedKey = order.map((provider) => keyOf(sha256, provider)).find((key) => this.entries.has(key));
    const entry = cachedKey ? this.touch(cachedKey) : await this.openOnce(sha256, loadModel, order);
    // A shared open can be pushed out (and released) by other inserts before this caller resumes.
    if (entry.evicted && entry.leases === 0) return this.acquire(sha256, loadModel, order);
    entry.leases += 1;
    let returned = false;
    return {
      ...entry.opened,
      done: () => {
        if (returned) return;
        returned = true;
        entry.leases -= 1;
        if (entry.evicted && entry.leases === 0) release(entry);
      },
    };
  }

  /** Releases every session no job holds; held ones are released when their lease ends. */
  clear(): void {
    for (const [key, entry] of this.entries) this.evict(key, entry);
  }

  private touch(key: string): Entry {
    const entry = this.entries.get(key) as Entry;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Two jobs asking for the same model at once share one session start. */
  private openOnce(
    sha256: string,
    loadModel: () => Promise<Uint8Array>,
    order: readonly ProviderName[],
  ): Promise<Entry> {
    const pendingKey = `${sha256}|${order.join(',')}`;
    let pending = this.opening.get(pendingKey);
    if (!pending) {
      pending = (async () => {
        const opened = await this.open(await loadModel(), order);
        return this.insert(keyOf(sha256, opened.provider), { opened, leases: 0, evicted: false });
      })().finally(() => this.opening.delete(pendingKey));
      this.opening.set(pendingKey, pending);
    }
    return pending;
  }

  private insert(key: string, entry: Entry): Entry {
    const existing = this.entries.get(key);
    if (existing) {
      // Another request with a different provider order opened the same model on the same provider.
      release(entry);
      return this.touch(key);
    }
    this.entries.set(key, entry);
    for (const [oldKey, old] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      this.evict(oldKey, old);
    }
    return entry;
  }

  private evict(key: string, entry: Entry): void {
    this.entries.delete(key);
    entry.evicted = true;
    if (entry.leases === 0) release(entry);
  }
}

function keyOf(sha256: string, provider: ProviderName): string {
  return `${sha256}|${provider}`;
}

function release(entry: Entry): void {
  // Releasing only frees native memory; if it fails there is nothing left for the job to do about it.
  entry.opened.session.release().catch(() => undefined);
}

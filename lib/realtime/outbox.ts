import type { Reply } from "./events";

export type Pending = { name: string; body: Record<string, unknown> & { clientId: string }; at: number };

/**
 * Requests waiting for the server's acknowledgement, kept in localStorage so that what a student
 * sends while offline survives a reload. Every item keeps its clientId, so sending it again is safe.
 */
export class Outbox {
  private waiting = new Map<string, (reply: Reply<unknown>) => void>();

  constructor(
    private key: string,
    private onChange: (items: Pending[]) => void,
  ) {
    // An empty outbox, as almost always at load, reports nothing: the screen stays as it was drawn.
    const items = this.items();
    if (items.length > 0) onChange(items);
  }

  items(): Pending[] {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(this.key) ?? "[]");
      return Array.isArray(parsed) ? (parsed as Pending[]) : [];
    } catch {
      return [];
    }
  }

  private save(items: Pending[]) {
    localStorage.setItem(this.key, JSON.stringify(items));
    this.onChange(items);
  }

  add(name: string, payload: Record<string, unknown>): Promise<Reply<unknown>> {
    const item: Pending = { name, body: { ...payload, clientId: crypto.randomUUID() }, at: Date.now() };
    this.save([...this.items(), item]);
    return new Promise((resolve) => this.waiting.set(item.body.clientId, resolve));
  }

  /** The server answered (with data or a refusal): the request is done either way. */
  settle(clientId: string, reply: Reply<unknown>) {
    this.save(this.items().filter((item) => item.body.clientId !== clientId));
    this.waiting.get(clientId)?.(reply);
    this.waiting.delete(clientId);
  }
}

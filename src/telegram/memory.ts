/**
 * A map that forgets its oldest entries beyond `limit`: what the bot remembers
 * of people and messages (their script, its replies) must not grow without bound.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Sets the value and makes the key the newest. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
  }
}

/** What the bot remembers between updates. */
export interface Memory {
  /** A person's last script, per chat and person (`chat:user`). */
  scripts: BoundedMap<string, 'hans' | 'hant'>;
  /** The bot's reply to a message (`chat:message`), so that an edit of the message edits it. */
  replies: BoundedMap<string, { messageId: number; html: string }>;
  /** Groups the bot has introduced itself to (a join sends both my_chat_member and new_chat_members). */
  introduced: BoundedMap<number, true>;
}

export function createMemory(limit = 50_000): Memory {
  return { scripts: new BoundedMap(limit), replies: new BoundedMap(limit), introduced: new BoundedMap(limit) };
}

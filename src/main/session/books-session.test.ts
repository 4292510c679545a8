import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/dates';
import { DulyError } from '../../shared/errors';
import { createCustomer } from '../features/customers/customers.service';
import { BooksSession } from './books-session';
import { createEventHub } from './event-hub';

let dir: string;
let session: BooksSession;
let now = new Date('2026-11-23T09:00:00Z');
const clock = { ...fixedClock('2026-11-23'), now: () => now };
const events: [string, unknown][] = [];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duly-session-'));
  const hub = createEventHub();
  hub.subscribe((name, payload) => events.push([name, payload]));
  session = new BooksSession({ userDataDir: dir, clock, events: hub, keepAutomatic: 2 });
  events.length = 0;
  now = new Date('2026-11-23T09:00:00Z');
});
afterEach(() => {
  session.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const tick = () => {
  now = new Date(now.getTime() + 60_000);
};

describe('the books session', () => {
  it('opens the default books at first start, and the last ones opened after that', async () => {
    const first = await session.openAtStart();
    expect(first.open).toMatchObject({ name: 'My shop', empty: true });
    expect(first.open?.path).toBe(path.join(dir, 'books', 'My shop.duly'));
    await session.create('Corner Shop');
    session.close();
    const again = new BooksSession({ userDataDir: dir, clock });
    expect((await again.openAtStart()).open?.name).toBe('Corner Shop');
    expect(again.status().recent.map((r) => r.name)).toEqual(['Corner Shop', 'My shop']);
    again.close();
  });

  it('says clearly when no books are open, and refuses to create over existing books', async () => {
    expect(() => session.ctx()).toThrow(/No books are open/);
    await session.create('Shop');
    await expect(session.create('Shop')).rejects.toMatchObject({ code: 'conflict', field: 'name' });
    await expect(session.open(path.join(dir, 'gone.duly'))).rejects.toMatchObject({ code: 'not_found' });
    expect(events.map(([name]) => name)).toEqual(['books']);
  });

  it('keeps the last few automatic backups, taken when books with customers are opened', async () => {
    const { open } = await session.create('Shop');
    createCustomer(session.ctx(), { ref: 'C1', name: 'One' });
    for (let i = 0; i < 4; i++) {
      tick();
      await session.open(open!.path);
    }
    const automatic = session.listBackups().backups.filter((b) => b.kind === 'automatic');
    expect(automatic).toHaveLength(2);
    expect(automatic[0]!.name).toMatch(/^Shop-automatic-2026-11-23T09-04-00-000Z\.duly$/);
  });

  it('backs up by hand, to the backups folder or to a chosen file', async () => {
    await session.create('Shop');
    const here = await session.backupNow();
    expect(here).toMatchObject({ kind: 'manual', name: 'Shop-manual-2026-11-23T09-00-00-000Z.duly' });
    expect(fs.existsSync(here.path)).toBe(true);
    const chosen = await session.backupNow(path.join(dir, 'usb', 'copy.duly'));
    expect(fs.existsSync(chosen.path)).toBe(true);
    await expect(session.backupNow(session.openPath())).rejects.toBeInstanceOf(DulyError);
  });

  it('restores a backup after copying the books as they are, so a restore can itself be undone', async () => {
    await session.create('Shop');
    createCustomer(session.ctx(), { ref: 'C1', name: 'Before' });
    const backup = await session.backupNow();
    tick();
    createCustomer(session.ctx(), { ref: 'C2', name: 'After' });
    const names = () => session.ctx().books.prepare('SELECT name FROM customers ORDER BY ref').pluck().all();
    expect(names()).toEqual(['Before', 'After']);
    const status = await session.restore({ path: backup.path });
    expect(status.open?.name).toBe('Shop');
    expect(names()).toEqual(['Before']);
    const undo = session.listBackups().backups.find((b) => b.kind === 'before-restore')!;
    await session.restore({ path: undo.path });
    expect(names()).toEqual(['Before', 'After']);
  });

  it('restores an uploaded backup, and refuses a file that is not Duly books', async () => {
    await session.create('Shop');
    createCustomer(session.ctx(), { ref: 'C1', name: 'Kept' });
    const backup = await session.backupNow();
    createCustomer(session.ctx(), { ref: 'C2', name: 'Undone' });
    const data = fs.readFileSync(backup.path).toString('base64');
    await session.restore({ name: 'shop.duly', data });
    expect(session.ctx().books.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(1);
    const junk = Buffer.from('not a database at all, but quite long enough to look like one').toString(
      'base64',
    );
    await expect(session.restore({ name: 'junk.duly', data: junk })).rejects.toThrow(
      /^“junk\.duly” is not a Duly backup/,
    );
    expect(session.listBackups().backups.every((b) => !b.name.startsWith('uploaded-'))).toBe(true);
    const leftovers = [
      ...fs.readdirSync(path.join(dir, 'books')),
      ...fs.readdirSync(path.join(dir, 'books', 'backups')),
    ];
    expect(
      leftovers.filter((n) => /restoring|uploaded|-wal|-shm/.test(n) && !n.startsWith('Shop.duly')),
    ).toEqual([]);
    expect(session.ctx().books.prepare('SELECT COUNT(*) FROM customers').pluck().get()).toBe(1);
  });
});

// lazyMap: values loaded on demand, by key (no DOM).
import { expect } from '@open-wc/testing';
import { lazyMap } from '../src/lazy.js';

describe('lazyMap', () => {
  it('loads a key once, shares a load in flight, and keeps the value', async () => {
    let calls = 0;
    const map = lazyMap(async (k: string) => {
      calls++;
      return k.toUpperCase();
    });
    expect(map.state('a')).to.equal(undefined);
    const [x, y] = await Promise.all([map.load('a'), map.load('a')]);
    expect([x, y, calls]).to.deep.equal(['A', 'A', 1]);
    expect(map.state('a')).to.equal('loaded');
    expect(map.get('a')).to.equal('A');
    expect(await map.load('a')).to.equal('A');
    expect(calls).to.equal(1);
  });

  it('reports a load in flight, then the values in the order they arrived', async () => {
    const release: Record<string, () => void> = {};
    const map = lazyMap((k: string) => new Promise<string>((r) => (release[k] = () => r(k))));
    const a = map.load('a');
    const b = map.load('b');
    expect([map.state('a'), map.get('a')]).to.deep.equal(['loading', undefined]);
    await Promise.resolve();
    release.b!();
    await b;
    release.a!();
    await a;
    expect(map.values()).to.deep.equal(['b', 'a']);
  });

  it('remembers a failure without trying again until asked, and never rejects', async () => {
    let fail = true;
    let calls = 0;
    const map = lazyMap(async (k: string) => {
      calls++;
      if (fail) throw new Error('offline');
      return k;
    });
    expect(await map.load('a')).to.equal(undefined);
    expect([map.state('a'), map.get('a'), calls]).to.deep.equal(['failed', undefined, 1]);
    // A synchronous throw is a failure too.
    const sync = lazyMap((): Promise<string> => {
      throw new Error('blocked');
    });
    expect(await sync.load('x')).to.equal(undefined);
    expect(sync.state('x')).to.equal('failed');
    fail = false;
    expect(await map.load('a')).to.equal('a');
    expect([map.state('a'), calls]).to.deep.equal(['loaded', 2]);
  });
});

import { describe, expect, it } from 'vitest';
import { Prng } from './prng';

const draw = (rng: Prng, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('Prng', () => {
  it('gives the same sequence for the same seed, and another for a neighbouring seed', () => {
    expect(draw(new Prng(1), 50)).toEqual(draw(new Prng(1), 50));
    const a = draw(new Prng(1), 50);
    const b = draw(new Prng(2), 50);
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });

  it('forks independent, repeatable streams', () => {
    const root = new Prng(9);
    expect(draw(root.fork(1), 20)).toEqual(draw(new Prng(9).fork(1), 20));
    expect(draw(root.fork(1), 20)).not.toEqual(draw(root.fork(2), 20));
  });

  it('draws whole numbers in the closed range, reaching both ends', () => {
    const rng = new Prng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) {
      const v = rng.int(3, 7);
      expect(Number.isInteger(v) && v >= 3 && v <= 7).toBe(true);
      seen.add(v);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('follows the weights it is given', () => {
    const rng = new Prng(8);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) {
      if (
        rng.weighted([
          ['heavy', 9],
          ['light', 1],
        ]) === 'heavy'
      )
        heavy++;
    }
    expect(heavy).toBeGreaterThan(8_700);
    expect(heavy).toBeLessThan(9_300);
  });
});

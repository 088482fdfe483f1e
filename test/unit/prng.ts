// A small seeded random source for the fuzz tests (mulberry32): good enough to explore shapes, and a
// failing seed replays exactly.
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { chance: (p: number) => next() < p, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}

export type Rng = ReturnType<typeof prng>;

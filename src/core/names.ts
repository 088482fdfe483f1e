// How two names are the same name: accents, case and runs of spaces do not count (`Müller` is
// `muller`, `Acme  Logistics` is `acme logistics`). Sorting and link matching both fold this way.

export function foldName(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

import { sumGroups, sumKindsAndTotal, type LongRow } from '../../../core/consolidate/sum-groups.js';

function rows(): LongRow[] {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const out: LongRow[] = [];
  const kinds = ['县区', '直属', '产业'];
  for (let u = 0; u < 300; u++) {
    for (const code of ['A01', 'A02', 'C01', 'C02']) {
      for (const column of ['current', 'prior'] as const) {
        // Some empty values, a code empty in a whole kind (C02 of 产业), negatives and zeros.
        const empty = random() < 0.1 || (code === 'C02' && kinds[u % 3] === '产业');
        out.push({ unit: `U${u}`, kind: kinds[u % 3], code, column, value: empty ? null : Math.round((random() - 0.2) * 1e7) });
      }
    }
  }
  return out;
}

describe('sumKindsAndTotal', () => {
  test('gives the same subtotals and total as summing the table by kind and as a whole', () => {
    const table = rows();
    const { byKind, total } = sumKindsAndTotal(table);
    expect(byKind).toEqual(sumGroups(table, 'kind'));
    expect(total).toEqual(sumGroups(table, null).get(''));
    expect(byKind.get('产业')!.current.C02).toBeNull();
    expect(total.current.C02).not.toBeNull();
  });

  test('a code empty everywhere totals to null, not 0; no rows, no figures', () => {
    const table: LongRow[] = [
      { unit: 'U1', kind: '县区', code: 'A01', column: 'current', value: null },
      { unit: 'U2', kind: '直属', code: 'A01', column: 'current', value: null },
    ];
    const { total } = sumKindsAndTotal(table);
    expect(total.current.A01).toBeNull();
    expect(total.missing!.current.A01).toEqual(['U1', 'U2']);
    expect(sumKindsAndTotal([]).total).toEqual({ current: {}, prior: {}, missing: { current: {}, prior: {} } });
  });
});

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Shares a table's width among its columns from each one's narrowest (`min`, its longest word)
 * and natural (`max`, its text on one line) widths, as browsers lay out automatic tables, with
 * one refinement: a column whose natural width is within a fair share of the room ("Date",
 * "Version") gets it whole first, so that "April 15, 2026" is not broken to give a long text
 * column a few more points.
 */
export function shareColumns(min: readonly number[], max: readonly number[], total: number): number[] {
  if (sum(min) >= total) return min.map((w) => (w * total) / (sum(min) || 1));
  if (sum(max) <= total) return max.map((w) => w + ((total - sum(max)) * w) / (sum(max) || 1));
  const fixed = new Set<number>();
  for (let changed = true; changed;) {
    changed = false;
    const open = max.map((_, i) => i).filter((i) => !fixed.has(i));
    const room = total - sum([...fixed].map((i) => max[i] as number));
    for (const i of open) {
      const rest = open.filter((j) => j !== i && !fixed.has(j));
      const fits = (max[i] as number) <= room / open.length;
      if (fits && room - (max[i] as number) >= sum(rest.map((j) => min[j] as number))) {
        fixed.add(i);
        changed = true;
        break;
      }
    }
  }
  const open = min.map((_, i) => i).filter((i) => !fixed.has(i));
  const spare = total - sum([...fixed].map((i) => max[i] as number)) - sum(open.map((i) => min[i] as number));
  const wants = sum(open.map((i) => (max[i] as number) - (min[i] as number))) || 1;
  return min.map((w, i) =>
    fixed.has(i) ? (max[i] as number) : w + (spare * ((max[i] as number) - w)) / wants,
  );
}
